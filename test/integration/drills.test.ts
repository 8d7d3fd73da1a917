// Every drill in drills/, on the real lab: setup works; before any fix the checks the task is about fail;
// the reference solution (and every alternative solution) makes all checks pass; every near miss leaves at
// least one failing; cleanup leaves nothing labelled and puts the lab's files back.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { resolveTarget } from '../../src/cluster/target.js';
import type { Drill } from '../../src/content/catalog.js';
import { loadCatalog } from '../../src/content/load.js';
import { runChecks, type CheckResult } from '../../src/drills/checks/index.js';
import { checkContext, cleanup, findLabelled, preflight, setup, solve, type DrillEnv } from '../../src/drills/runtime.js';
import { lab } from '../helpers/lab.js';
import { CLI, REPO } from '../helpers/paths.js';
import { execa } from 'execa';
import { which } from '../../src/tools.js';
import { environment } from '../../src/exam/run.js';

const catalog = loadCatalog(REPO);

async function ready(drill: Drill): Promise<DrillEnv> {
  const { dataDir } = lab();
  const result = await preflight(drill, dataDir, async () => resolveTarget(dataDir));
  expect(result.reasons).toEqual([]);
  return result.env;
}

/** Checks can lag a change by a moment (an apiserver restart, an audit event being flushed). */
async function settle(drill: Drill, env: DrillEnv, done: (r: CheckResult[]) => boolean, timeoutMs = 60_000): Promise<CheckResult[]> {
  const deadline = Date.now() + timeoutMs;
  let results = await runChecks(drill.checks, checkContext(drill, env));
  while (!done(results) && Date.now() < deadline) {
    await new Promise((r) => setTimeout(r, 500));
    results = await runChecks(drill.checks, checkContext(drill, env));
  }
  return results;
}

const failing = (results: CheckResult[]) => results.filter((r) => !r.passed).map((r) => `${r.id}: ${r.message}`);

async function exercise(drill: Drill) {
  const env = await ready(drill);
  const manifestBefore = env.lab ? readFileSync(env.lab.apiserverManifest, 'utf8') : undefined;
  try {
    await setup(drill, env);
    const before = await runChecks(drill.checks, checkContext(drill, env));
    expect(before.some((r) => r.unreachable)).toBe(false);
    const guards = new Set(drill.checks.filter((c) => c.guard).map((c) => c.id));
    expect(before.filter((r) => guards.has(r.id) && !r.passed).map((r) => r.id), 'guard checks hold before the fix').toEqual([]);
    expect(before.filter((r) => !guards.has(r.id) && r.passed).map((r) => r.id), 'task checks fail before the fix').toEqual([]);

    for (const script of [drill.solution.script, ...drill.solution.alternatives]) {
      if (script !== drill.solution.script) await setup(drill, env);
      await solve(drill, env, script);
      const after = await settle(drill, env, (r) => r.every((x) => x.passed));
      expect(failing(after), `${script} passes every check`).toEqual([]);
    }
    for (const script of drill.solution.nearMisses) {
      await setup(drill, env);
      await solve(drill, env, script);
      // Given time to (wrongly) pass: an apiserver restart or an audit flush can lag the script.
      const after = await settle(drill, env, (r) => r.every((x) => x.passed), drill.requires.includes('lab') ? 10_000 : 3_000);
      expect(failing(after).length, `${script} must leave a check failing`).toBeGreaterThan(0);
    }
  } finally {
    await cleanup(drill, env);
  }
  if (env.kube) expect(await findLabelled(env.kube, drill.id)).toEqual([]);
  if (env.kube) for (const ref of drill.creates) expect(await env.kube.get(ref), `${ref.kind} ${ref.name} removed`).toBeUndefined();
  if (env.lab) expect(readFileSync(env.lab.apiserverManifest, 'utf8')).toBe(manifestBefore);
}

// Drills that only need files or the API run a few at a time; drills that edit the lab's control plane
// restart the apiserver and so run one after another, after the others.
// Outside CI a drill whose tools this machine lacks is skipped, naming them; CI installs every tool.
const missingTools = (d: Drill) => (process.env.CI ? [] : d.tools.filter((t) => !which(t)));
const runnable = catalog.drills.filter((d) => missingTools(d).length === 0);
const withoutTools = catalog.drills.filter((d) => missingTools(d).length > 0);
const shared = runnable.filter((d) => !d.requires.includes('lab') && !d.requires.includes('node'));
const labOnly = runnable.filter((d) => d.requires.includes('lab'));
const nodeDrills = catalog.drills.filter((d) => d.requires.includes('node'));

if (shared.length) describe('drills that need files or any cluster API', () => {
  it.concurrent.each(shared.map((d) => [d.id, d] as const))('%s', async (_id, drill) => exercise(drill), 300_000);
});

if (labOnly.length) describe('drills that edit the lab control plane', () => {
  // Generous: a lab drill restarts the apiserver several times (ImagePolicyWebhook takes ~200 s here).
  it.each(labOnly.map((d) => [d.id, d] as const))('%s', async (_id, drill) => exercise(drill), 600_000);
});

if (withoutTools.length) describe('drills whose tools this machine lacks', () => {
  it.skip.each(withoutTools.map((d) => [d.id, missingTools(d).join(', ')] as const))('%s (needs %s; CI installs it)', () => {});
});

if (nodeDrills.length) describe('drills that need real nodes', () => {
  it.each(nodeDrills.map((d) => [d.id, d] as const))('%s: the lab preflight says why it cannot run there', async (_id, drill) => {
    const { dataDir } = lab();
    const result = await preflight(drill, dataDir, async () => resolveTarget(dataDir));
    expect(result.ok).toBe(false);
    expect(result.reasons.join(' ')).toContain('the lab has none');
  });
});

describe('a drill that leaves the lab apiserver down', () => {
  it('can still be checked and cleaned up from the CLI while the apiserver is down, and is never drawn into a mock exam', async () => {
    const drill = catalog.drillById.get('apiserver-manifest-repair')!;
    expect(drill.mockExam).toBe(false);
    const { dataDir } = lab();
    const env = await ready(drill);
    const manifestBefore = readFileSync(env.lab!.apiserverManifest, 'utf8');
    await setup(drill, env);
    try {
      // Down now: preflight still lets the drill run on the lab, and the CLI check reports failing checks (exit 1), not "cannot run" (2).
      const again = await preflight(drill, dataDir, async () => resolveTarget(dataDir));
      expect(again.reasons).toEqual([]);
      const check = await execa(process.execPath, [CLI, '--data-dir', dataDir, 'drill', 'check', drill.id, '--json'], { reject: false, env: { CKS_TUTOR_CONTENT: REPO } });
      expect(check.exitCode).toBe(1);
      expect(JSON.parse(check.stdout).passed).toBe(false);
    } finally {
      const cleaned = await execa(process.execPath, [CLI, '--data-dir', dataDir, 'drill', 'cleanup', drill.id], { reject: false, env: { CKS_TUTOR_CONTENT: REPO } });
      expect(cleaned.stderr).toBe('');
      expect(cleaned.exitCode).toBe(0);
    }
    expect(readFileSync(env.lab!.apiserverManifest, 'utf8')).toBe(manifestBefore);
    expect(environment(dataDir).canRun(drill)).toBe(false);
  }, 300_000);
});
