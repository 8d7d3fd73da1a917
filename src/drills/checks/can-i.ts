// `can-i`: a SubjectAccessReview for a user or service account, as `kubectl auth can-i --as` would ask.
import type { CheckRunner } from './types.js';
import { need } from './predicate.js';

/** The groups the apiserver itself adds to an authenticated identity. */
export function groupsFor(user: string, extra: readonly string[]): string[] {
  const sa = /^system:serviceaccount:([^:]+):[^:]+$/.exec(user);
  const implied = sa ? ['system:serviceaccounts', `system:serviceaccounts:${sa[1]}`] : [];
  return [...new Set([...implied, ...extra, 'system:authenticated'])];
}

export const canI: CheckRunner = async (check, ctx) => {
  const spec = check['can-i']!;
  const kube = need(ctx.kube, 'a cluster');
  const result = await kube.canI({
    user: spec.as,
    groups: groupsFor(spec.as, spec.groups),
    verb: spec.verb,
    resource: spec.resource,
    group: spec.group,
    subresource: spec.subresource,
    namespace: spec.namespace,
    name: spec.name,
  });
  const what = `${spec.as} ${result.allowed ? 'can' : 'cannot'} ${spec.verb} ${spec.resource}${spec.subresource ? `/${spec.subresource}` : ''}${spec.namespace ? ` in ${spec.namespace}` : ''}`;
  return result.allowed === spec.allowed ? { passed: true, message: what } : { passed: false, message: `${what}, but ${spec.allowed ? 'should be able to' : 'should not'}` };
};
