// The lab is a real control plane: what a CKS candidate relies on works on it, and the kubelet-like
// supervisor reacts to manifest edits as a node would.
import { existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { webcrypto } from 'node:crypto';
import { execa } from 'execa';
import { afterAll, describe, expect, it } from 'vitest';
import { etcdGet } from '../../src/lab/etcd.js';
import { labEnv, labReport } from '../../src/lab/lab.js';
import { onNode } from '../../src/lab/layout.js';
import { privateKeyPem } from '../../src/lab/pki.js';
import { x509 } from '../../src/lab/x509.js';
import { CLI } from '../helpers/paths.js';
import { editManifest, kubectl, lab, restoreDefaultManifest, waitFor } from '../helpers/lab.js';
import { withManifestChange } from '../helpers/manifestChange.js';

const yaml = (o: unknown) => JSON.stringify(o);

afterAll(async () => {
  await restoreDefaultManifest();
});

describe('the lab control plane', () => {
  it('reports every component ready with its version and port, and writes a private kubeconfig', async () => {
    const report = labReport(lab().dataDir);
    expect(report.running).toBe(true);
    expect(report.components.map((c) => [c.name, c.state])).toEqual([
      ['etcd', 'ready'],
      ['kube-apiserver', 'ready'],
      ['kube-controller-manager', 'ready'],
    ]);
    expect(statSync(lab().layout.kubeconfig).mode & 0o777).toBe(0o600);
    const version = await kubectl(['version', '-o', 'json']);
    const v = JSON.parse(version.stdout) as { clientVersion: { gitVersion: string }; serverVersion: { gitVersion: string } };
    expect(v.serverVersion.gitVersion).toBe('v1.35.4');
    expect(v.clientVersion.gitVersion).toBe('v1.35.4');
    expect((await kubectl(['config', 'current-context'])).stdout).toBe('cks-lab');
  });

  it('works from a shell after eval "$(cks-tutor lab env)", with the lab kubectl first on PATH', async () => {
    const env = labEnv(lab().dataDir);
    const viaCli = await execa(process.execPath, [CLI, '--data-dir', lab().dataDir, 'lab', 'env']);
    expect(viaCli.stdout).toBe(env);
    const shell = await execa('bash', ['-c', `eval "$(node ${CLI} --data-dir '${lab().dataDir}' lab env)" && command -v kubectl && kubectl get ns default -o name`], { env: { PATH: '/usr/bin:/bin', HOME: process.env.HOME ?? '/root' } });
    const [kubectlPath, ns] = shell.stdout.split('\n');
    expect(kubectlPath).toContain('lab-bin');
    expect(ns).toBe('namespace/default');
  });

  it('creates the default service account in a new namespace (controller manager)', async () => {
    await kubectl(['create', 'namespace', 'it-sa']);
    const sa = await waitFor('default SA', async () => {
      const r = await kubectl(['get', 'sa', 'default', '-n', 'it-sa', '-o', 'name'], { reject: false });
      return r.exitCode === 0 ? r.stdout : undefined;
    });
    expect(sa).toBe('serviceaccount/default');
  });

  it('deletes a namespace with content to the end (namespace controller)', async () => {
    await kubectl(['create', 'namespace', 'it-gone']);
    await kubectl(['create', 'configmap', 'c', '-n', 'it-gone', '--from-literal=a=b']);
    await kubectl(['delete', 'namespace', 'it-gone', '--wait=false']);
    await waitFor('namespace it-gone to disappear', async () => ((await kubectl(['get', 'ns', 'it-gone'], { reject: false })).exitCode !== 0 ? true : undefined));
  });

  it('answers SubjectAccessReviews from RBAC: yes where a Role grants, no elsewhere', async () => {
    await kubectl(['create', 'namespace', 'it-rbac']);
    await kubectl(['create', 'serviceaccount', 'reader', '-n', 'it-rbac']);
    await kubectl(['create', 'role', 'pod-reader', '--verb=get,list', '--resource=pods', '-n', 'it-rbac']);
    await kubectl(['create', 'rolebinding', 'reader', '--role=pod-reader', '--serviceaccount=it-rbac:reader', '-n', 'it-rbac']);
    const review = async (verb: string, resource: string) => {
      const sar = {
        apiVersion: 'authorization.k8s.io/v1',
        kind: 'SubjectAccessReview',
        spec: {
          user: 'system:serviceaccount:it-rbac:reader',
          groups: ['system:serviceaccounts', 'system:serviceaccounts:it-rbac', 'system:authenticated'],
          resourceAttributes: { namespace: 'it-rbac', verb, resource },
        },
      };
      const r = await kubectl(['create', '-f', '-', '-o', 'json'], { input: yaml(sar) });
      return (JSON.parse(r.stdout) as { status: { allowed: boolean } }).status.allowed;
    };
    expect(await review('list', 'pods')).toBe(true);
    expect(await review('list', 'secrets')).toBe(false);
    expect(await review('delete', 'pods')).toBe(false);
    expect((await kubectl(['auth', 'can-i', 'list', 'pods', '-n', 'it-rbac', '--as=system:serviceaccount:it-rbac:reader'], { reject: false })).stdout).toBe('yes');
    expect((await kubectl(['auth', 'can-i', 'get', 'secrets', '-n', 'it-rbac', '--as=system:serviceaccount:it-rbac:reader'], { reject: false })).stdout).toBe('no');
  });

  it('rejects a privileged pod in a namespace that enforces the restricted Pod Security Standard', async () => {
    await kubectl(['create', 'namespace', 'it-psa']);
    await kubectl(['label', 'namespace', 'it-psa', 'pod-security.kubernetes.io/enforce=restricted']);
    const rejected = await kubectl(['run', 'priv', '--image=nginx', '--privileged', '-n', 'it-psa'], { reject: false });
    expect(rejected.exitCode).not.toBe(0);
    expect(rejected.stderr).toContain('violates PodSecurity "restricted:latest"');
    expect(rejected.stderr).toContain('privileged');
    const compliant = {
      apiVersion: 'v1',
      kind: 'Pod',
      metadata: { name: 'ok', namespace: 'it-psa' },
      spec: {
        securityContext: { runAsNonRoot: true, seccompProfile: { type: 'RuntimeDefault' } },
        containers: [{ name: 'app', image: 'nginx', securityContext: { allowPrivilegeEscalation: false, capabilities: { drop: ['ALL'] } } }],
      },
    };
    expect((await kubectl(['create', '-f', '-'], { input: yaml(compliant) })).stdout).toBe('pod/ok created');
  });

  it('signs a CertificateSigningRequest once it is approved', async () => {
    const keys = (await webcrypto.subtle.generateKey({ name: 'ECDSA', namedCurve: 'P-256' }, true, ['sign', 'verify'])) as CryptoKeyPair;
    const csr = await x509.Pkcs10CertificateRequestGenerator.create({ name: 'CN=jane, O=developers', keys, signingAlgorithm: { name: 'ECDSA', hash: 'SHA-256' } });
    expect(await privateKeyPem(keys.privateKey)).toContain('BEGIN PRIVATE KEY');
    const object = {
      apiVersion: 'certificates.k8s.io/v1',
      kind: 'CertificateSigningRequest',
      metadata: { name: 'it-jane' },
      spec: { request: Buffer.from(csr.toString('pem')).toString('base64'), signerName: 'kubernetes.io/kube-apiserver-client', usages: ['client auth'], expirationSeconds: 86400 },
    };
    await kubectl(['create', '-f', '-'], { input: yaml(object) });
    await kubectl(['certificate', 'approve', 'it-jane']);
    const pem = await waitFor('the signed certificate', async () => {
      const r = await kubectl(['get', 'csr', 'it-jane', '-o', 'jsonpath={.status.certificate}']);
      return r.stdout ? Buffer.from(r.stdout, 'base64').toString() : undefined;
    });
    const cert = new x509.X509Certificate(pem);
    expect(cert.subjectName.getField('CN')).toEqual(['jane']);
    expect(cert.subjectName.getField('O')).toEqual(['developers']);
    expect(cert.issuer).toBe('CN=kubernetes');
  });

  it('turns on encryption at rest through the manifest: Secrets are stored as k8s:enc:aescbc:v1:', async () => {
    const { layout } = lab();
    const key = Buffer.from(webcrypto.getRandomValues(new Uint8Array(32))).toString('base64');
    const config = `apiVersion: apiserver.config.k8s.io/v1
kind: EncryptionConfiguration
resources:
  - resources: [secrets]
    providers:
      - aescbc:
          keys:
            - name: key1
              secret: ${key}
      - identity: {}
`;
    const file = onNode(layout, '/etc/kubernetes/enc/enc.yaml');
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, config, { mode: 0o600 });
    await kubectl(['create', 'namespace', 'it-enc']);
    await kubectl(['create', 'secret', 'generic', 'before', '-n', 'it-enc', '--from-literal=k=plain-before']);
    expect(await etcdGet(layout, '/registry/secrets/it-enc/before')).toContain('plain-before');

    const seconds = await editManifest((m) =>
      withManifestChange(m, {
        flags: ['--encryption-provider-config=/etc/kubernetes/enc/enc.yaml'],
        volumes: [{ name: 'enc', hostPath: '/etc/kubernetes/enc', type: 'DirectoryOrCreate', mountPath: '/etc/kubernetes/enc' }],
      }),
    );
    expect(seconds).toBeLessThan(30);
    await kubectl(['create', 'secret', 'generic', 'after', '-n', 'it-enc', '--from-literal=k=plain-after']);
    const raw = await etcdGet(layout, '/registry/secrets/it-enc/after');
    expect(raw?.startsWith('k8s:enc:aescbc:v1:key1:')).toBe(true);
    expect(raw).not.toContain('plain-after');
    // Existing Secrets stay plain until rewritten, which is why the exam asks to replace them all.
    expect(await etcdGet(layout, '/registry/secrets/it-enc/before')).toContain('plain-before');
    const all = await kubectl(['get', 'secrets', '-n', 'it-enc', '-o', 'json']);
    await kubectl(['replace', '-f', '-'], { input: all.stdout });
    expect((await etcdGet(layout, '/registry/secrets/it-enc/before'))?.startsWith('k8s:enc:aescbc:v1:key1:')).toBe(true);
    // The API still serves the plain value.
    expect((await kubectl(['get', 'secret', 'after', '-n', 'it-enc', '-o', 'jsonpath={.data.k}'])).stdout).toBe(Buffer.from('plain-after').toString('base64'));
    // Without the key the apiserver could not read these Secrets back (and would never be ready), so
    // they go before the encryption config does.
    await kubectl(['delete', 'namespace', 'it-enc', '--wait=true', '--timeout=60s']);
    await restoreDefaultManifest();
    rmSync(dirname(file), { recursive: true, force: true });
  });

  it('turns on audit logging through the manifest: events land in the log file', async () => {
    const { layout } = lab();
    const policy = `apiVersion: audit.k8s.io/v1
kind: Policy
omitStages: [RequestReceived]
rules:
  - level: Metadata
    resources:
      - group: ""
        resources: [secrets, configmaps]
  - level: None
`;
    const policyFile = onNode(layout, '/etc/kubernetes/audit/policy.yaml');
    mkdirSync(dirname(policyFile), { recursive: true });
    writeFileSync(policyFile, policy);
    await editManifest((m) =>
      withManifestChange(m, {
        flags: ['--audit-policy-file=/etc/kubernetes/audit/policy.yaml', '--audit-log-path=/var/log/kubernetes/audit/audit.log', '--audit-log-maxage=7'],
        volumes: [
          { name: 'audit-policy', hostPath: '/etc/kubernetes/audit/policy.yaml', type: 'File', mountPath: '/etc/kubernetes/audit/policy.yaml' },
          { name: 'audit-log', hostPath: '/var/log/kubernetes/audit/', type: 'DirectoryOrCreate', mountPath: '/var/log/kubernetes/audit/', readOnly: false },
        ],
      }),
    );
    await kubectl(['create', 'namespace', 'it-audit']);
    await kubectl(['create', 'configmap', 'watched', '-n', 'it-audit', '--from-literal=a=b']);
    const log = onNode(layout, '/var/log/kubernetes/audit/audit.log');
    const event = await waitFor('the audit event', () => {
      if (!existsSync(log)) return undefined;
      return readFileSync(log, 'utf8')
        .split('\n')
        .filter(Boolean)
        .map((l) => JSON.parse(l) as { verb: string; level: string; objectRef?: { resource?: string; name?: string; namespace?: string } })
        .find((e) => e.verb === 'create' && e.objectRef?.resource === 'configmaps' && e.objectRef.name === 'watched');
    });
    expect(event.level).toBe('Metadata');
    expect(event.objectRef?.namespace).toBe('it-audit');
    await restoreDefaultManifest();
    rmSync(dirname(policyFile), { recursive: true, force: true });
    rmSync(dirname(log), { recursive: true, force: true });
  });

  it('keeps the apiserver down, with the reason in lab status, when a flag names an unmounted file; a fix brings it back', async () => {
    const { layout, dataDir } = lab();
    writeFileSync(onNode(layout, '/etc/kubernetes/audit-policy.yaml'), 'apiVersion: audit.k8s.io/v1\nkind: Policy\nrules:\n  - level: Metadata\n');
    await editManifest((m) => withManifestChange(m, { flags: ['--audit-policy-file=/etc/kubernetes/audit-policy.yaml', '--audit-log-path=-'] }), 'invalid');
    const status = await execa(process.execPath, [CLI, '--data-dir', dataDir, 'lab', 'status'], { reject: false });
    expect(status.exitCode).toBe(3);
    expect(status.stdout).toMatch(/kube-apiserver\s+invalid/);
    expect(status.stdout).toContain('open /etc/kubernetes/audit-policy.yaml: no such file or directory (the path is not mounted into the kube-apiserver container');

    const seconds = await editManifest((m) => withManifestChange(m, { volumes: [{ name: 'audit', hostPath: '/etc/kubernetes/audit-policy.yaml', type: 'File', mountPath: '/etc/kubernetes/audit-policy.yaml' }] }));
    expect(seconds).toBeLessThan(30);
    expect((await kubectl(['get', 'ns', 'default', '-o', 'name'])).stdout).toBe('namespace/default');
    await restoreDefaultManifest();
    rmSync(onNode(layout, '/etc/kubernetes/audit-policy.yaml'), { force: true });
  });

  it('crash-loops on an unknown flag, shows the apiserver error in lab status, and recovers when the file is fixed', async () => {
    const { dataDir } = lab();
    await editManifest((m) => withManifestChange(m, { flags: ['--enable-admission-plugins=NodeRestriction,NoSuchPlugin'] }), 'crashed');
    const status = await execa(process.execPath, [CLI, '--data-dir', dataDir, 'lab', 'status'], { reject: false });
    expect(status.stdout).toMatch(/kube-apiserver\s+crashed/);
    expect(status.stdout).toContain('NoSuchPlugin');
    await restoreDefaultManifest();
    expect((await kubectl(['get', 'ns', 'kube-system', '-o', 'name'])).stdout).toBe('namespace/kube-system');
  });

  it('resets: etcd wiped, the default manifest back, and the lab up again', async () => {
    const { dataDir, layout } = lab();
    await kubectl(['create', 'namespace', 'it-reset']);
    await editManifest((m) => withManifestChange(m, { flags: ['--profiling=false'] }));
    mkdirSync(onNode(layout, '/etc/kubernetes/extra'), { recursive: true });
    writeFileSync(onNode(layout, '/etc/kubernetes/extra/left-behind.yaml'), 'x: 1\n');
    const reset = await execa(process.execPath, [CLI, '--data-dir', dataDir, 'lab', 'reset']);
    expect(reset.stdout).toContain('the lab is reset');
    expect(readFileSync(layout.apiserverManifest, 'utf8')).toBe(readFileSync(`${layout.defaults}/kube-apiserver.yaml`, 'utf8'));
    expect(existsSync(onNode(layout, '/etc/kubernetes/extra'))).toBe(false);
    expect(existsSync(onNode(layout, '/etc/kubernetes/pki/ca.crt'))).toBe(true);
    expect((await kubectl(['get', 'ns', 'it-reset'], { reject: false })).exitCode).not.toBe(0);
    expect((await kubectl(['get', 'ns', 'default', '-o', 'name'])).stdout).toBe('namespace/default');
  });
});
