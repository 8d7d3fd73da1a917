// Which kube context the app would use, for the header: the --context flag, else the lab while it
// runs, else the learner's current context.
import { labIsRunning, LAB_CONTEXT } from '../lab/state.js';
import { findContext } from './kubeconfig.js';

export function currentContextLabel(dataDir: string, flag?: string): string | undefined {
  if (flag) return flag;
  if (labIsRunning(dataDir)) return LAB_CONTEXT;
  return findContext()?.name;
}
