// What integration tests need to work with the shared lab: its layout, kubectl, and safe manifest edits.
import { readFileSync, writeFileSync } from 'node:fs';
import { execa } from 'execa';
import { inject } from 'vitest';
import { binaryPath } from '../../src/lab/binaries.js';
import { layoutFor } from '../../src/lab/lab.js';
import type { LabLayout } from '../../src/lab/layout.js';
import { readStatus } from '../../src/lab/supervisor.js';

export function lab(): { dataDir: string; layout: LabLayout } {
  const dataDir = inject('labDataDir');
  return { dataDir, layout: layoutFor(dataDir) };
}

export function kubectlEnv(): Record<string, string> {
  return { KUBECONFIG: lab().layout.kubeconfig };
}

export async function kubectl(args: string[], options: { input?: string; reject?: boolean } = {}) {
  return execa(binaryPath('kubectl'), args, { env: kubectlEnv(), input: options.input, reject: options.reject ?? true });
}

function apiserver() {
  return readStatus(lab().layout)?.components['kube-apiserver'];
}

export async function waitFor<T>(what: string, f: () => Promise<T | undefined> | T | undefined, timeoutMs = 60_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const value = await f();
    if (value !== undefined && value !== false) return value;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`timed out waiting for ${what}`);
}

/**
 * Edits the kube-apiserver manifest as a learner would, then waits until the supervisor has acted on
 * it: a new apiserver is ready, or (when `expect` is 'invalid' / 'crashed') it reports that state.
 * Returns the seconds until then.
 */
export async function editManifest(edit: (text: string) => string, expect: 'ready' | 'invalid' | 'crashed' = 'ready'): Promise<number> {
  const { layout } = lab();
  const before = apiserver();
  const started = Date.now();
  writeFileSync(layout.apiserverManifest, edit(readFileSync(layout.apiserverManifest, 'utf8')));
  await waitFor(`kube-apiserver to become ${expect}`, () => {
    const now = apiserver();
    if (!now || now.since === before?.since) return undefined;
    if (now.state !== expect) return undefined;
    return expect !== 'ready' || now.pid !== before?.pid ? true : undefined;
  }, 90_000);
  return (Date.now() - started) / 1000;
}

export function defaultManifest(): string {
  return readFileSync(`${lab().layout.defaults}/kube-apiserver.yaml`, 'utf8');
}

export async function restoreDefaultManifest(): Promise<void> {
  const { layout } = lab();
  if (readFileSync(layout.apiserverManifest, 'utf8') !== defaultManifest()) await editManifest(() => defaultManifest());
}
