// The lab's stand-in for a kubelet: a detached process that runs etcd, the kube-apiserver described
// by the static pod manifest, and the kube-controller-manager. It restarts the apiserver when the
// manifest changes, backs off when it crashes (as CrashLoopBackOff does), keeps each component's log,
// and writes what it sees to run/status.json for `lab status`.
import { spawn, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, renameSync, rmSync, watch, writeFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { binaryPath, type Binary } from './binaries.js';
import { readLabConfig } from './config.js';
import { probe, probeTargets } from './health.js';
import { labLayout, onNode, type LabLayout } from './layout.js';
import { parseApiserverManifest, resolveApiserverArgs } from './manifest.js';
import { supervisorPidFile } from './state.js';

export type ComponentName = 'etcd' | 'kube-apiserver' | 'kube-controller-manager';
export type ComponentState = 'starting' | 'ready' | 'crashed' | 'stopped' | 'invalid';

export interface ComponentStatus {
  state: ComponentState;
  pid?: number;
  port: number;
  restarts: number;
  since: string;
  message?: string;
}

export interface LabStatus {
  supervisorPid: number;
  startedAt: string;
  updatedAt: string;
  components: Record<ComponentName, ComponentStatus>;
}

const BACKOFF_MS = [1000, 2000, 4000, 8000, 16000, 20000];

class Component {
  child?: ChildProcess;
  status: ComponentStatus;
  private failures = 0;
  private retry?: NodeJS.Timeout;
  private stopping = false;

  constructor(
    readonly name: ComponentName,
    readonly binary: Binary,
    port: number,
    /** How long a graceful stop may take before SIGKILL: etcd keeps state, the others do not. */
    private readonly graceMs: number,
    private readonly logFile: string,
    private readonly onChange: () => void,
  ) {
    this.status = { state: 'stopped', port, restarts: 0, since: new Date().toISOString() };
  }

  set(state: ComponentState, message?: string) {
    const pid = state === 'stopped' || state === 'invalid' || state === 'crashed' ? undefined : this.status.pid;
    this.status = { ...this.status, pid, state, message, since: new Date().toISOString() };
    this.onChange();
  }

  start(args: string[]) {
    clearTimeout(this.retry);
    if (this.child) throw new Error(`${this.name} is already running (pid ${this.child.pid})`);
    this.stopping = false;
    const fd = openSync(this.logFile, 'a');
    writeSync(fd, `\n--- ${new Date().toISOString()} cks-lab supervisor: starting ${this.name} ${args.join(' ')}\n`);
    const child = spawn(binaryPath(this.binary), args, { stdio: ['ignore', fd, fd] });
    closeSync(fd);
    this.child = child;
    this.status = { ...this.status, pid: child.pid, state: 'starting', message: undefined, since: new Date().toISOString() };
    this.onChange();
    child.on('exit', (code, signal) => {
      if (this.child !== child) return;
      this.child = undefined;
      if (this.stopping) {
        this.set('stopped');
        return;
      }
      this.failures += 1;
      const wait = BACKOFF_MS[Math.min(this.failures - 1, BACKOFF_MS.length - 1)]!;
      this.status = { ...this.status, pid: undefined, restarts: this.status.restarts + 1 };
      this.set('crashed', `exited (${signal ?? `code ${code}`}); restarting in ${wait / 1000}s; see cks-tutor lab logs ${this.name}`);
      this.retry = setTimeout(() => this.start(args), wait);
    });
  }

  markReady() {
    this.failures = 0;
    if (this.status.state !== 'ready') this.set('ready');
  }

  async stop(): Promise<void> {
    clearTimeout(this.retry);
    this.stopping = true;
    const child = this.child;
    if (!child || child.exitCode !== null) {
      this.child = undefined;
      if (this.status.state !== 'invalid') this.set('stopped');
      return;
    }
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), this.graceMs);
    await exited;
    clearTimeout(timer);
  }
}

export async function supervise(labDir: string): Promise<void> {
  const layout = labLayout(labDir);
  const config = readLabConfig(layout);
  mkdirSync(layout.run, { recursive: true });
  mkdirSync(layout.logs, { recursive: true });
  writeFileSync(supervisorPidFile(layout.dir), `${process.pid}\n`);
  const startedAt = new Date().toISOString();
  let writeScheduled = false;
  const components: Record<ComponentName, Component> = {
    etcd: new Component('etcd', 'etcd', config.ports.etcdClient, 5000, join(layout.logs, 'etcd.log'), () => scheduleWrite()),
    'kube-apiserver': new Component('kube-apiserver', 'kube-apiserver', config.ports.apiserver, 2000, join(layout.logs, 'kube-apiserver.log'), () => scheduleWrite()),
    'kube-controller-manager': new Component('kube-controller-manager', 'kube-controller-manager', config.ports.controllerManager, 2000, join(layout.logs, 'kube-controller-manager.log'), () => scheduleWrite()),
  };

  function scheduleWrite() {
    if (writeScheduled) return;
    writeScheduled = true;
    setImmediate(() => {
      writeScheduled = false;
      const status: LabStatus = {
        supervisorPid: process.pid,
        startedAt,
        updatedAt: new Date().toISOString(),
        components: Object.fromEntries(Object.entries(components).map(([k, c]) => [k, c.status])) as LabStatus['components'],
      };
      const tmp = `${layout.status}.tmp`;
      writeFileSync(tmp, JSON.stringify(status, null, 2));
      renameSync(tmp, layout.status);
    });
  }

  const pki = (p: string) => onNode(layout, join('/etc/kubernetes/pki', p));
  components.etcd.start([
    '--name=cks-lab',
    `--data-dir=${layout.etcdData}`,
    `--listen-client-urls=https://127.0.0.1:${config.ports.etcdClient}`,
    `--advertise-client-urls=https://127.0.0.1:${config.ports.etcdClient}`,
    `--listen-peer-urls=https://127.0.0.1:${config.ports.etcdPeer}`,
    `--initial-advertise-peer-urls=https://127.0.0.1:${config.ports.etcdPeer}`,
    `--initial-cluster=cks-lab=https://127.0.0.1:${config.ports.etcdPeer}`,
    '--listen-metrics-urls=',
    `--cert-file=${pki('etcd/server.crt')}`,
    `--key-file=${pki('etcd/server.key')}`,
    `--trusted-ca-file=${pki('etcd/ca.crt')}`,
    '--client-cert-auth=true',
    `--peer-cert-file=${pki('etcd/peer.crt')}`,
    `--peer-key-file=${pki('etcd/peer.key')}`,
    `--peer-trusted-ca-file=${pki('etcd/ca.crt')}`,
    '--peer-client-cert-auth=true',
    '--snapshot-count=10000',
    '--log-level=warn',
  ]);

  let manifestHash: string | undefined;
  const apiserver = components['kube-apiserver'];
  // One sync at a time: a save fires several file events, and overlapping syncs would start two
  // apiservers. Events are debounced so a half-written file is not read.
  let syncing: Promise<void> = Promise.resolve();
  let debounce: NodeJS.Timeout | undefined;
  const requestSync = (delayMs: number) => {
    clearTimeout(debounce);
    debounce = setTimeout(() => {
      debounce = undefined;
      syncing = syncing.then(syncManifest, syncManifest);
    }, delayMs);
  };
  async function syncManifest() {
    let text: string | undefined;
    try {
      text = readFileSync(layout.apiserverManifest, 'utf8');
    } catch {
      text = undefined;
    }
    const hash = text === undefined ? 'absent' : createHash('sha256').update(text).digest('hex');
    if (hash === manifestHash) return;
    manifestHash = hash;
    await apiserver.stop();
    if (text === undefined) {
      apiserver.set('stopped', 'no manifest at /etc/kubernetes/manifests/kube-apiserver.yaml, so no kube-apiserver (as a kubelet would do)');
      return;
    }
    try {
      apiserver.start(resolveApiserverArgs(parseApiserverManifest(text), layout));
    } catch (e) {
      const message = `the manifest cannot run: ${(e as Error).message}`;
      const fd = openSync(join(layout.logs, 'kube-apiserver.log'), 'a');
      writeSync(fd, `\n--- ${new Date().toISOString()} cks-lab supervisor: ${message}\n`);
      closeSync(fd);
      apiserver.set('invalid', message);
    }
  }

  // Health probes, as a kubelet's readiness probes would run them.
  const targets = probeTargets(layout, config);
  let kcmStartedFor: number | undefined;
  let restartingKcm = false;
  const healthTimer = setInterval(async () => {
    await Promise.all(
      (Object.keys(components) as ComponentName[]).map(async (name) => {
        const component = components[name];
        if (!component.child) return;
        const healthy = await probe(targets[name]);
        if (healthy) component.markReady();
        else if (component.status.state === 'ready') component.set('starting', 'not ready');
      }),
    );
    if (components.etcd.status.state === 'ready' && manifestHash === undefined && !debounce) requestSync(0);
    const kcm = components['kube-controller-manager'];
    if (apiserver.status.state !== 'ready' || restartingKcm) return;
    const apiserverPid = apiserver.status.pid;
    if (!kcm.child && kcm.status.state === 'stopped') {
      kcm.start(controllerManagerArgs(layout, config.ports.controllerManager));
      kcmStartedFor = apiserverPid;
    } else if (kcm.child && kcmStartedFor !== apiserverPid) {
      // A new apiserver: while it was down or refusing the controller manager (an edited authorization
      // mode), its watches failed and now back off for minutes, stalling namespace deletion and default
      // service accounts. A fresh controller manager starts with none of that.
      restartingKcm = true;
      kcmStartedFor = apiserverPid;
      void kcm.stop().then(() => {
        kcm.start(controllerManagerArgs(layout, config.ports.controllerManager));
        restartingKcm = false;
      });
    }
  }, 500);

  // A kubelet notices manifest changes through its file source; watch the folder (editors replace
  // files) and poll as a fallback for file systems without events.
  let watcher: ReturnType<typeof watch> | undefined;
  try {
    watcher = watch(layout.manifests, () => {
      if (manifestHash !== undefined) requestSync(300);
    });
  } catch {
    watcher = undefined;
  }
  const pollTimer = setInterval(() => {
    if (manifestHash !== undefined && !debounce) requestSync(0);
  }, 2000);

  let shuttingDown = false;
  const shutdown = async () => {
    if (shuttingDown) return;
    shuttingDown = true;
    clearInterval(healthTimer);
    clearInterval(pollTimer);
    clearTimeout(debounce);
    await syncing;
    watcher?.close();
    await components['kube-controller-manager'].stop();
    await apiserver.stop();
    await components.etcd.stop();
    scheduleWrite();
    await new Promise((r) => setImmediate(r));
    rmSync(supervisorPidFile(layout.dir), { force: true });
    process.exit(0);
  };
  process.on('SIGTERM', () => void shutdown());
  process.on('SIGINT', () => void shutdown());
  process.on('SIGHUP', () => void shutdown());
  scheduleWrite();
}

function controllerManagerArgs(layout: LabLayout, port: number): string[] {
  const k8s = (p: string) => onNode(layout, join('/etc/kubernetes', p));
  return [
    `--authentication-kubeconfig=${k8s('controller-manager.conf')}`,
    `--authorization-kubeconfig=${k8s('controller-manager.conf')}`,
    `--kubeconfig=${k8s('controller-manager.conf')}`,
    '--bind-address=127.0.0.1',
    `--secure-port=${port}`,
    `--client-ca-file=${k8s('pki/ca.crt')}`,
    `--requestheader-client-ca-file=${k8s('pki/front-proxy-ca.crt')}`,
    `--cluster-signing-cert-file=${k8s('pki/ca.crt')}`,
    `--cluster-signing-key-file=${k8s('pki/ca.key')}`,
    `--root-ca-file=${k8s('pki/ca.crt')}`,
    `--service-account-private-key-file=${k8s('pki/sa.key')}`,
    '--use-service-account-credentials=true',
    '--controllers=*,bootstrapsigner,tokencleaner',
    '--cluster-name=cks-lab',
    '--leader-elect=false',
  ];
}

export function readStatus(layout: LabLayout): LabStatus | undefined {
  if (!existsSync(layout.status)) return undefined;
  try {
    return JSON.parse(readFileSync(layout.status, 'utf8')) as LabStatus;
  } catch {
    return undefined;
  }
}
