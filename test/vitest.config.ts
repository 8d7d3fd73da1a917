// Three kinds of tests: unit (pure logic, content, Ink screens), integration (the real lab control
// plane, started once by globalSetup) and e2e (the built CLI in a real terminal via tmux).
import { fileURLToPath } from 'node:url';
import { defineConfig, type TestProjectConfiguration } from 'vitest/config';
import { binariesReady } from '../src/lab/binaries.js';
import { which } from '../src/tools.js';

const root = fileURLToPath(new URL('..', import.meta.url));

// The integration suite needs a lab, built from source with Go. In CI it always runs (and fails loudly
// without Go); on a machine that can build no lab it is left out, and says so.
const canRunLab = !!process.env.CI || binariesReady() || !!which('go');
if (!canRunLab) console.warn('integration tests (on the lab) left out: no Go toolchain to build the lab and no built binaries; CI always runs them');

export default defineConfig({
  test: {
    root,
    projects: [
      {
        extends: true,
        test: { name: 'unit', include: ['test/unit/**/*.test.{ts,tsx}', 'test/content/**/*.test.ts'], testTimeout: 20_000 },
      },
      {
        extends: true,
        test: { name: 'e2e', include: ['test/e2e/**/*.test.ts'], testTimeout: 60_000, fileParallelism: false },
      },
      ...((canRunLab ? [{
        extends: true,
        test: {
          name: 'integration',
          include: ['test/integration/**/*.test.ts'],
          globalSetup: ['test/integration/setup.ts'],
          // One lab serves every file; tests that edit its manifest must not overlap.
          fileParallelism: false,
          testTimeout: 180_000,
          hookTimeout: 900_000,
        },
      }] : []) as TestProjectConfiguration[]),
    ],
  },
});
