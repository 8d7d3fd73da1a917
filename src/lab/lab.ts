// `cks-tutor lab ...`: create, start, stop, inspect and reset the local control plane.
import { spawn } from 'node:child_process';
import { chmodSync, copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { UserError } from '../errors.js';
import { packageRoot } from '../paths.js';
import { binDir, binariesReady, buildLab, KUBERNETES_VERSION, ETCD_VERSION, type BuildProgress } from './binaries.js';
import { readLabConfig, writeLabConfig, type LabConfig } from './config.js';
import { labLayout, type LabLayout } from './layout.js';
import { defaultApiserverManifest, flagMap, parseApiserverManifest, type LabPorts } from './manifest.js';
import { writePki, type LabPki, type PemPair } from './pki.js';
import { freePort, isPortFree } from './ports.js';
import { LAB_CONTEXT, labDir, pidAlive, supervisorPid } from './state.js';
import { readStatus, type ComponentName, type LabStatus } from './supervisor.js';

export const COMPONENTS: ComponentName[] = ['etcd', 'kube-apiserver', 'kube-controller-manager'];

export function layoutFor(dataDir: string): LabLayout {
  return labLayout(labDir(dataDir));
}

function kubeconfig(server: string, ca: PemPair, user: string, client: PemPair): string {
  const b64 = (s: string) => Buffer.from(s).toString('base64');
  return stringify({
    apiVersion: 'v1',
    kind: 'Config',
    clusters: [{ name: LAB_CONTEXT, cluster: { server, 'certificate-authority-data': b64(ca.cert) } }],
    users: [{ name: user, user: { 'client-certificate-data': b64(client.cert), 'client-key-data': b64(client.key) } }],
    contexts: [{ name: LAB_CONTEXT, context: { cluster: LAB_CONTEXT, user, namespace: 'default' } }],
    'current-context': LAB_CONTEXT,
  });
}

function writePrivate(file: string, text: string) {
  writeFileSync(file, text, { mode: 0o600 });
  chmodSync(file, 0o600);
}

async function pickPorts(): Promise<LabPorts> {
  return { apiserver: await freePort(), etcdClient: await freePort(), etcdPeer: await freePort(), controllerManager: await freePort() };
}

/** Creates a new lab: PKI, kubeconfigs, the default manifest and the node's folders. */
export async function initLab(layout: LabLayout): Promise<LabConfig> {
  for (const dir of [layout.manifests, layout.pki, layout.defaults, layout.run, layout.logs, join(layout.auditLogDir, 'audit')]) mkdirSync(dir, { recursive: true });
  mkdirSync(layout.etcdData, { recursive: true, mode: 0o700 });
  const config: LabConfig = { version: 1, createdAt: new Date().toISOString(), ports: await pickPorts() };
  const pki = await writePki(layout.pki);
  writeKubeconfigs(layout, config.ports, pki);
  const manifest = defaultApiserverManifest(config.ports);
  writeFileSync(join(layout.defaults, 'kube-apiserver.yaml'), manifest);
  writeFileSync(layout.apiserverManifest, manifest, { mode: 0o600 });
  writeLabConfig(layout, config);
  return config;
}

function writeKubeconfigs(layout: LabLayout, ports: LabPorts, pki: Pick<LabPki, 'ca' | 'admin' | 'controllerManager'>) {
  const server = `https://127.0.0.1:${ports.apiserver}`;
  const admin = kubeconfig(server, pki.ca, 'cks-lab-admin', pki.admin);
  writePrivate(join(layout.etcKubernetes, 'admin.conf'), admin);
  writePrivate(layout.kubeconfig, admin);
  writePrivate(join(layout.etcKubernetes, 'controller-manager.conf'), kubeconfig(server, pki.ca, 'system:kube-controller-manager', pki.controllerManager));
}

/**
 * When a port the lab was created with is taken now, move the lab to new ports: the manifest's flags
 * and probes, and the server in every kubeconfig.
 */
async function ensurePorts(layout: LabLayout, config: LabConfig): Promise<LabConfig> {
  const ports = config.ports;
  const busy = await Promise.all(Object.values(ports).map(async (p) => !(await isPortFree(p))));
  if (!busy.some(Boolean)) return config;
  const next = await pickPorts();
  const replacePort = (text: string) =>
    text
      .replaceAll(`127.0.0.1:${ports.apiserver}`, `127.0.0.1:${next.apiserver}`)
      .replaceAll(`--secure-port=${ports.apiserver}`, `--secure-port=${next.apiserver}`)
      .replaceAll(`port: ${ports.apiserver}`, `port: ${next.apiserver}`)
      .replaceAll(`127.0.0.1:${ports.etcdClient}`, `127.0.0.1:${next.etcdClient}`);
  for (const file of [layout.apiserverManifest, join(layout.defaults, 'kube-apiserver.yaml'), layout.kubeconfig, join(layout.etcKubernetes, 'admin.conf'), join(layout.etcKubernetes, 'controller-manager.conf')]) {
    if (existsSync(file)) writeFileSync(file, replacePort(readFileSync(file, 'utf8')));
  }
  const updated = { ...config, ports: next };
  writeLabConfig(layout, updated);
  return updated;
}

export interface UpOptions {
  progress?: (p: BuildProgress) => void;
  log?: (line: string) => void;
  timeoutMs?: number;
}

/** Starts the lab (building and creating it first when needed) and waits until it is ready. */
export async function labUp(dataDir: string, options: UpOptions = {}): Promise<{ layout: LabLayout; seconds: number; alreadyUp: boolean }> {
  const layout = layoutFor(dataDir);
  const log = options.log ?? (() => {});
  if (supervisorPid(layout.dir)) return { layout, seconds: 0, alreadyUp: true };
  if (!binariesReady()) {
    log('building the lab binaries (once per version; several minutes the first time) ...');
    await buildLab(options.progress ?? (() => {}));
  }
  const started = Date.now();
  let config = existsSync(layout.config) ? readLabConfig(layout) : await initLab(layout);
  killStrays(layout);
  config = await ensurePorts(layout, config);
  rmSync(layout.status, { force: true });
  const cli = join(packageRoot(), 'dist', 'cli.js');
  if (!existsSync(cli)) throw new UserError(`${cli} is missing: run npm run build`);
  const child = spawn(process.execPath, [cli, 'lab', 'supervise', layout.dir], {
    detached: true,
    stdio: ['ignore', 'ignore', 'ignore'],
    env: { ...process.env, CKS_TUTOR_SUPERVISOR: '1' },
  });
  child.unref();
  const deadline = Date.now() + (options.timeoutMs ?? 60_000);
  while (Date.now() < deadline) {
    const status = readStatus(layout);
    if (status && COMPONENTS.every((c) => status.components[c]?.state === 'ready')) {
      return { layout, seconds: (Date.now() - started) / 1000, alreadyUp: false };
    }
    if (child.exitCode !== null) break;
    await new Promise((r) => setTimeout(r, 100));
  }
  const status = readStatus(layout);
  const summary = status ? COMPONENTS.map((c) => `${c}: ${status.components[c]?.state}${status.components[c]?.message ? ` (${status.components[c]?.message})` : ''}`).join('; ') : 'the supervisor did not start';
  throw new UserError(`the lab did not become ready: ${summary}; see cks-tutor lab logs`);
}

/** Component processes left behind by a supervisor that was killed without a chance to stop them. */
function killStrays(layout: LabLayout) {
  const status = readStatus(layout);
  if (!status || pidAlive(status.supervisorPid)) return;
  for (const c of Object.values(status.components)) if (c.pid && pidAlive(c.pid)) process.kill(c.pid, 'SIGKILL');
}

export async function labDown(dataDir: string): Promise<boolean> {
  const layout = layoutFor(dataDir);
  const pid = supervisorPid(layout.dir);
  if (!pid) {
    killStrays(layout);
    return false;
  }
  process.kill(pid, 'SIGTERM');
  const deadline = Date.now() + 20_000;
  while (pidAlive(pid) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
  if (pidAlive(pid)) process.kill(pid, 'SIGKILL');
  killStrays(layout);
  return true;
}

/** Wipes etcd and every file on the node but the PKI and kubeconfigs, and puts back the default manifest; ports stay. */
export async function labReset(dataDir: string, options: UpOptions = {}): Promise<void> {
  const layout = layoutFor(dataDir);
  if (!existsSync(layout.config)) throw new UserError(`no lab in ${layout.dir}: start one with cks-tutor lab up`);
  const wasUp = await labDown(dataDir);
  // The node goes back to how lab up made it: only the PKI and the kubeconfigs survive.
  const keep = new Set(['pki', 'admin.conf', 'controller-manager.conf']);
  for (const entry of readdirSync(layout.nodeRoot)) {
    if (entry !== 'etc') rmSync(join(layout.nodeRoot, entry), { recursive: true, force: true });
  }
  for (const entry of readdirSync(join(layout.nodeRoot, 'etc'))) {
    if (entry !== 'kubernetes') rmSync(join(layout.nodeRoot, 'etc', entry), { recursive: true, force: true });
  }
  for (const entry of readdirSync(layout.etcKubernetes)) {
    if (!keep.has(entry)) rmSync(join(layout.etcKubernetes, entry), { recursive: true, force: true });
  }
  mkdirSync(layout.manifests, { recursive: true });
  mkdirSync(layout.etcdData, { recursive: true, mode: 0o700 });
  mkdirSync(join(layout.auditLogDir, 'audit'), { recursive: true });
  rmSync(layout.effective, { recursive: true, force: true });
  rmSync(layout.logs, { recursive: true, force: true });
  mkdirSync(layout.logs, { recursive: true });
  copyFileSync(join(layout.defaults, 'kube-apiserver.yaml'), layout.apiserverManifest);
  if (wasUp) await labUp(dataDir, options);
}

export interface ComponentReport {
  name: ComponentName;
  state: string;
  pid?: number;
  port: number;
  restarts: number;
  message?: string;
}

export interface LabReport {
  dir: string;
  exists: boolean;
  running: boolean;
  version: string;
  etcdVersion: string;
  binaries: string;
  built: boolean;
  kubeconfig: string;
  components: ComponentReport[];
  /** Flags of the apiserver as the manifest has them now (for drills and `lab status`). */
  apiserverFlags?: Record<string, string>;
  apiserverLogTail?: string[];
}

export function labReport(dataDir: string): LabReport {
  const layout = layoutFor(dataDir);
  const exists = existsSync(layout.config);
  const running = supervisorPid(layout.dir) !== undefined;
  const status: LabStatus | undefined = running ? readStatus(layout) : undefined;
  const config = exists ? readLabConfig(layout) : undefined;
  const ports: Record<ComponentName, number> = {
    etcd: config?.ports.etcdClient ?? 0,
    'kube-apiserver': config?.ports.apiserver ?? 0,
    'kube-controller-manager': config?.ports.controllerManager ?? 0,
  };
  const components = COMPONENTS.map((name) => {
    const c = status?.components[name];
    return { name, state: c?.state ?? 'stopped', pid: c?.pid, port: ports[name], restarts: c?.restarts ?? 0, message: c?.message };
  });
  let apiserverFlags: Record<string, string> | undefined;
  try {
    apiserverFlags = flagMap(parseApiserverManifest(readFileSync(layout.apiserverManifest, 'utf8')).args);
  } catch {
    apiserverFlags = undefined;
  }
  const apiserverDown = running && components.find((c) => c.name === 'kube-apiserver')?.state !== 'ready';
  return {
    dir: layout.dir,
    exists,
    running,
    version: KUBERNETES_VERSION,
    etcdVersion: ETCD_VERSION,
    binaries: binDir(),
    built: binariesReady(),
    kubeconfig: layout.kubeconfig,
    components,
    apiserverFlags,
    apiserverLogTail: apiserverDown ? tail(join(layout.logs, 'kube-apiserver.log'), 12) : undefined,
  };
}

export function tail(file: string, lines: number): string[] {
  try {
    return readFileSync(file, 'utf8').trimEnd().split('\n').slice(-lines);
  } catch {
    return [];
  }
}

/** The lines `eval "$(cks-tutor lab env)"` runs. */
export function labEnv(dataDir: string): string {
  const layout = layoutFor(dataDir);
  const quote = (s: string) => `'${s.replace(/'/g, `'\\''`)}'`;
  return [`export KUBECONFIG=${quote(layout.kubeconfig)}`, `export PATH=${quote(binDir())}:"$PATH"`, `export CKS_LAB_NODE_ROOT=${quote(layout.nodeRoot)}`].join('\n');
}
