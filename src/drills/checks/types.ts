// What every check kind receives and returns. A check only reads: it never changes the cluster or files.
import type { Kube } from '../../cluster/kube.js';
import type { Drill } from '../../content/catalog.js';
import type { Check } from '../../content/schema.js';
import type { LabLayout } from '../../lab/layout.js';

export interface CheckContext {
  drill: Drill;
  /** The cluster, for drills that need one. */
  kube?: Kube;
  /** The lab's files, when the drill runs on the lab. */
  lab?: LabLayout;
  /** The learner's workspace folder for this drill. */
  workspace: string;
  /** Environment for commands: KUBECONFIG, PATH with the lab's tools first ... */
  env: Record<string, string>;
}

export interface Outcome {
  passed: boolean;
  /** Why it failed (or a short note when it passed), in words a learner understands. */
  message: string;
}

export type CheckRunner = (check: Check, ctx: CheckContext) => Promise<Outcome>;
