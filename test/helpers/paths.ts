import { mkdtempSync, cpSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO = fileURLToPath(new URL('../..', import.meta.url));
export const FIXTURE_CONTENT = join(REPO, 'test', 'fixtures', 'content');
export const CLI = join(REPO, 'dist', 'cli.js');

export function tempDir(prefix = 'cks-test-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

/** A writable copy of the fixture content, for tests that break it on purpose. */
export function copyOfFixtureContent(): string {
  const dir = tempDir('cks-content-');
  cpSync(FIXTURE_CONTENT, dir, { recursive: true });
  return dir;
}
