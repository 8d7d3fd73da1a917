// Starts one real lab (etcd + kube-apiserver + kube-controller-manager) for the whole integration
// suite and stops it afterwards. Builds the binaries first if this machine has none yet.
import type { TestProject } from 'vitest/node';
import { labDown, labUp } from '../../src/lab/lab.js';
import { tempDir } from '../helpers/paths.js';

let dataDir: string | undefined;

export async function setup(project: TestProject) {
  dataDir = tempDir('cks-lab-');
  const started = Date.now();
  await labUp(dataDir, {
    log: (line) => console.error(line),
    progress: (p) => {
      if (p.phase !== 'compile') console.error(`lab build: ${p.module} ${p.phase}`);
    },
    timeoutMs: 120_000,
  });
  console.error(`integration: lab up in ${((Date.now() - started) / 1000).toFixed(1)} s at ${dataDir}`);
  project.provide('labDataDir', dataDir);
}

export async function teardown() {
  if (dataDir) await labDown(dataDir);
}

declare module 'vitest' {
  export interface ProvidedContext {
    labDataDir: string;
  }
}
