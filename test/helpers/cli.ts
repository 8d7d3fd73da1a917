import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { CLI, FIXTURE_CONTENT, REPO, tempDir } from './paths.js';

/** One catalog cache per test process, so tests never read a cache the learner's runs wrote. */
const CACHE = tempDir('cks-cache-');

export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the built CLI without a terminal (pipes for stdin/stdout), as scripts and CI do. */
export function runCli(args: string[], env: Record<string, string | undefined> = {}): CliResult {
  if (!existsSync(CLI)) throw new Error('dist/cli.js is missing: run npm run build first (npm test does)');
  const result = spawnSync(process.execPath, [CLI, ...args], {
    cwd: REPO,
    encoding: 'utf8',
    env: { ...process.env, CKS_TUTOR_CONTENT: FIXTURE_CONTENT, CKS_TUTOR_CACHE: CACHE, ...env },
    input: '',
    timeout: 30_000,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}
