import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { indexCatalog, type Catalog, type Drill } from '../../src/content/catalog.js';
import { DOMAINS, type DomainId } from '../../src/content/domains.js';
import type { Check } from '../../src/content/schema.js';
import type { CheckResult } from '../../src/drills/checks/index.js';
import { examSettings } from '../../src/exam/commands.js';
import { apportion, describeShortfall, domainShares, seeded, selectTasks } from '../../src/exam/select.js';
import { examRecord, newExam, openTask, remainingMs, savedExam, scoreExam, tick, toggleFlag } from '../../src/exam/session.js';
import { Store } from '../../src/store/store.js';
import { REPO, tempDir } from '../helpers/paths.js';

function drill(id: string, domain: DomainId, minutes = 5, requires: Drill['requires'] = ['api'], checks: Array<Partial<Check>> = [{ id: 'a' }, { id: 'b' }]): Drill {
  return { id, domain, minutes, requires, tools: [], checks: checks.map((c) => ({ title: c.id, guard: false, kind: 'resource', ...c })) } as unknown as Drill;
}

/** Enough drills per domain for any draw, or `perDomain` overrides. */
function catalogOf(perDomain: Partial<Record<DomainId, number>> = {}): Catalog {
  const drills = DOMAINS.flatMap((d) => Array.from({ length: perDomain[d.id] ?? 8 }, (_, i) => drill(`${d.id}-${i}`, d.id, 3 + (i % 4))));
  return indexCatalog({ root: '/', modules: [], lessons: [], cards: [], questions: [], drills, plan: { weeks: [] } });
}

describe('drawing a mock exam', () => {
  it('apportions exactly: parts follow the weights and sum to the total', () => {
    // 16 tasks: 2.4, 2.4, 1.6, 3.2, 3.2, 3.2 -> floors 14, and the two largest remainders (1.6, then the first 2.4) get one more.
    expect(apportion([15, 15, 10, 20, 20, 20], 16)).toEqual([3, 2, 2, 3, 3, 3]);
    for (const total of [15, 16, 17, 18, 19, 20, 100]) expect(apportion([15, 15, 10, 20, 20, 20], total).reduce((a, b) => a + b, 0)).toBe(total);
    expect(apportion([1, 1, 1], 2)).toEqual([1, 1, 0]);
  });

  it('over many draws, each domain gets its exam share of tasks and of the score', () => {
    const catalog = catalogOf();
    const random = seeded(1);
    const tasks: Record<string, number> = {};
    const weight: Record<string, number> = {};
    const draws = 400;
    for (let i = 0; i < draws; i++) {
      const plan = selectTasks(catalog, { count: 15 + (i % 6), random, canRun: () => true });
      expect(plan.tasks.length).toBe(15 + (i % 6));
      expect(plan.tasks.reduce((a, t) => a + t.weight, 0)).toBe(100);
      expect(new Set(plan.tasks.map((t) => t.drill)).size).toBe(plan.tasks.length);
      expect(plan.shortfalls).toEqual([]);
      for (const t of plan.tasks) {
        tasks[t.domain] = (tasks[t.domain] ?? 0) + 1 / plan.tasks.length;
        weight[t.domain] = (weight[t.domain] ?? 0) + t.weight;
      }
    }
    for (const d of DOMAINS) {
      expect(Math.abs((100 * tasks[d.id]!) / draws - d.weight)).toBeLessThan(2.5);
      expect(Math.abs(weight[d.id]! / draws - d.weight)).toBeLessThan(1);
    }
  });

  it('reports a domain with no runnable drill, and gives its slots to other domains', () => {
    const catalog = catalogOf();
    const plan = selectTasks(catalog, { count: 16, random: seeded(3), canRun: (d) => d.domain !== 'supply-chain' });
    expect(plan.shortfalls).toEqual([{ domain: 'supply-chain', wanted: 3, available: 0 }]);
    expect(plan.tasks).toHaveLength(16);
    expect(plan.tasks.some((t) => t.domain === 'supply-chain')).toBe(false);
    expect(plan.tasks.reduce((a, t) => a + t.weight, 0)).toBe(100);
    expect(describeShortfall(plan.shortfalls[0]!)).toBe('Supply Chain Security: none of its 3 tasks can run here; its slots and its share of the score went to the other domains.');
    expect(describeShortfall({ domain: 'cluster-setup', wanted: 3, available: 1 })).toBe('Cluster Setup: 1 of its 3 tasks can run here; the other slots went to other domains.');
  });

  it('keeps at most four tasks that edit the lab control plane', () => {
    const drills = DOMAINS.flatMap((d) => Array.from({ length: 6 }, (_, i) => drill(`${d.id}-lab-${i}`, d.id, 5, ['lab'])));
    const catalog = indexCatalog({ root: '/', modules: [], lessons: [], cards: [], questions: [], drills: [...drills, ...catalogOf().drills], plan: { weeks: [] } });
    for (let s = 0; s < 30; s++) {
      const plan = selectTasks(catalog, { count: 20, random: seeded(s), canRun: () => true });
      expect(plan.tasks.filter((t) => t.drill.includes('-lab-')).length).toBeLessThanOrEqual(4);
    }
  });

  it('sums the draw per domain in exam order, for the preview', () => {
    const plan = selectTasks(catalogOf(), { count: 16, random: seeded(5), canRun: (d) => d.domain !== 'supply-chain' });
    const shares = domainShares(plan.tasks);
    expect(shares.map((s) => s.domain)).toEqual(DOMAINS.map((d) => d.id).filter((d) => d !== 'supply-chain'));
    expect(shares.reduce((n, s) => n + s.tasks, 0)).toBe(plan.tasks.length);
    expect(shares.reduce((n, s) => n + s.weight, 0)).toBe(100);
    for (const s of shares) expect(s.weight).toBe(plan.tasks.filter((t) => t.domain === s.domain).reduce((n, t) => n + t.weight, 0));
  });

  it('draws the same exam for the same seed', () => {
    const catalog = catalogOf();
    const a = selectTasks(catalog, { count: 17, random: seeded(42), canRun: () => true });
    const b = selectTasks(catalog, { count: 17, random: seeded(42), canRun: () => true });
    expect(a).toEqual(b);
  });

  it('validates the exam flags with a message naming the flag', () => {
    expect(examSettings({ seed: '5' })).toMatchObject({ minutes: 120, count: 16, practice: false, seed: 5 });
    expect(examSettings({ practice: true, seed: '1' })).toMatchObject({ minutes: 30, count: 5, practice: true });
    expect(() => examSettings({ tasks: '12' })).toThrow('--tasks must be a whole number from 15 to 20, not 12');
    expect(() => examSettings({ minutes: 'lots' })).toThrow('--minutes must be a whole number from 5 to 240, not lots');
  });
});

describe('scoring a mock exam', () => {
  const catalog = indexCatalog({
    root: '/',
    modules: [],
    lessons: [],
    cards: [],
    questions: [],
    drills: [drill('t1', 'cluster-setup'), drill('t2', 'runtime-security', 5, ['api'], [{ id: 'a' }, { id: 'b' }, { id: 'g', guard: true }]), drill('t3', 'runtime-security')],
    plan: { weeks: [] },
  });
  const state = newExam(
    [
      { drill: 't1', domain: 'cluster-setup', weight: 40 },
      { drill: 't2', domain: 'runtime-security', weight: 30 },
      { drill: 't3', domain: 'runtime-security', weight: 30 },
    ],
    120,
    false,
    new Date('2026-11-23T10:00:00Z'),
  );
  const results = (passed: Record<string, string[]>) =>
    new Map(Object.entries(passed).map(([d, ids]) => [d, ['a', 'b', 'g'].map((id) => ({ id, title: id, passed: ids.includes(id), message: '', unreachable: false }) as CheckResult)]));

  it('earns each task its weight times the share of its checks, and passes at 67 %', () => {
    const full = scoreExam(state, catalog, results({ t1: ['a', 'b'], t2: ['a', 'b', 'g'], t3: ['a', 'b'] }));
    expect(full).toMatchObject({ percent: 100, passed: true, domains: { 'cluster-setup': 100, 'runtime-security': 100 } });
    const partial = scoreExam(state, catalog, results({ t1: ['a', 'b'], t2: ['a', 'g'], t3: [] }));
    expect(partial.percent).toBe(55);
    expect(partial.passed).toBe(false);
    expect(partial.domains).toEqual({ 'cluster-setup': 100, 'runtime-security': 25 });
    const edge = scoreExam(state, catalog, results({ t1: ['a', 'b'], t2: ['a', 'b', 'g'], t3: ['a'] }));
    expect(edge).toMatchObject({ percent: 85, passed: true });
  });

  it('scores 0 with nothing done, and a broken guard zeroes its task', () => {
    expect(scoreExam(state, catalog, results({ t1: [], t2: ['g'], t3: [] })).percent).toBe(0);
    expect(scoreExam(state, catalog, results({ t1: ['a', 'b'], t2: ['a', 'b'], t3: ['a', 'b'] })).percent).toBe(70);
  });

  it('turns into a record with per-task time and score', () => {
    const played = tick(openTask(tick(state, 90_000), 2), 30_000);
    const record = examRecord(played, scoreExam(played, catalog, results({ t1: ['a', 'b'], t2: [], t3: ['a'] })), new Date('2026-11-23T12:00:00Z'));
    expect(record.tasks.map((t) => [t.drill, t.score, t.seconds])).toEqual([
      ['t1', 100, 90],
      ['t2', 0, 0],
      ['t3', 50, 30],
    ]);
  });
});

describe('the exam clock and resuming after a crash', () => {
  it('counts down, charges the open task, never goes below zero', () => {
    let s = newExam([{ drill: 'x', domain: 'cluster-setup', weight: 100 }], 1, true, new Date());
    s = tick(s, 45_000);
    expect(remainingMs(s)).toBe(15_000);
    s = tick(s, 60_000);
    expect(remainingMs(s)).toBe(0);
    expect(toggleFlag(s).tasks[0]!.flagged).toBe(true);
  });

  it('resumes the saved exam, with the clock where it was, after the process died', async () => {
    const dir = tempDir();
    const catalog = indexCatalog({ root: '/', modules: [], lessons: [], cards: [], questions: [], drills: [drill('x', 'cluster-setup')], plan: { weeks: [] } });
    // A child process starts an exam, plays 7 minutes of it, saves, and is killed before it can finish.
    const script = `
      const { Store } = await import(${JSON.stringify(join(REPO, 'src/store/store.ts'))});
      const { newExam, tick } = await import(${JSON.stringify(join(REPO, 'src/exam/session.ts'))});
      const store = await Store.open(${JSON.stringify(dir)});
      const state = tick({ ...newExam([{ drill: 'x', domain: 'cluster-setup', weight: 100 }], 120, false, new Date()), ready: true }, 7 * 60_000);
      await store.update((d) => void (d.activeExam = state));
      process.stdout.write('saved\\n');
      setInterval(() => {}, 1000);
    `;
    const child = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { cwd: REPO, stdio: ['ignore', 'pipe', 'inherit'] });
    await new Promise<void>((resolve) => child.stdout.on('data', (c: Buffer) => c.toString().includes('saved') && resolve()));
    child.kill('SIGKILL');
    const store = await Store.open(dir);
    const resumed = savedExam(store.data.activeExam, catalog)!;
    expect(resumed.ready).toBe(true);
    expect(remainingMs(resumed)).toBe(113 * 60_000);
    expect(resumed.tasks[0]!.seconds).toBe(420);
    // A saved exam whose drills no longer exist is not offered.
    expect(savedExam(store.data.activeExam, catalogOf())).toBeUndefined();
  }, 30_000);
});
