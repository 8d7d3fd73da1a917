// Reads just enough of the learner's kubeconfig to name the current context and its server, without
// loading client-node (which costs ~100 ms at start-up).
import { readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { delimiter, join } from 'node:path';
import { parse } from 'yaml';

export interface ContextInfo {
  name: string;
  server?: string;
  namespace?: string;
  /** The kubeconfig file that defines it. */
  file: string;
}

interface RawKubeconfig {
  'current-context'?: string;
  contexts?: Array<{ name: string; context?: { cluster?: string; namespace?: string } }>;
  clusters?: Array<{ name: string; cluster?: { server?: string } }>;
}

export function kubeconfigFiles(env: NodeJS.ProcessEnv = process.env): string[] {
  const list = env.KUBECONFIG?.split(delimiter).filter(Boolean);
  return list?.length ? list : [join(homedir(), '.kube', 'config')];
}

function readConfig(file: string): RawKubeconfig | undefined {
  try {
    return (parse(readFileSync(file, 'utf8')) as RawKubeconfig | null) ?? undefined;
  } catch {
    return undefined;
  }
}

/** The named context (or the current one) across the kubeconfig files, as kubectl merges them. */
export function findContext(name?: string, files = kubeconfigFiles()): ContextInfo | undefined {
  const configs = files.map((file) => ({ file, config: readConfig(file) })).filter((c) => c.config);
  const wanted = name ?? configs.map((c) => c.config!['current-context']).find(Boolean);
  if (!wanted) return undefined;
  for (const { file, config } of configs) {
    const ctx = config!.contexts?.find((c) => c.name === wanted);
    if (!ctx) continue;
    const clusterName = ctx.context?.cluster;
    const server = configs.flatMap((c) => c.config!.clusters ?? []).find((c) => c.name === clusterName)?.cluster?.server;
    return { name: wanted, server, namespace: ctx.context?.namespace, file };
  }
  return undefined;
}
