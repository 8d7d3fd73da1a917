// The lab's certificates, laid out as kubeadm lays them out under /etc/kubernetes/pki, so learners
// find the same files (and the same openssl/etcdctl commands work) as on an exam node.
// ECDSA P-256 through WebCrypto: fast to generate and needs no openssl binary.
import { webcrypto } from 'node:crypto';
import { chmodSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { x509 } from './x509.js';

const ALG = { name: 'ECDSA', namedCurve: 'P-256', hash: 'SHA-256' } as const;
const DAY = 86_400_000;

export interface KeyPair {
  cert: x509.X509Certificate;
  keys: CryptoKeyPair;
}

export interface PemPair {
  cert: string;
  key: string;
}

async function newKeys(): Promise<CryptoKeyPair> {
  return (await webcrypto.subtle.generateKey(ALG, true, ['sign', 'verify'])) as CryptoKeyPair;
}

export async function privateKeyPem(key: CryptoKey): Promise<string> {
  const der = Buffer.from(await webcrypto.subtle.exportKey('pkcs8', key as webcrypto.CryptoKey));
  return toPem(der, 'PRIVATE KEY');
}

async function publicKeyPem(key: CryptoKey): Promise<string> {
  const der = Buffer.from(await webcrypto.subtle.exportKey('spki', key as webcrypto.CryptoKey));
  return toPem(der, 'PUBLIC KEY');
}

function toPem(der: Buffer, label: string): string {
  const b64 = der.toString('base64').replace(/(.{64})/g, '$1\n').replace(/\n$/, '');
  return `-----BEGIN ${label}-----\n${b64}\n-----END ${label}-----\n`;
}

export async function createCa(commonName: string, now = new Date()): Promise<KeyPair> {
  const keys = await newKeys();
  const cert = await x509.X509CertificateGenerator.createSelfSigned({
    name: `CN=${commonName}`,
    notBefore: new Date(now.getTime() - DAY),
    notAfter: new Date(now.getTime() + 3650 * DAY),
    signingAlgorithm: ALG,
    keys,
    extensions: [
      new x509.BasicConstraintsExtension(true, undefined, true),
      new x509.KeyUsagesExtension(x509.KeyUsageFlags.keyCertSign | x509.KeyUsageFlags.cRLSign | x509.KeyUsageFlags.digitalSignature, true),
      await x509.SubjectKeyIdentifierExtension.create(keys.publicKey),
    ],
  });
  return { cert, keys };
}

export interface LeafOptions {
  commonName: string;
  organizations?: string[];
  usage: 'server' | 'client' | 'both';
  dnsNames?: string[];
  ips?: string[];
}

export async function issue(ca: KeyPair, options: LeafOptions, now = new Date()): Promise<KeyPair> {
  const keys = await newKeys();
  const subject = [`CN=${options.commonName}`, ...(options.organizations ?? []).map((o) => `O=${o}`)].join(', ');
  const ekus = options.usage === 'server' ? [x509.ExtendedKeyUsage.serverAuth] : options.usage === 'client' ? [x509.ExtendedKeyUsage.clientAuth] : [x509.ExtendedKeyUsage.serverAuth, x509.ExtendedKeyUsage.clientAuth];
  const names = [...(options.dnsNames ?? []).map((value) => ({ type: 'dns' as const, value })), ...(options.ips ?? []).map((value) => ({ type: 'ip' as const, value }))];
  const cert = await x509.X509CertificateGenerator.create({
    subject,
    issuer: ca.cert.subject,
    notBefore: new Date(now.getTime() - DAY),
    notAfter: new Date(now.getTime() + 365 * DAY),
    signingAlgorithm: ALG,
    publicKey: keys.publicKey,
    signingKey: ca.keys.privateKey,
    extensions: [
      new x509.BasicConstraintsExtension(false, undefined, true),
      new x509.KeyUsagesExtension(x509.KeyUsageFlags.digitalSignature | x509.KeyUsageFlags.keyEncipherment, true),
      new x509.ExtendedKeyUsageExtension(ekus),
      ...(names.length ? [new x509.SubjectAlternativeNameExtension(names)] : []),
      await x509.AuthorityKeyIdentifierExtension.create(ca.keys.publicKey),
    ],
  });
  return { cert, keys };
}

export async function toPemPair(pair: KeyPair): Promise<PemPair> {
  return { cert: pair.cert.toString('pem') + '\n', key: await privateKeyPem(pair.keys.privateKey) };
}

function write(file: string, content: string, mode: number) {
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, content, { mode });
  chmodSync(file, mode);
}

export interface LabPki {
  ca: PemPair;
  admin: PemPair;
  controllerManager: PemPair;
}

/**
 * Writes the kubeadm set of certificates into `pkiDir` (the lab's /etc/kubernetes/pki) and returns
 * the ones the kubeconfigs embed.
 */
export async function writePki(pkiDir: string): Promise<LabPki> {
  const ca = await createCa('kubernetes');
  const etcdCa = await createCa('etcd-ca');
  const frontProxyCa = await createCa('front-proxy-ca');
  const loopback = { dnsNames: ['localhost'], ips: ['127.0.0.1', '::1'] };
  const leaves: Array<[string, KeyPair, KeyPair]> = [
    [
      'apiserver',
      ca,
      await issue(ca, {
        commonName: 'kube-apiserver',
        usage: 'server',
        dnsNames: ['localhost', 'kubernetes', 'kubernetes.default', 'kubernetes.default.svc', 'kubernetes.default.svc.cluster.local', 'cks-lab'],
        ips: ['127.0.0.1', '::1', '10.96.0.1'],
      }),
    ],
    ['apiserver-kubelet-client', ca, await issue(ca, { commonName: 'kube-apiserver-kubelet-client', organizations: ['kubeadm:cluster-admins'], usage: 'client' })],
    ['apiserver-etcd-client', etcdCa, await issue(etcdCa, { commonName: 'kube-apiserver-etcd-client', usage: 'client' })],
    ['front-proxy-client', frontProxyCa, await issue(frontProxyCa, { commonName: 'front-proxy-client', usage: 'client' })],
    ['etcd/server', etcdCa, await issue(etcdCa, { commonName: 'cks-lab', usage: 'both', ...loopback })],
    ['etcd/peer', etcdCa, await issue(etcdCa, { commonName: 'cks-lab', usage: 'both', ...loopback })],
    ['etcd/healthcheck-client', etcdCa, await issue(etcdCa, { commonName: 'kube-etcd-healthcheck-client', usage: 'client' })],
    // For the supervisor's readiness probe: in system:masters, so an edited authorization mode cannot
    // make a serving apiserver look down.
    ['apiserver-health-client', ca, await issue(ca, { commonName: 'cks-lab-health-probe', organizations: ['system:masters'], usage: 'client' })],
  ];
  const cas: Array<[string, KeyPair]> = [
    ['ca', ca],
    ['etcd/ca', etcdCa],
    ['front-proxy-ca', frontProxyCa],
  ];
  for (const [name, pair] of [...cas, ...leaves.map(([n, , p]) => [n, p] as [string, KeyPair])]) {
    const pem = await toPemPair(pair);
    write(join(pkiDir, `${name}.crt`), pem.cert, 0o644);
    write(join(pkiDir, `${name}.key`), pem.key, 0o600);
  }
  const saKeys = await newKeys();
  write(join(pkiDir, 'sa.key'), await privateKeyPem(saKeys.privateKey), 0o600);
  write(join(pkiDir, 'sa.pub'), await publicKeyPem(saKeys.publicKey), 0o644);

  // The admin is in system:masters (like kubeadm's super-admin.conf) so no RBAC exercise can lock the
  // learner out of their own lab.
  const admin = await toPemPair(await issue(ca, { commonName: 'kubernetes-admin', organizations: ['system:masters'], usage: 'client' }));
  const controllerManager = await toPemPair(await issue(ca, { commonName: 'system:kube-controller-manager', usage: 'client' }));
  return { ca: await toPemPair(ca), admin, controllerManager };
}
