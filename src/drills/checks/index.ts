// Runs checks: dispatches on kind and turns an unreachable cluster or a crash into a failed check with a
// reason, never an exception.
import { UnreachableError } from '../../cluster/kube.js';
import type { Check, CheckKind } from '../../content/schema.js';
import { admission } from './admission.js';
import { apiserverFlag } from './apiserver-flag.js';
import { auditLog } from './audit-log.js';
import { canI } from './can-i.js';
import { command } from './command.js';
import { etcd } from './etcd.js';
import { file } from './file.js';
import { resource } from './resource.js';
import type { CheckContext, CheckRunner, Outcome } from './types.js';

const RUNNERS: Record<CheckKind, CheckRunner> = {
  resource,
  'can-i': canI,
  admission,
  file,
  'apiserver-flag': apiserverFlag,
  command,
  'audit-log': auditLog,
  etcd,
};

export interface CheckResult extends Outcome {
  id: string;
  title: string;
  /** The cluster could not be reached: the result says nothing about the learner's work. */
  unreachable: boolean;
}

export async function runCheck(check: Check, ctx: CheckContext): Promise<CheckResult> {
  try {
    const outcome = await RUNNERS[check.kind](check, ctx);
    return { id: check.id, title: check.title, ...outcome, unreachable: false };
  } catch (e) {
    const unreachable = e instanceof UnreachableError;
    return { id: check.id, title: check.title, passed: false, message: unreachable ? 'cluster unreachable, retrying' : (e as Error).message, unreachable };
  }
}

export function runChecks(checks: readonly Check[], ctx: CheckContext): Promise<CheckResult[]> {
  return Promise.all(checks.map((c) => runCheck(c, ctx)));
}
