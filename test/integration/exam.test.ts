// A three-task mock exam on the real lab, through the same functions the exam screen uses: with the
// reference solutions it scores 100 %, with nothing done 0 %, and it leaves nothing behind.
import { describe, expect, it } from 'vitest';
import { resolveTarget } from '../../src/cluster/target.js';
import { loadCatalog } from '../../src/content/load.js';
import { findLabelled, solve } from '../../src/drills/runtime.js';
import { checkExam, cleanupExam, prepareEnvs, setupExam } from '../../src/exam/run.js';
import { newExam, scoreExam } from '../../src/exam/session.js';
import { lab } from '../helpers/lab.js';
import { contentRoot } from '../../src/paths.js';

const catalog = loadCatalog(contentRoot());
const ids = ['netpol-default-deny', 'rbac-deployer-least-privilege', 'audit-log-investigation'];
const tasks = ids.map((id, i) => ({ drill: id, domain: catalog.drillById.get(id)!.domain, weight: [40, 35, 25][i]! }));

async function run(solved: boolean) {
  const { dataDir } = lab();
  const state = newExam(tasks, 10, true, new Date());
  const envs = await prepareEnvs(catalog, state, dataDir, async () => resolveTarget(dataDir));
  await setupExam(catalog, state, envs, () => {});
  try {
    if (solved) for (const id of ids) await solve(catalog.drillById.get(id)!, envs.get(id)!);
    return scoreExam(state, catalog, await checkExam(catalog, state, envs));
  } finally {
    expect(await cleanupExam(catalog, state, envs)).toEqual([]);
    const kube = envs.get('netpol-default-deny')!.kube!;
    for (const id of ids) expect(await findLabelled(kube, id)).toEqual([]);
  }
}

describe('a mock exam on the lab', () => {
  it('scores 100 % with every reference solution applied', async () => {
    const score = await run(true);
    expect(score.tasks.map((t) => [t.drill, t.share])).toEqual(ids.map((id) => [id, 1]));
    expect(score).toMatchObject({ percent: 100, passed: true });
  }, 240_000);

  it('scores 0 % when nothing is done', async () => {
    const score = await run(false);
    expect(score).toMatchObject({ percent: 0, passed: false });
    expect(Object.values(score.domains).every((p) => p === 0)).toBe(true);
  }, 240_000);
});
