import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { guardTarget, isLocalContext, resolveTarget, type ClusterTarget } from '../../src/cluster/target.js';
import { tempDir } from '../helpers/paths.js';

function kubeconfig(contexts: Array<{ name: string; server: string }>, current?: string): string {
  const file = join(tempDir(), 'config');
  writeFileSync(
    file,
    JSON.stringify({
      apiVersion: 'v1',
      kind: 'Config',
      clusters: contexts.map((c) => ({ name: `${c.name}-cluster`, cluster: { server: c.server } })),
      contexts: contexts.map((c) => ({ name: c.name, context: { cluster: `${c.name}-cluster`, user: 'u' } })),
      users: [{ name: 'u', user: {} }],
      'current-context': current ?? contexts[0]?.name,
    }),
  );
  return file;
}

describe('which clusters count as local', () => {
  it.each([
    ['cks-lab', 'https://10.0.0.1:6443', true],
    ['kind-dev', 'https://10.0.0.1:6443', true],
    ['k3d-one', 'https://10.0.0.1:6443', true],
    ['minikube', 'https://192.168.49.2:8443', true],
    ['docker-desktop', 'https://kubernetes.docker.internal:6443', true],
    ['my-vm', 'https://127.0.0.1:6443', true],
    ['my-vm', 'https://127.5.4.3:6443', true],
    ['my-vm', 'https://localhost:6443', true],
    ['my-vm', 'https://[::1]:6443', true],
    ['prod', 'https://api.prod.example.com', false],
    ['prod', 'https://10.20.30.40:6443', false],
    ['kindly-prod', 'https://203.0.113.9:6443', false],
    ['prod', 'https://127.0.0.1.evil.example.com:6443', false],
  ])('%s at %s -> %s', (name, server, local) => {
    expect(isLocalContext({ name, server })).toBe(local);
  });
});

describe('resolving the target cluster', () => {
  it('uses the current context, or the one named by --context, across KUBECONFIG files', () => {
    const a = kubeconfig([{ name: 'kind-a', server: 'https://127.0.0.1:1' }]);
    const b = kubeconfig([{ name: 'prod', server: 'https://api.example.com' }], 'prod');
    const env = { KUBECONFIG: `${a}:${b}`, HOME: tempDir() };
    const data = tempDir();
    expect(resolveTarget(data, undefined, env)).toMatchObject({ context: 'kind-a', server: 'https://127.0.0.1:1', isLab: false, kubeconfig: `${a}:${b}` });
    expect(resolveTarget(data, 'prod', env)).toMatchObject({ context: 'prod', server: 'https://api.example.com' });
  });

  it('says what to do when there is no cluster or no such context', () => {
    const env = { KUBECONFIG: join(tempDir(), 'missing'), HOME: tempDir() };
    expect(() => resolveTarget(tempDir(), undefined, env)).toThrow('no cluster: start the lab with cks-tutor lab up, or pass --context NAME');
    const a = kubeconfig([{ name: 'kind-a', server: 'https://127.0.0.1:1' }]);
    expect(() => resolveTarget(tempDir(), 'nope', { KUBECONFIG: a })).toThrow(`no context nope in ${a}`);
    expect(() => resolveTarget(tempDir(), 'cks-lab', { KUBECONFIG: a })).toThrow('the lab is not running: start it with cks-tutor lab up');
  });
});

describe('the context guard', () => {
  const remote: ClusterTarget = { context: 'prod', server: 'https://api.example.com', kubeconfig: '/k', isLab: false };

  it('lets local clusters through without asking', async () => {
    const asked: string[] = [];
    await guardTarget({ context: 'kind-x', server: 'https://10.1.1.1', kubeconfig: '/k', isLab: false }, { trusted: [], ask: async (q) => (asked.push(q), false), remember: async () => {} });
    expect(asked).toEqual([]);
  });

  it('asks once for a remote context and remembers a yes', async () => {
    const trusted: string[] = [];
    const asked: string[] = [];
    const options = { trusted, ask: async (q: string) => (asked.push(q), true), remember: async (c: string) => void trusted.push(c) };
    await guardTarget(remote, options);
    await guardTarget(remote, options);
    expect(asked).toHaveLength(1);
    expect(asked[0]).toContain('Context prod (https://api.example.com) is not a local cluster');
    expect(trusted).toEqual(['prod']);
  });

  it('refuses when the learner says no or cannot be asked', async () => {
    let remembered = false;
    await expect(guardTarget(remote, { trusted: [], ask: async () => false, remember: async () => void (remembered = true) })).rejects.toThrow(
      'context prod is not local, so drills do not touch it unless you allow it',
    );
    expect(remembered).toBe(false);
  });
});
