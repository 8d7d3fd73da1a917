// The kube-apiserver static pod manifest: the default the lab starts from, and how the supervisor turns
// the learner's edited manifest into a real command line. Paths in flags are container paths; like a
// kubelet, the supervisor only lets the apiserver see what the pod's hostPath volumes mount, so the
// classic exam mistake (a new --audit-policy-file without a volume) fails here too.
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, isAbsolute, join, resolve as resolvePath } from 'node:path';
import { createHash } from 'node:crypto';
import { parse, stringify } from 'yaml';
import { onNode, type LabLayout } from './layout.js';

export interface LabPorts {
  apiserver: number;
  etcdClient: number;
  etcdPeer: number;
  controllerManager: number;
}

/** The manifest kubeadm v1.35 writes, adapted to loopback and the lab's ports. */
export function defaultApiserverManifest(ports: LabPorts): string {
  const flags = [
    '--advertise-address=127.0.0.1',
    '--allow-privileged=true',
    '--authorization-mode=Node,RBAC',
    // Loopback only: the lab must never be reachable from the network it runs on.
    '--bind-address=127.0.0.1',
    '--client-ca-file=/etc/kubernetes/pki/ca.crt',
    '--enable-admission-plugins=NodeRestriction',
    '--enable-bootstrap-token-auth=true',
    '--etcd-cafile=/etc/kubernetes/pki/etcd/ca.crt',
    '--etcd-certfile=/etc/kubernetes/pki/apiserver-etcd-client.crt',
    '--etcd-keyfile=/etc/kubernetes/pki/apiserver-etcd-client.key',
    `--etcd-servers=https://127.0.0.1:${ports.etcdClient}`,
    '--kubelet-client-certificate=/etc/kubernetes/pki/apiserver-kubelet-client.crt',
    '--kubelet-client-key=/etc/kubernetes/pki/apiserver-kubelet-client.key',
    '--kubelet-preferred-address-types=InternalIP,ExternalIP,Hostname',
    '--proxy-client-cert-file=/etc/kubernetes/pki/front-proxy-client.crt',
    '--proxy-client-key-file=/etc/kubernetes/pki/front-proxy-client.key',
    '--requestheader-allowed-names=front-proxy-client',
    '--requestheader-client-ca-file=/etc/kubernetes/pki/front-proxy-ca.crt',
    '--requestheader-extra-headers-prefix=X-Remote-Extra-',
    '--requestheader-group-headers=X-Remote-Group',
    '--requestheader-username-headers=X-Remote-User',
    `--secure-port=${ports.apiserver}`,
    '--service-account-issuer=https://kubernetes.default.svc.cluster.local',
    '--service-account-key-file=/etc/kubernetes/pki/sa.pub',
    '--service-account-signing-key-file=/etc/kubernetes/pki/sa.key',
    '--service-cluster-ip-range=10.96.0.0/12',
    '--tls-cert-file=/etc/kubernetes/pki/apiserver.crt',
    '--tls-private-key-file=/etc/kubernetes/pki/apiserver.key',
  ];
  const hostPaths: Array<[string, string, string]> = [
    ['ca-certs', '/etc/ssl/certs', 'DirectoryOrCreate'],
    ['etc-ca-certificates', '/etc/ca-certificates', 'DirectoryOrCreate'],
    ['k8s-certs', '/etc/kubernetes/pki', 'DirectoryOrCreate'],
    ['usr-local-share-ca-certificates', '/usr/local/share/ca-certificates', 'DirectoryOrCreate'],
    ['usr-share-ca-certificates', '/usr/share/ca-certificates', 'DirectoryOrCreate'],
  ];
  const probe = (path: string, failureThreshold: number) => ({
    failureThreshold,
    httpGet: { host: '127.0.0.1', path, port: ports.apiserver, scheme: 'HTTPS' },
    initialDelaySeconds: 10,
    periodSeconds: 10,
    timeoutSeconds: 15,
  });
  const pod = {
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: {
      annotations: { 'kubeadm.kubernetes.io/kube-apiserver.advertise-address.endpoint': `127.0.0.1:${ports.apiserver}` },
      labels: { component: 'kube-apiserver', tier: 'control-plane' },
      name: 'kube-apiserver',
      namespace: 'kube-system',
    },
    spec: {
      containers: [
        {
          command: ['kube-apiserver', ...flags],
          image: 'registry.k8s.io/kube-apiserver:v1.35.4',
          imagePullPolicy: 'IfNotPresent',
          livenessProbe: probe('/livez', 8),
          name: 'kube-apiserver',
          readinessProbe: { ...probe('/readyz', 3), initialDelaySeconds: undefined, periodSeconds: 1 },
          resources: { requests: { cpu: '250m' } },
          startupProbe: probe('/livez', 24),
          volumeMounts: hostPaths.map(([name, path]) => ({ mountPath: path, name, readOnly: true })),
        },
      ],
      hostNetwork: true,
      priority: 2000001000,
      priorityClassName: 'system-node-critical',
      securityContext: { seccompProfile: { type: 'RuntimeDefault' } },
      volumes: hostPaths.map(([name, path, type]) => ({ hostPath: { path, type }, name })),
    },
    status: {},
  };
  // kubeadm's layout: list items not indented under their key.
  return stringify(pod, { lineWidth: 0, indentSeq: false });
}

export class ManifestError extends Error {}

export interface ParsedManifest {
  /** Flags in order, without the binary name. */
  args: string[];
  mounts: Array<{ containerPath: string; hostPath: string }>;
}

interface RawPod {
  kind?: string;
  spec?: {
    containers?: Array<{ name?: string; command?: unknown; args?: unknown; volumeMounts?: Array<{ name?: string; mountPath?: string }> }>;
    volumes?: Array<{ name?: string; hostPath?: { path?: string } }>;
  };
}

/** Reads the manifest as a kubelet would, with the kubelet's kind of complaint when it cannot. */
export function parseApiserverManifest(text: string): ParsedManifest {
  let pod: RawPod;
  try {
    pod = parse(text) as RawPod;
  } catch (e) {
    throw new ManifestError(`invalid YAML: ${(e as Error).message.split('\n')[0]}`);
  }
  if (!pod || typeof pod !== 'object' || pod.kind !== 'Pod') throw new ManifestError('not a Pod manifest (kind: Pod is missing)');
  const container = pod.spec?.containers?.find((c) => c.name === 'kube-apiserver') ?? pod.spec?.containers?.[0];
  if (!container) throw new ManifestError('spec.containers is empty');
  const list = (v: unknown, field: string): string[] => {
    if (v === undefined) return [];
    if (!Array.isArray(v) || v.some((x) => typeof x !== 'string')) throw new ManifestError(`${field} must be a list of strings`);
    return v as string[];
  };
  const command = list(container.command, 'command');
  const args = [...command.slice(1), ...list(container.args, 'args')];
  const volumes = new Map((pod.spec?.volumes ?? []).map((v) => [v.name, v.hostPath?.path]));
  const mounts: ParsedManifest['mounts'] = [];
  for (const m of container.volumeMounts ?? []) {
    const hostPath = volumes.get(m.name);
    if (!m.mountPath) throw new ManifestError(`volumeMount ${m.name ?? '?'} has no mountPath`);
    if (hostPath === undefined) throw new ManifestError(`volumeMount ${m.name ?? '?'} names no hostPath volume`);
    mounts.push({ containerPath: m.mountPath, hostPath: hostPath ?? '' });
  }
  for (const a of args) if (!a.startsWith('--')) throw new ManifestError(`unexpected argument "${a}" (flags look like --name=value)`);
  return { args, mounts };
}

/** Splits `--name=value` (or a bare `--name`). */
export function splitFlag(arg: string): { name: string; value: string | undefined } {
  const eq = arg.indexOf('=');
  return eq < 0 ? { name: arg.slice(2), value: undefined } : { name: arg.slice(2, eq), value: arg.slice(eq + 1) };
}

/** Last value of each flag, as the apiserver would read a repeated flag that is not a list. */
export function flagMap(args: readonly string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const a of args) {
    const { name, value } = splitFlag(a);
    out[name] = value ?? 'true';
  }
  return out;
}

/** Config files that may name further files; the supervisor gives the apiserver resolved copies. */
const CONFIG_FLAGS = new Set([
  'admission-control-config-file',
  'authentication-config',
  'authorization-config',
  'audit-webhook-config-file',
  'authentication-token-webhook-config-file',
  'authorization-webhook-config-file',
  'egress-selector-config-file',
]);
const KUBECONFIG_PATH_KEYS = new Set(['certificate-authority', 'client-certificate', 'client-key']);

export class MountError extends Error {}

/**
 * The real command-line arguments for the lab's kube-apiserver: container paths mapped through the
 * manifest's hostPath mounts to the node root, and path-bearing config files rewritten into
 * run/effective. Throws MountError when a flag names a path no volume mounts.
 */
export function resolveApiserverArgs(manifest: ParsedManifest, layout: LabLayout): string[] {
  const toHost = (containerPath: string, what: string): string => {
    const mount = [...manifest.mounts]
      .sort((a, b) => b.containerPath.length - a.containerPath.length)
      .find((m) => containerPath === m.containerPath || containerPath.startsWith(`${m.containerPath.replace(/\/$/, '')}/`));
    if (!mount) {
      throw new MountError(`${what}: open ${containerPath}: no such file or directory (the path is not mounted into the kube-apiserver container: add a hostPath volume and a volumeMount for it)`);
    }
    return onNode(layout, join(mount.hostPath, containerPath.slice(mount.containerPath.length)));
  };
  return manifest.args.map((arg) => {
    const { name, value } = splitFlag(arg);
    if (!value || !value.startsWith('/')) return arg;
    const host = toHost(value, `--${name}`);
    return `--${name}=${CONFIG_FLAGS.has(name) ? materialise(host, layout, (p) => toHost(p, `a path in ${value}`), 0) : host}`;
  });
}

/** A copy of a config file with its absolute paths mapped to the node root (recursively), or the file itself when nothing needed mapping. */
function materialise(file: string, layout: LabLayout, toHost: (p: string) => string, depth: number): string {
  if (depth > 3 || !existsSync(file) || !statSync(file).isFile()) return file;
  let doc: unknown;
  try {
    doc = parse(readFileSync(file, 'utf8'));
  } catch {
    return file;
  }
  let changed = false;
  const walk = (node: unknown, key?: string): unknown => {
    if (Array.isArray(node)) return node.map((n) => walk(n));
    if (node && typeof node === 'object') return Object.fromEntries(Object.entries(node).map(([k, v]) => [k, walk(v, k)]));
    if (typeof node !== 'string') return node;
    let path = node;
    if (key && KUBECONFIG_PATH_KEYS.has(key) && !isAbsolute(node)) {
      path = resolvePath(dirname(file), node);
      changed = true;
      return path;
    }
    if (!path.startsWith('/') || path.startsWith(layout.nodeRoot)) return node;
    // Strings that merely look like paths (a URL path such as /healthz) stay as they are; so does a
    // path that does not exist, and the apiserver then reports it as it would on a node.
    let host: string;
    try {
      host = toHost(path);
    } catch {
      return node;
    }
    if (!existsSync(host)) return node;
    changed = true;
    return /\.(ya?ml|json|conf|kubeconfig)$/.test(host) || !basename(host).includes('.') ? materialise(host, layout, toHost, depth + 1) : host;
  };
  const rewritten = walk(doc);
  if (!changed) return file;
  mkdirSync(layout.effective, { recursive: true });
  const copy = join(layout.effective, `${createHash('sha256').update(file).digest('hex').slice(0, 8)}-${basename(file)}`);
  writeFileSync(copy, stringify(rewritten, { lineWidth: 0 }), { mode: 0o600 });
  return copy;
}
