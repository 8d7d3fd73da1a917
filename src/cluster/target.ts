// Which cluster a drill may touch. The lab and clusters that live on this machine are fine; any other
// context needs the learner's explicit yes, once per context, remembered in the progress file.
import { isIP } from 'node:net';
import { UserError } from '../errors.js';
import { labLayout } from '../lab/layout.js';
import { LAB_CONTEXT, labDir, labIsRunning } from '../lab/state.js';
import { findContext, kubeconfigFiles, type ContextInfo } from './kubeconfig.js';

export interface ClusterTarget {
  context: string;
  /** The kubeconfig file(s) to use, joined as KUBECONFIG expects. */
  kubeconfig: string;
  server?: string;
  /** The local lab: its manifests, etcd and logs are there to inspect. */
  isLab: boolean;
  labDir?: string;
}

const LOCAL_NAMES = [/^kind-/, /^k3d-/, /^minikube$/, /^docker-desktop$/, /^rancher-desktop$/, /^orbstack$/];

function isLoopbackHost(server: string | undefined): boolean {
  if (!server) return false;
  let host: string;
  try {
    host = new URL(server).hostname.replace(/^\[|\]$/g, '');
  } catch {
    return false;
  }
  if (host === 'localhost' || host.endsWith('.localhost')) return true;
  if (isIP(host) === 4) return host.startsWith('127.');
  return host === '::1';
}

export function isLocalContext(ctx: Pick<ContextInfo, 'name' | 'server'>): boolean {
  return ctx.name === LAB_CONTEXT || LOCAL_NAMES.some((re) => re.test(ctx.name)) || isLoopbackHost(ctx.server);
}

/** The --context flag's context, else the lab while it runs, else the learner's current context. */
export function resolveTarget(dataDir: string, contextFlag?: string, env: NodeJS.ProcessEnv = process.env): ClusterTarget {
  const files = kubeconfigFiles(env);
  const lab = labDir(dataDir);
  if (contextFlag === LAB_CONTEXT || (!contextFlag && labIsRunning(dataDir))) {
    if (!labIsRunning(dataDir)) throw new UserError('the lab is not running: start it with cks-tutor lab up');
    return { context: LAB_CONTEXT, kubeconfig: labLayout(lab).kubeconfig, isLab: true, labDir: lab };
  }
  const ctx = findContext(contextFlag, files);
  if (!ctx) {
    throw new UserError(
      contextFlag
        ? `no context ${contextFlag} in ${files.join(', ')}`
        : 'no cluster: start the lab with cks-tutor lab up, or pass --context NAME for another cluster',
    );
  }
  return { context: ctx.name, kubeconfig: files.join(':'), server: ctx.server, isLab: false };
}

export interface GuardOptions {
  trusted: readonly string[];
  /** Asks the learner; resolves false when nobody can answer (no terminal). */
  ask(question: string): Promise<boolean>;
  /** Records a yes, so the question is asked once per context. */
  remember(context: string): Promise<void>;
}

/** Resolves when drills may use the target; throws a UserError when the learner did not allow it. */
export async function guardTarget(target: ClusterTarget, options: GuardOptions): Promise<void> {
  if (target.isLab || isLocalContext({ name: target.context, server: target.server })) return;
  if (options.trusted.includes(target.context)) return;
  const yes = await options.ask(
    `Context ${target.context} (${target.server ?? 'unknown server'}) is not a local cluster. Drills create, change and delete objects labelled cks-tutor.dev/drill there. Allow drills to use ${target.context}?`,
  );
  if (!yes) {
    throw new UserError(`context ${target.context} is not local, so drills do not touch it unless you allow it: run interactively and answer yes, or add --allow-context`);
  }
  await options.remember(target.context);
}
