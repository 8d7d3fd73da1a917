// A drill's life on a cluster: preflight -> setup -> (the learner works, checks run) -> cleanup.
// Everything setup creates carries the label cks-tutor.dev/drill=<id>; what it changes on the lab's node
// (the apiserver manifest, node files) is snapshotted first. Cleanup deletes every labelled object,
// restores the snapshots and is safe to run twice.
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { execa } from 'execa';
import { parse, parseAllDocuments, stringify } from 'yaml';
import { connect, writeScopedKubeconfig, type Kube, type KubeObject, type ObjectRef } from '../cluster/kube.js';
import type { ClusterTarget } from '../cluster/target.js';
import type { Drill } from '../content/catalog.js';
import { binariesReady, binDir } from '../lab/binaries.js';
import { labLayout, onNode, type LabLayout } from '../lab/layout.js';
import { flagMap, parseApiserverManifest, resolveApiserverArgs, splitFlag } from '../lab/manifest.js';
import { readStatus } from '../lab/supervisor.js';
import { which } from '../tools.js';
import type { CheckContext } from './checks/types.js';

export const DRILL_LABEL = 'cks-tutor.dev/drill';

export interface DrillPaths {
  state: string;
  workspace: string;
  kubeconfig: string;
  stateFile: string;
  manifestSnapshot: string;
}

export function drillPaths(dataDir: string, id: string): DrillPaths {
  const state = join(dataDir, 'drills', id);
  return {
    state,
    workspace: join(state, 'workspace'),
    kubeconfig: join(state, 'kubeconfig'),
    stateFile: join(state, 'state.json'),
    manifestSnapshot: join(state, 'kube-apiserver.yaml'),
  };
}

/** Where the drill runs: resolved by preflight, used by setup, checks, solve and cleanup. */
export interface DrillEnv {
  dataDir: string;
  paths: DrillPaths;
  target?: ClusterTarget;
  kube?: Kube;
  lab?: LabLayout;
}

export interface PreflightResult {
  ok: boolean;
  /** Why the drill cannot run here, one line each. */
  reasons: string[];
  env: DrillEnv;
}

const TOOL_HINTS: Record<string, string> = {
  apparmor_parser: 'Debian/Ubuntu: apt install apparmor',
  openssl: 'apt install openssl',
  jq: 'apt install jq',
};

/**
 * Checks that the drill can run here. `resolve` picks and guards the cluster (the caller owns the
 * question to the learner); it is only called for drills that need one.
 */
export async function preflight(drill: Drill, dataDir: string, resolve: () => Promise<ClusterTarget>): Promise<PreflightResult> {
  const env: DrillEnv = { dataDir, paths: drillPaths(dataDir, drill.id) };
  const reasons: string[] = [];
  for (const tool of drill.tools) {
    if (!which(tool)) reasons.push(`needs ${tool} on PATH${TOOL_HINTS[tool] ? ` (${TOOL_HINTS[tool]})` : ''}`);
  }
  if (drill.requires.includes('files')) return { ok: reasons.length === 0, reasons, env };
  let target: ClusterTarget;
  try {
    target = await resolve();
  } catch (e) {
    return { ok: false, reasons: [...reasons, (e as Error).message], env };
  }
  env.target = target;
  if (drill.requires.includes('lab') && !target.isLab) {
    reasons.push(`edits the control plane, so it needs the local lab (context cks-lab), not ${target.context}: start it with cks-tutor lab up`);
  }
  if (target.isLab && target.labDir) env.lab = labLayout(target.labDir);
  try {
    env.kube = await connect(target);
    await env.kube.raw('/version');
  } catch (e) {
    // The lab's apiserver may be down because of a drill (a broken manifest to repair): its checks and
    // its cleanup work on the node's files, so they must still run.
    if (!(env.kube && target.isLab)) {
      reasons.push(`cannot reach the cluster of context ${target.context}: ${(e as Error).message}`);
      return { ok: false, reasons, env };
    }
  }
  if (drill.requires.includes('node') && !target.isLab) {
    const nodes = await env.kube.list('v1', 'Node').catch((e: Error) => e);
    if (nodes instanceof Error) reasons.push(`cannot list the nodes of ${target.context}: ${nodes.message}`);
    else if (nodes.length === 0) reasons.push(`runs Pods on real nodes, and ${target.context} has none: use --context with a kind, minikube or kubeadm cluster`);
  }
  if (drill.requires.includes('node') && target.isLab) {
    reasons.push('runs Pods on real nodes, and the lab has none (its Pods are admitted and stored, not run): use --context with a kind, minikube or kubeadm cluster');
  }
  return { ok: reasons.length === 0, reasons, env };
}

/** The environment of the learner's shell, setup and solution scripts, and command checks. */
export function drillProcessEnv(drill: Drill, env: DrillEnv): Record<string, string> {
  const base: Record<string, string> = {};
  for (const [k, v] of Object.entries(process.env)) if (v !== undefined) base[k] = v;
  const path = binariesReady() ? `${binDir()}:${base.PATH ?? ''}` : (base.PATH ?? '');
  return {
    ...base,
    PATH: path,
    WORKSPACE: env.paths.workspace,
    DRILL_DIR: drill.dir,
    ...(env.target ? { KUBECONFIG: env.paths.kubeconfig } : {}),
    ...(drill.namespace ? { DRILL_NAMESPACE: drill.namespace } : {}),
    ...(env.lab ? { CKS_LAB_NODE_ROOT: env.lab.nodeRoot, CKS_LAB_STATUS: env.lab.status } : {}),
  };
}

export function checkContext(drill: Drill, env: DrillEnv): CheckContext {
  return { drill, kube: env.kube, lab: env.lab, workspace: env.paths.workspace, env: drillProcessEnv(drill, env) };
}

interface DrillState {
  startedAt: string;
  /** Node paths the task asks for that did not exist at setup (removed at cleanup). */
  nodeCreated: string[];
  /** Node files the drill placed, with whether a file was there before (it is then backed up). */
  nodeFiles: Array<{ path: string; backup?: string }>;
  /** Cluster-scoped objects the task asks for that did not exist before setup. */
  creates: ObjectRef[];
  manifestSnapshot: boolean;
}

function readState(paths: DrillPaths): DrillState | undefined {
  try {
    return JSON.parse(readFileSync(paths.stateFile, 'utf8')) as DrillState;
  } catch {
    return undefined;
  }
}

function writeState(paths: DrillPaths, state: DrillState) {
  mkdirSync(paths.state, { recursive: true });
  writeFileSync(paths.stateFile, JSON.stringify(state, null, 2));
}

export function labelled(object: KubeObject, drillId: string): KubeObject {
  const metadata = (object.metadata ?? {}) as NonNullable<KubeObject['metadata']>;
  return { ...object, metadata: { ...metadata, labels: { ...(metadata.labels ?? {}), [DRILL_LABEL]: drillId } } };
}

export function readManifests(drill: Drill, files: readonly string[]): KubeObject[] {
  return files.flatMap((file) =>
    parseAllDocuments(readFileSync(join(drill.dir, file), 'utf8'))
      .map((d) => d.toJS() as KubeObject | null)
      .filter((o): o is KubeObject => !!o),
  );
}

async function runScript(drill: Drill, env: DrillEnv, script: string, what: string): Promise<void> {
  const result = await execa('bash', [join(drill.dir, script)], { cwd: env.paths.workspace, env: drillProcessEnv(drill, env), reject: false, timeout: 180_000, all: true, stdin: 'ignore' });
  if (result.exitCode !== 0) {
    throw new Error(`${what} of drill ${drill.id} failed (${script}, exit ${result.exitCode ?? result.signal}): ${String(result.all ?? '').trim().split('\n').slice(-3).join(' | ')}`);
  }
}

/** Sets the drill up (after cleaning up any earlier attempt), so the clock can start. */
export async function setup(drill: Drill, env: DrillEnv): Promise<void> {
  await cleanup(drill, env);
  const { paths } = env;
  mkdirSync(paths.state, { recursive: true });
  const state: DrillState = { startedAt: new Date().toISOString(), nodeCreated: [], nodeFiles: [], creates: [], manifestSnapshot: false };
  if (env.kube) {
    for (const ref of drill.creates) if (!(await env.kube.get(ref))) state.creates.push(ref);
  }
  if (env.lab) {
    writeFileSync(paths.manifestSnapshot, readFileSync(env.lab.apiserverManifest));
    state.manifestSnapshot = true;
    state.nodeCreated = drill.createsOnNode.filter((p) => !existsSync(onNode(env.lab!, p)));
  }
  // Recorded before anything is created, so even a setup that fails half-way can be cleaned up.
  writeState(paths, state);

  rmSync(paths.workspace, { recursive: true, force: true });
  if (drill.workspace) cpSync(join(drill.dir, drill.workspace), paths.workspace, { recursive: true });
  else mkdirSync(paths.workspace, { recursive: true });

  if (env.kube && env.target) {
    await writeScopedKubeconfig(env.target, drill.namespace, paths.kubeconfig);
    if (drill.namespace) await env.kube.apply(labelled({ apiVersion: 'v1', kind: 'Namespace', metadata: { name: drill.namespace } }, drill.id));
    for (const object of readManifests(drill, drill.setup.manifests)) {
      const withNs = drill.namespace && object.kind !== 'Namespace' && !object.metadata?.namespace && (await isNamespaced(env.kube, object)) ? { ...object, metadata: { ...object.metadata, namespace: drill.namespace } } : object;
      await env.kube.apply(labelled(withNs, drill.id));
    }
  }
  if (env.lab) {
    for (const nodeFile of drill.setup.nodeFiles) {
      const target = onNode(env.lab, nodeFile.path);
      const entry: DrillState['nodeFiles'][number] = { path: nodeFile.path };
      if (existsSync(target)) {
        entry.backup = join(paths.state, `node-backup-${state.nodeFiles.length}`);
        cpSync(target, entry.backup);
      }
      state.nodeFiles.push(entry);
      writeState(paths, state);
      mkdirSync(dirname(target), { recursive: true });
      cpSync(join(drill.dir, nodeFile.from), target);
    }
  }
  if (drill.setup.script) await runScript(drill, env, drill.setup.script, 'setup');
}

async function isNamespaced(kube: Kube, object: KubeObject): Promise<boolean> {
  return (await kube.resources()).find((r) => r.apiVersion === object.apiVersion && r.kind === object.kind)?.namespaced ?? true;
}

export async function solve(drill: Drill, env: DrillEnv, script = drill.solution.script): Promise<void> {
  mkdirSync(env.paths.workspace, { recursive: true });
  await runScript(drill, env, script, 'the solution');
}

/** Every object still carrying this drill's label, across all resource kinds the server serves. */
export async function findLabelled(kube: Kube, drillId: string): Promise<ObjectRef[]> {
  const resources = (await kube.resources()).filter((r) => r.verbs.includes('list') && r.verbs.includes('delete'));
  const found = await Promise.all(
    resources.map(async (r) => {
      try {
        const items = await kube.list(r.apiVersion, r.kind, { labelSelector: `${DRILL_LABEL}=${drillId}` });
        return items.map((o) => ({ apiVersion: r.apiVersion, kind: r.kind, name: o.metadata?.name ?? '', namespace: o.metadata?.namespace }));
      } catch {
        return [];
      }
    }),
  );
  return found.flat();
}

const running = new Map<string, Promise<void>>();

/** Cleanups still running (the TUI may start one as it closes); the CLI waits for them before exiting. */
export function pendingCleanups(): string[] {
  return [...running.keys()];
}

export async function settleCleanups(): Promise<void> {
  await Promise.allSettled([...running.values()]);
}

/** Undoes setup and whatever the learner did inside the drill's scope. Idempotent. */
export function cleanup(drill: Drill, env: DrillEnv): Promise<void> {
  const existing = running.get(drill.id);
  if (existing) return existing;
  const job = cleanupNow(drill, env).finally(() => running.delete(drill.id));
  running.set(drill.id, job);
  return job;
}

async function cleanupNow(drill: Drill, env: DrillEnv): Promise<void> {
  const { paths } = env;
  const state = readState(paths);
  if (state && drill.cleanup.script) {
    mkdirSync(paths.workspace, { recursive: true });
    await runScript(drill, env, drill.cleanup.script, 'cleanup');
  }
  if (env.lab && state?.manifestSnapshot && existsSync(paths.manifestSnapshot)) {
    const snapshot = readFileSync(paths.manifestSnapshot, 'utf8');
    if (readFileSync(env.lab.apiserverManifest, 'utf8') !== snapshot) {
      await undoEncryptionAtRest(drill, env, snapshot);
      const before = readStatus(env.lab)?.components['kube-apiserver']?.pid;
      writeFileSync(env.lab.apiserverManifest, snapshot);
      await waitForApiserver(env.lab, before);
    }
  }
  if (env.lab && state) {
    for (const nodeFile of [...state.nodeFiles].reverse()) {
      const target = onNode(env.lab, nodeFile.path);
      if (nodeFile.backup && existsSync(nodeFile.backup)) cpSync(nodeFile.backup, target);
      else rmSync(target, { force: true });
    }
    for (const path of state.nodeCreated) rmSync(onNode(env.lab, path), { recursive: true, force: true });
  }
  if (env.kube) {
    for (const ref of state?.creates ?? []) await env.kube.delete(ref);
    const left = await findLabelled(env.kube, drill.id);
    // Namespaces last and awaited, so a setup right after does not race the namespace controller.
    for (const ref of left.filter((r) => r.kind !== 'Namespace')) await env.kube.delete(ref);
    const namespaces = left.filter((r) => r.kind === 'Namespace');
    for (const ref of namespaces) await env.kube.delete(ref);
    for (const ref of namespaces) await waitUntilGone(env.kube, ref);
  }
  rmSync(paths.state, { recursive: true, force: true });
}

/**
 * A drill that turned on encryption at rest may have re-encrypted every Secret. Going back to the old
 * manifest would leave the apiserver unable to read them (and never ready), so first make identity the
 * writing provider, restart, and rewrite the encrypted resources in plaintext; the learner's keys stay
 * as readers until then.
 */
async function undoEncryptionAtRest(drill: Drill, env: DrillEnv, snapshot: string): Promise<void> {
  const lab = env.lab!;
  const current = parseApiserverManifest(readFileSync(lab.apiserverManifest, 'utf8'));
  if (flagMap(current.args)['encryption-provider-config'] === flagMap(parseApiserverManifest(snapshot).args)['encryption-provider-config']) return;
  let configFile: string | undefined;
  try {
    configFile = resolveApiserverArgs(current, lab)
      .map(splitFlag)
      .find((f) => f.name === 'encryption-provider-config')?.value;
  } catch {
    return;
  }
  if (!configFile || !existsSync(configFile)) return;
  type Config = { resources?: Array<{ resources?: string[]; providers?: Array<Record<string, unknown>> }> };
  let config: Config;
  try {
    config = parse(readFileSync(configFile, 'utf8')) as Config;
  } catch {
    return;
  }
  const encrypted = new Set<string>();
  for (const entry of config.resources ?? []) {
    const providers = entry.providers ?? [];
    if (providers.some((p) => !('identity' in p))) for (const r of entry.resources ?? []) encrypted.add(r.includes('*') ? 'secrets' : r);
    entry.providers = [{ identity: {} }, ...providers.filter((p) => !('identity' in p))];
  }
  if (!encrypted.size) return;
  writeFileSync(configFile, stringify(config));
  // The apiserver reads the file only at start: a changed manifest restarts it, as on a node.
  const before = readStatus(lab)?.components['kube-apiserver']?.pid;
  writeFileSync(lab.apiserverManifest, `${readFileSync(lab.apiserverManifest, 'utf8').trimEnd()}\n# cks-tutor: storing encrypted data in plaintext before cleanup\n`);
  await waitForApiserver(lab, before);
  const processEnv = drillProcessEnv(drill, env);
  for (const resource of encrypted) {
    const list = await execa('kubectl', ['get', resource, '-A', '-o', 'json'], { env: processEnv, reject: false });
    if (list.exitCode === 0) await execa('kubectl', ['replace', '-f', '-'], { env: processEnv, input: list.stdout, reject: false });
  }
}

async function waitUntilGone(kube: Kube, ref: ObjectRef, timeoutMs = 120_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (!(await kube.get(ref))) return;
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`${ref.kind} ${ref.name} is still terminating after ${timeoutMs / 1000} s`);
}

/** After a manifest change: a new apiserver process is ready (the supervisor acts within ~2 s). */
export async function waitForApiserver(lab: LabLayout, previousPid: number | undefined, timeoutMs = 90_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const c = readStatus(lab)?.components['kube-apiserver'];
    if (c?.state === 'ready' && c.pid !== previousPid) return;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`the lab's kube-apiserver did not come back within ${timeoutMs / 1000} s: see cks-tutor lab status`);
}
