// `resource`: an object exists (or is absent), optionally matching a CEL predicate over `object`; without
// a name, the objects matching a label selector are `objects`.
import type { CheckRunner } from './types.js';
import { judge, need } from './predicate.js';

export const resource: CheckRunner = async (check, ctx) => {
  const spec = check.resource!;
  const kube = need(ctx.kube, 'a cluster');
  if (spec.name) {
    const where = `${spec.kind} ${spec.namespace ? `${spec.namespace}/` : ''}${spec.name}`;
    const object = await kube.get({ apiVersion: spec.apiVersion, kind: spec.kind, namespace: spec.namespace, name: spec.name });
    if (spec.absent) return object ? { passed: false, message: `${where} still exists` } : { passed: true, message: 'gone' };
    if (!object) return { passed: false, message: `${where} not found` };
    return judge(check, { object, objects: [object] }, `${where} exists, but not as required`);
  }
  const objects = await kube.list(spec.apiVersion, spec.kind, { namespace: spec.namespace, labelSelector: spec.labelSelector });
  const scope = `${spec.namespace ? ` in ${spec.namespace}` : ''}${spec.labelSelector ? ` with ${spec.labelSelector}` : ''}`;
  if (spec.absent) return objects.length ? { passed: false, message: `${objects.length} ${spec.kind}${scope} still there` } : { passed: true, message: 'none' };
  return judge(check, { objects, object: objects[0] ?? null }, objects.length ? `the ${spec.kind} objects${scope} do not do this yet` : `no ${spec.kind}${scope} yet`);
};
