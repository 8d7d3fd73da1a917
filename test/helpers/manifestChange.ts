// Learner-style edits of a kube-apiserver manifest through the YAML document, so the rest stays as written
// (used by the lab integration tests and the bench; no vitest here).
import { parseDocument, type YAMLSeq } from 'yaml';

export interface ManifestChange {
  flags?: string[];
  volumes?: Array<{ name: string; hostPath: string; type: string; mountPath: string; readOnly?: boolean }>;
}

/** Adds flags and hostPath volumes to a kube-apiserver manifest, keeping the rest as written. */
export function withManifestChange(text: string, change: ManifestChange): string {
  const doc = parseDocument(text);
  const container = ['spec', 'containers', 0];
  for (const flag of change.flags ?? []) (doc.getIn([...container, 'command']) as YAMLSeq).add(flag);
  for (const v of change.volumes ?? []) {
    (doc.getIn([...container, 'volumeMounts']) as YAMLSeq).add(doc.createNode({ mountPath: v.mountPath, name: v.name, readOnly: v.readOnly ?? true }));
    (doc.getIn(['spec', 'volumes']) as YAMLSeq).add(doc.createNode({ hostPath: { path: v.hostPath, type: v.type }, name: v.name }));
  }
  return doc.toString({ lineWidth: 0 });
}
