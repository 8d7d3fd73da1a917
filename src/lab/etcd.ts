// Reads raw values from the lab's etcd with etcdctl, as a learner checks encryption at rest.
import { join } from 'node:path';
import { execa } from 'execa';
import { binaryPath } from './binaries.js';
import { readLabConfig } from './config.js';
import { onNode, type LabLayout } from './layout.js';

/** The stored bytes of `key` (latin1, so binary ciphertext survives), or undefined when absent. */
export async function etcdGet(layout: LabLayout, key: string): Promise<string | undefined> {
  const { ports } = readLabConfig(layout);
  const pki = (p: string) => onNode(layout, join('/etc/kubernetes/pki', p));
  const result = await execa(
    binaryPath('etcdctl'),
    [
      `--endpoints=https://127.0.0.1:${ports.etcdClient}`,
      `--cacert=${pki('etcd/ca.crt')}`,
      `--cert=${pki('apiserver-etcd-client.crt')}`,
      `--key=${pki('apiserver-etcd-client.key')}`,
      'get',
      key,
      '--print-value-only',
    ],
    { encoding: 'latin1', timeout: 10_000 },
  );
  return result.stdout === '' ? undefined : result.stdout;
}
