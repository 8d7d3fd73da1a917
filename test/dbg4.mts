import { readFileSync, writeFileSync } from 'node:fs';
import { execa } from 'execa';
import { labUp, labDown, layoutFor } from '../src/lab/lab.js';
import { waitForApiserver } from '../src/drills/runtime.js';
import { readStatus } from '../src/lab/supervisor.js';
import { binaryPath } from '../src/lab/binaries.js';
const dir = '/tmp/dbg5';
await labUp(dir);
const layout = layoutFor(dir);
const k = (args: string[]) => execa(binaryPath('kubectl'), args, { env: { KUBECONFIG: layout.kubeconfig }, reject: false });
for (let round = 0; round < 2; round++) {
  await k(['create', 'ns', `t${round}`]);
  const before = readStatus(layout)!.components['kube-apiserver'].pid;
  writeFileSync(layout.apiserverManifest, readFileSync(layout.apiserverManifest, 'utf8') + `# touch ${round}\n`);
  await waitForApiserver(layout, before);
  const t = Date.now();
  await k(['delete', 'ns', `t${round}`, '--wait=true', '--timeout=200s']);
  console.log(`round ${round}: namespace deleted ${(Date.now() - t) / 1000}s after the restart`);
}
await labDown(dir);
