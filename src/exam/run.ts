// Running a mock exam on a cluster: which drills this environment can run, setting every task up before
// the clock starts, checking them all at the end, and cleaning up in reverse order (lab tasks restore
// the apiserver manifest they snapshotted, so the last one set up is the first one undone).
import type { ClusterTarget } from '../cluster/target.js';
import { resolveTarget } from '../cluster/target.js';
import type { Catalog, Drill } from '../content/catalog.js';
import { runChecks, type CheckResult } from '../drills/checks/index.js';
import { checkContext, cleanup, preflight, setup, type DrillEnv } from '../drills/runtime.js';
import { which } from '../tools.js';
import type { ExamState } from './session.js';

export interface Environment {
  target?: ClusterTarget;
  canRun(drill: Drill): boolean;
  /** What was found, for the intro screen and --plan-only. */
  describe: string;
}

/**
 * What a mock exam can draw here, without asking anything: drills allowed in exams whose tools are on
 * PATH; files drills always; api drills with any cluster; lab drills with the lab; node drills only off
 * the lab (a cluster with nodes is checked at setup).
 */
export function environment(dataDir: string, contextFlag?: string): Environment {
  let target: ClusterTarget | undefined;
  try {
    target = resolveTarget(dataDir, contextFlag);
  } catch {
    target = undefined;
  }
  const canRun = (d: Drill) => {
    if (!d.mockExam || !d.tools.every((t) => which(t))) return false;
    if (d.requires.includes('files')) return true;
    if (!target) return false;
    if (d.requires.includes('lab')) return target.isLab;
    if (d.requires.includes('node')) return !target.isLab;
    return true;
  };
  const describe = target ? `context ${target.context}${target.isLab ? ' (the lab)' : ''}` : 'no cluster: only drills on files can be drawn (start the lab with cks-tutor lab up)';
  return { target, canRun, describe };
}

export type Resolve = () => Promise<ClusterTarget>;

/** Preflight for every task: the environments to set up, check and clean up with. */
export async function prepareEnvs(catalog: Catalog, state: ExamState, dataDir: string, resolve: Resolve): Promise<Map<string, DrillEnv>> {
  const envs = new Map<string, DrillEnv>();
  let target: ClusterTarget | undefined;
  // Resolve (and guard) once for the whole exam, not once per task.
  const once: Resolve = async () => (target ??= await resolve());
  for (const task of state.tasks) {
    const drill = catalog.drillById.get(task.drill)!;
    const result = await preflight(drill, dataDir, once);
    if (!result.ok) throw new Error(`task ${drill.title}: ${result.reasons.join('; ')}`);
    envs.set(drill.id, result.env);
  }
  return envs;
}

export async function setupExam(catalog: Catalog, state: ExamState, envs: ReadonlyMap<string, DrillEnv>, progress: (done: number, drill: Drill) => void): Promise<void> {
  let done = 0;
  for (const task of state.tasks) {
    const drill = catalog.drillById.get(task.drill)!;
    progress(done, drill);
    await setup(drill, envs.get(drill.id)!);
    done += 1;
  }
  progress(done, catalog.drillById.get(state.tasks.at(-1)!.drill)!);
}

export async function checkExam(catalog: Catalog, state: ExamState, envs: ReadonlyMap<string, DrillEnv>): Promise<Map<string, CheckResult[]>> {
  const results = new Map<string, CheckResult[]>();
  await Promise.all(
    state.tasks.map(async (task) => {
      const drill = catalog.drillById.get(task.drill)!;
      results.set(drill.id, await runChecks(drill.checks, checkContext(drill, envs.get(drill.id)!)));
    }),
  );
  return results;
}

export async function cleanupExam(catalog: Catalog, state: ExamState, envs: ReadonlyMap<string, DrillEnv>): Promise<string[]> {
  const failures: string[] = [];
  for (const task of [...state.tasks].reverse()) {
    const drill = catalog.drillById.get(task.drill)!;
    const env = envs.get(drill.id);
    if (!env) continue;
    try {
      await cleanup(drill, env);
    } catch (e) {
      failures.push(`${drill.id}: ${(e as Error).message}`);
    }
  }
  return failures;
}
