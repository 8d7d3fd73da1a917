// Each check kind on its own: real files, real commands, and an in-memory cluster for the API kinds
// (the same kinds run against the real lab in test/integration).
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { KubeError, UnreachableError, type Kube, type KubeObject } from '../../src/cluster/kube.js';
import type { Drill } from '../../src/content/catalog.js';
import { checkSchema, type Check } from '../../src/content/schema.js';
import { groupsFor } from '../../src/drills/checks/can-i.js';
import { runCheck } from '../../src/drills/checks/index.js';
import type { CheckContext } from '../../src/drills/checks/types.js';
import { labLayout } from '../../src/lab/layout.js';
import { defaultApiserverManifest } from '../../src/lab/manifest.js';
import { tempDir } from '../helpers/paths.js';

function check(spec: Record<string, unknown>): Check {
  return checkSchema.parse({ id: 'c', title: 'the check', ...spec });
}

function fakeKube(objects: KubeObject[], extra: Partial<Kube> = {}): Kube {
  const matches = (o: KubeObject, apiVersion: string, kind: string, namespace?: string) => o.apiVersion === apiVersion && o.kind === kind && (!namespace || o.metadata?.namespace === namespace);
  return {
    context: 'fake',
    get: async (ref) => objects.find((o) => matches(o, ref.apiVersion, ref.kind, ref.namespace) && o.metadata?.name === ref.name),
    list: async (apiVersion, kind, options = {}) =>
      objects.filter((o) => {
        if (!matches(o, apiVersion, kind, options.namespace)) return false;
        if (!options.labelSelector) return true;
        const [k, v] = options.labelSelector.split('=');
        return o.metadata?.labels?.[k!] === v;
      }),
    apply: async (o) => o,
    delete: async () => true,
    dryRunCreate: async () => ({ allowed: true, message: '' }),
    canI: async () => ({ allowed: false, reason: '' }),
    resources: async () => [],
    raw: async () => ({}),
    ...extra,
  };
}

function context(partial: Partial<CheckContext> = {}): CheckContext {
  const workspace = tempDir();
  return { drill: { dir: tempDir() } as Drill, workspace, env: { PATH: process.env.PATH ?? '' }, ...partial };
}

const netpol = (name: string, spec: Record<string, unknown>): KubeObject => ({ apiVersion: 'networking.k8s.io/v1', kind: 'NetworkPolicy', metadata: { name, namespace: 'pay' }, spec });

describe('resource checks', () => {
  const ctx = context({ kube: fakeKube([netpol('deny', { podSelector: {}, policyTypes: ['Ingress'] }), { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'x', namespace: 'pay', labels: { app: 'a' } }, data: { k: 'v' } }]) });

  it('passes when the named object exists and the predicate holds', async () => {
    const r = await runCheck(check({ resource: { apiVersion: 'networking.k8s.io/v1', kind: 'NetworkPolicy', namespace: 'pay', name: 'deny' }, expect: "object.spec.podSelector == {} && 'Ingress' in object.spec.policyTypes" }), ctx);
    expect(r).toMatchObject({ passed: true, unreachable: false });
  });

  it('says what is wrong: missing, or present but not as required (with the CEL error)', async () => {
    const missing = await runCheck(check({ resource: { apiVersion: 'networking.k8s.io/v1', kind: 'NetworkPolicy', namespace: 'pay', name: 'nope' } }), ctx);
    expect(missing).toMatchObject({ passed: false, message: 'NetworkPolicy pay/nope not found' });
    const wrong = await runCheck(check({ resource: { apiVersion: 'networking.k8s.io/v1', kind: 'NetworkPolicy', namespace: 'pay', name: 'deny' }, expect: "'Egress' in object.spec.policyTypes" }), ctx);
    expect(wrong).toMatchObject({ passed: false, message: 'NetworkPolicy pay/deny exists, but not as required' });
    const error = await runCheck(check({ resource: { apiVersion: 'networking.k8s.io/v1', kind: 'NetworkPolicy', namespace: 'pay', name: 'deny' }, expect: 'object.spec.egress.size() > 0' }), ctx);
    expect(error.passed).toBe(false);
    expect(error.message).toMatch(/^NetworkPolicy pay\/deny exists, but not as required \(.*egress/);
  });

  it('judges lists (objects) and absence, by namespace and label selector', async () => {
    const all = await runCheck(check({ resource: { apiVersion: 'networking.k8s.io/v1', kind: 'NetworkPolicy', namespace: 'pay' }, expect: 'objects.exists(p, p.metadata.name == "deny")' }), ctx);
    expect(all.passed).toBe(true);
    const none = await runCheck(check({ resource: { apiVersion: 'networking.k8s.io/v1', kind: 'NetworkPolicy', namespace: 'other' }, expect: 'size(objects) > 0' }), ctx);
    expect(none).toMatchObject({ passed: false, message: 'no NetworkPolicy in other yet' });
    const absent = await runCheck(check({ resource: { apiVersion: 'v1', kind: 'ConfigMap', namespace: 'pay', labelSelector: 'app=a', absent: true } }), ctx);
    expect(absent).toMatchObject({ passed: false, message: '1 ConfigMap in pay with app=a still there' });
    const gone = await runCheck(check({ resource: { apiVersion: 'v1', kind: 'ConfigMap', namespace: 'pay', name: 'y', absent: true } }), ctx);
    expect(gone.passed).toBe(true);
  });

  it('reports an unreachable cluster as such, not as a failed task', async () => {
    const down = context({ kube: fakeKube([], { get: async () => Promise.reject(new UnreachableError('cluster unreachable (ECONNREFUSED)')) }) });
    const r = await runCheck(check({ resource: { apiVersion: 'v1', kind: 'Namespace', name: 'x' } }), down);
    expect(r).toMatchObject({ passed: false, unreachable: true, message: 'cluster unreachable, retrying' });
  });
});

describe('can-i checks', () => {
  it('asks a SubjectAccessReview with the groups the apiserver adds, and compares with the expectation', async () => {
    const asked: unknown[] = [];
    const kube = fakeKube([], { canI: async (review) => (asked.push(review), { allowed: review.verb === 'list', reason: '' }) });
    const yes = await runCheck(check({ 'can-i': { as: 'system:serviceaccount:team:ci', verb: 'list', resource: 'pods', namespace: 'team', allowed: true } }), context({ kube }));
    expect(yes).toMatchObject({ passed: true, message: 'system:serviceaccount:team:ci can list pods in team' });
    const no = await runCheck(check({ 'can-i': { as: 'system:serviceaccount:team:ci', verb: 'delete', resource: 'pods', namespace: 'team', allowed: true } }), context({ kube }));
    expect(no).toMatchObject({ passed: false, message: 'system:serviceaccount:team:ci cannot delete pods in team, but should be able to' });
    expect(asked[0]).toMatchObject({ user: 'system:serviceaccount:team:ci', groups: ['system:serviceaccounts', 'system:serviceaccounts:team', 'system:authenticated'] });
  });

  it('adds only system:authenticated for a plain user', () => {
    expect(groupsFor('jane', ['devs'])).toEqual(['devs', 'system:authenticated']);
  });
});

describe('admission checks', () => {
  it('sends the manifest (or a Pod from a live template) as a dry run and matches the verdict and message', async () => {
    const sent: KubeObject[] = [];
    const kube = fakeKube([{ apiVersion: 'apps/v1', kind: 'Deployment', metadata: { name: 'web', namespace: 'shop' }, spec: { template: { metadata: { labels: { app: 'web' } }, spec: { containers: [{ name: 'web', image: 'nginx' }] } } } }], {
      dryRunCreate: async (o) => (sent.push(o), { allowed: false, message: 'pods "x" is forbidden: violates PodSecurity "restricted:latest": privileged' }),
    });
    const ctx = context({ kube });
    mkdirSync(join(ctx.drill.dir, 'probes'));
    writeFileSync(join(ctx.drill.dir, 'probes', 'pod.yaml'), 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n  containers:\n    - name: c\n      image: nginx\n');
    const rejected = await runCheck(check({ admission: { manifest: 'probes/pod.yaml', namespace: 'shop', allowed: false, messageContains: ['violates PodSecurity'] } }), ctx);
    expect(rejected).toMatchObject({ passed: true, message: 'Pod p is rejected' });
    expect(sent[0]?.metadata?.namespace).toBe('shop');
    const wrongReason = await runCheck(check({ admission: { manifest: 'probes/pod.yaml', allowed: false, messageContains: ['ImagePolicyWebhook'] } }), ctx);
    expect(wrongReason.passed).toBe(false);
    const fromTemplate = await runCheck(check({ admission: { podFrom: { apiVersion: 'apps/v1', kind: 'Deployment', namespace: 'shop', name: 'web' }, allowed: true } }), ctx);
    expect(fromTemplate).toMatchObject({ passed: false });
    expect(sent.at(-1)).toMatchObject({ kind: 'Pod', metadata: { name: 'web-admission-check', namespace: 'shop', labels: { app: 'web' } }, spec: { containers: [{ name: 'web' }] } });
  });
});

describe('file checks', () => {
  it('parses YAML, YAML streams, JSON and text, and applies CEL and regular expressions', async () => {
    const ctx = context();
    writeFileSync(join(ctx.workspace, 'pod.yaml'), 'kind: Pod\nspec:\n  containers:\n    - name: app\n');
    writeFileSync(join(ctx.workspace, 'all.yaml'), 'kind: A\n---\nkind: B\n');
    writeFileSync(join(ctx.workspace, 'seccomp.json'), '{"defaultAction": "SCMP_ACT_ERRNO"}');
    writeFileSync(join(ctx.workspace, 'answer.txt'), 'eve 10.0.0.1\n');
    const ok = async (spec: Record<string, unknown>) => (await runCheck(check(spec), ctx)).passed;
    expect(await ok({ file: { path: 'pod.yaml', format: 'yaml' }, expect: "content.spec.containers[0].name == 'app'" })).toBe(true);
    expect(await ok({ file: { path: 'all.yaml', format: 'yaml-stream' }, expect: "size(content) == 2 && content[1].kind == 'B'" })).toBe(true);
    expect(await ok({ file: { path: 'seccomp.json', format: 'json' }, expect: "content.defaultAction == 'SCMP_ACT_ERRNO'" })).toBe(true);
    expect(await ok({ file: { path: 'answer.txt', matches: '^eve\\s+10\\.0\\.0\\.1$' } })).toBe(true);
    expect(await ok({ file: { path: 'answer.txt', matches: '^mallory' } })).toBe(false);
    expect(await ok({ file: { path: 'answer.txt' }, expect: "text.startsWith('eve')" })).toBe(true);
  });

  it('says when the file is missing or does not parse', async () => {
    const ctx = context();
    writeFileSync(join(ctx.workspace, 'bad.yaml'), 'a: [unclosed\n');
    expect(await runCheck(check({ file: { path: 'nope.txt', matches: 'x' } }), ctx)).toMatchObject({ passed: false, message: 'nope.txt does not exist yet' });
    const bad = await runCheck(check({ file: { path: 'bad.yaml', format: 'yaml' }, expect: 'true' }), ctx);
    expect(bad.passed).toBe(false);
    expect(bad.message).toMatch(/^bad\.yaml is not valid yaml: /);
  });

  it("reads a node file from the lab's node root", async () => {
    const lab = labLayout(tempDir());
    mkdirSync(join(lab.nodeRoot, 'etc', 'kubernetes', 'audit'), { recursive: true });
    writeFileSync(join(lab.nodeRoot, 'etc', 'kubernetes', 'audit', 'policy.yaml'), 'kind: Policy\nrules: []\n');
    const r = await runCheck(check({ file: { path: '/etc/kubernetes/audit/policy.yaml', node: true, format: 'yaml' }, expect: "content.kind == 'Policy'" }), context({ lab }));
    expect(r.passed).toBe(true);
  });
});

describe('apiserver-flag checks', () => {
  it("reads the flags from the lab's static pod manifest, as kube-bench does", async () => {
    const lab = labLayout(tempDir());
    mkdirSync(lab.manifests, { recursive: true });
    const manifest = defaultApiserverManifest({ apiserver: 6443, etcdClient: 2379, etcdPeer: 2380, controllerManager: 10257 });
    writeFileSync(lab.apiserverManifest, manifest.replace('- --allow-privileged=true', '- --allow-privileged=true\n    - --profiling=false'));
    const ctx = context({ lab });
    expect((await runCheck(check({ 'apiserver-flag': { flag: 'profiling' }, expect: "value == 'false'" }), ctx)).passed).toBe(true);
    expect((await runCheck(check({ 'apiserver-flag': { flag: 'authorization-mode' }, expect: "'RBAC' in value.split(',')" }), ctx)).passed).toBe(true);
    const unset = await runCheck(check({ 'apiserver-flag': { flag: 'anonymous-auth' }, expect: "value == 'false'" }), ctx);
    expect(unset).toMatchObject({ passed: false, message: '--anonymous-auth is not set' });
    writeFileSync(lab.apiserverManifest, 'kind: Deployment\n');
    const broken = await runCheck(check({ 'apiserver-flag': { flag: 'profiling' }, expect: "value == 'false'" }), ctx);
    expect(broken.message).toContain('the kube-apiserver manifest cannot be read: not a Pod manifest');
  });
});

describe('command checks', () => {
  it('judges exit code and output of a real command run in the workspace', async () => {
    const ctx = context();
    writeFileSync(join(ctx.workspace, 'f'), 'hello\n');
    const pass = await runCheck(check({ command: { run: ['sh', '-c', 'cat f; exit 0'], exitCode: 0, matches: '^hello$' } }), ctx);
    expect(pass.passed).toBe(true);
    const code = await runCheck(check({ command: { run: ['sh', '-c', 'echo boom >&2; exit 3'], exitCode: 0 } }), ctx);
    expect(code).toMatchObject({ passed: false, message: 'sh exited with 3: boom' });
    const cel = await runCheck(check({ command: { run: ['sh', '-c', 'echo 42'] }, expect: "int(stdout.trim()) > 40 && exitCode == 0" }), ctx);
    expect(cel.passed).toBe(true);
    const missing = await runCheck(check({ command: { run: ['no-such-tool-here'], exitCode: 0 } }), ctx);
    expect(missing.passed).toBe(false);
    expect(missing.message).toMatch(/^no-such-tool-here could not run/);
  });
});

describe('audit-log checks', () => {
  it('parses the log as events, skipping a line being written', async () => {
    const lab = labLayout(tempDir());
    const dir = join(lab.nodeRoot, 'var', 'log', 'kubernetes', 'audit');
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'audit.log'), `${JSON.stringify({ level: 'Metadata', objectRef: { resource: 'secrets' } })}\n{"level": "Req`);
    const r = await runCheck(check({ 'audit-log': {}, expect: "events.size() == 1 && events[0].level == 'Metadata'" }), context({ lab }));
    expect(r.passed).toBe(true);
    const none = await runCheck(check({ 'audit-log': { path: '/var/log/other.log' }, expect: 'true' }), context({ lab }));
    expect(none).toMatchObject({ passed: false, message: 'no audit log at /var/log/other.log yet' });
  });
});

describe('check errors', () => {
  it('turns an API error into a failed check with its message', async () => {
    const kube = fakeKube([], { get: async () => Promise.reject(new KubeError('forbidden: User cannot get', 403)) });
    const r = await runCheck(check({ resource: { apiVersion: 'v1', kind: 'Secret', namespace: 'a', name: 'b' } }), context({ kube }));
    expect(r).toMatchObject({ passed: false, unreachable: false, message: 'forbidden: User cannot get' });
  });
});
