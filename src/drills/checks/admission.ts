// `admission`: what the API server's admission chain says about a manifest, by server-side dry-run.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import type { KubeObject } from '../../cluster/kube.js';
import type { CheckRunner } from './types.js';
import { need } from './predicate.js';

export const admission: CheckRunner = async (check, ctx) => {
  const spec = check.admission!;
  const kube = need(ctx.kube, 'a cluster');
  let object: KubeObject;
  if (spec.podFrom) {
    const workload = await kube.get(spec.podFrom);
    if (!workload) return { passed: false, message: `${spec.podFrom.kind} ${spec.podFrom.namespace}/${spec.podFrom.name} not found` };
    type Template = { metadata?: Record<string, unknown>; spec?: unknown };
    const workloadSpec = workload.spec as { template?: Template; jobTemplate?: { spec?: { template?: Template } } } | undefined;
    const template = workloadSpec?.template ?? workloadSpec?.jobTemplate?.spec?.template;
    if (!template?.spec) return { passed: false, message: `${spec.podFrom.kind} ${spec.podFrom.name} has no pod template` };
    object = { apiVersion: 'v1', kind: 'Pod', metadata: { ...(template.metadata ?? {}), name: `${spec.podFrom.name}-admission-check`, namespace: spec.podFrom.namespace }, spec: template.spec } as KubeObject;
  } else {
    object = parse(readFileSync(join(ctx.drill.dir, spec.manifest!), 'utf8')) as KubeObject;
  }
  if (spec.namespace) object.metadata = { ...object.metadata, namespace: spec.namespace };
  const name = `${object.kind} ${object.metadata?.name ?? ''}`.trim();
  const result = await kube.dryRunCreate(object);
  if (result.allowed !== spec.allowed) {
    return { passed: false, message: spec.allowed ? `${name} is rejected: ${result.message}` : `${name} is still admitted` };
  }
  const missing = spec.messageContains.filter((m) => !result.message.includes(m));
  if (missing.length) return { passed: false, message: `${name} is rejected, but not for the expected reason (${result.message})` };
  return { passed: true, message: spec.allowed ? `${name} is admitted` : `${name} is rejected` };
};
