// A mock exam as plain data: its state (saved in the progress file as it goes, so a crash resumes it
// with the clock where it was), and scoring like the real exam: each task earns its weight times the
// share of its checks that pass; 67 % passes.
import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import type { Catalog } from '../content/catalog.js';
import { DOMAIN_IDS, PASS_PERCENT, type DomainId } from '../content/domains.js';
import type { CheckResult } from '../drills/checks/index.js';
import { checkShare } from '../drills/score.js';
import type { DrillAttempt, ExamRecord } from '../store/schema.js';
import type { ExamTask } from './select.js';

export const EXAM_MINUTES = 120;

const taskStateSchema = z.object({
  drill: z.string(),
  domain: z.enum(DOMAIN_IDS),
  weight: z.number(),
  /** Time spent with this task open. */
  seconds: z.number(),
  flagged: z.boolean(),
  visited: z.boolean(),
});

export const examStateSchema = z.object({
  id: z.string(),
  startedAt: z.string(),
  minutes: z.number(),
  practice: z.boolean(),
  /** Exam time used so far; the clock resumes from here after a crash. */
  elapsedMs: z.number(),
  current: z.number(),
  /** Every task is set up (the clock starts only then). */
  ready: z.boolean(),
  tasks: z.array(taskStateSchema).min(1),
});

export type ExamState = z.output<typeof examStateSchema>;
export type ExamTaskState = z.output<typeof taskStateSchema>;

export function newExam(tasks: readonly ExamTask[], minutes: number, practice: boolean, now: Date): ExamState {
  return {
    id: randomUUID(),
    startedAt: now.toISOString(),
    minutes,
    practice,
    elapsedMs: 0,
    current: 0,
    ready: false,
    tasks: tasks.map((t) => ({ ...t, seconds: 0, flagged: false, visited: false })),
  };
}

/** The saved exam, if the store holds one that still makes sense for this catalog. */
export function savedExam(raw: unknown, catalog: Catalog): ExamState | undefined {
  const parsed = examStateSchema.safeParse(raw);
  if (!parsed.success) return undefined;
  return parsed.data.tasks.every((t) => catalog.drillById.has(t.drill)) ? parsed.data : undefined;
}

export function remainingMs(state: ExamState): number {
  return Math.max(0, state.minutes * 60_000 - state.elapsedMs);
}

/** Moves the clock on by `ms`, charging the time to the open task. */
export function tick(state: ExamState, ms: number): ExamState {
  const tasks = state.tasks.map((t, i) => (i === state.current ? { ...t, seconds: t.seconds + ms / 1000, visited: true } : t));
  return { ...state, elapsedMs: Math.min(state.minutes * 60_000, state.elapsedMs + ms), tasks };
}

export function openTask(state: ExamState, index: number): ExamState {
  const current = Math.max(0, Math.min(state.tasks.length - 1, index));
  return { ...state, current, tasks: state.tasks.map((t, i) => (i === current ? { ...t, visited: true } : t)) };
}

export function toggleFlag(state: ExamState, index = state.current): ExamState {
  return { ...state, tasks: state.tasks.map((t, i) => (i === index ? { ...t, flagged: !t.flagged } : t)) };
}

export interface TaskScore extends ExamTaskState {
  /** Share of the task's checks that pass (0-1). */
  share: number;
  /** weight x share */
  points: number;
  checks: CheckResult[];
}

export interface ExamScore {
  percent: number;
  passed: boolean;
  /** Percent of each domain's weight earned; domains without tasks are absent. */
  domains: Partial<Record<DomainId, number>>;
  tasks: TaskScore[];
}

export function scoreExam(state: ExamState, catalog: Catalog, results: ReadonlyMap<string, CheckResult[]>): ExamScore {
  const tasks = state.tasks.map((t) => {
    const checks = results.get(t.drill) ?? [];
    const share = checkShare(catalog.drillById.get(t.drill)!.checks, new Set(checks.filter((c) => c.passed).map((c) => c.id)));
    const fraction = share.total ? share.passed / share.total : 0;
    return { ...t, share: fraction, points: t.weight * fraction, checks };
  });
  const total = tasks.reduce((a, t) => a + t.weight, 0);
  const percent = total ? Math.round((100 * tasks.reduce((a, t) => a + t.points, 0)) / total) : 0;
  const domains: Partial<Record<DomainId, number>> = {};
  for (const id of DOMAIN_IDS) {
    const mine = tasks.filter((t) => t.domain === id);
    const weight = mine.reduce((a, t) => a + t.weight, 0);
    if (weight) domains[id] = Math.round((100 * mine.reduce((a, t) => a + t.points, 0)) / weight);
  }
  return { percent, passed: percent >= PASS_PERCENT, domains, tasks };
}

export function examRecord(state: ExamState, score: ExamScore, now: Date): ExamRecord {
  return {
    id: state.id,
    startedAt: state.startedAt,
    finishedAt: now.toISOString(),
    minutes: state.minutes,
    practice: state.practice,
    percent: score.percent,
    passed: score.passed,
    domains: score.domains as Record<string, number>,
    tasks: score.tasks.map((t) => ({ drill: t.drill, domain: t.domain, weight: t.weight, score: Math.round(100 * t.share), seconds: Math.round(t.seconds) })),
  };
}

/** Each task also counts as an attempt at its drill (marked as taken in an exam). */
export function taskAttempts(catalog: Catalog, score: ExamScore, now: Date): Array<{ drill: string; attempt: DrillAttempt }> {
  return score.tasks.map((t) => {
    const drill = catalog.drillById.get(t.drill)!;
    const total = drill.checks.filter((c) => !c.guard).length;
    return {
      drill: t.drill,
      attempt: {
        at: now.toISOString(),
        passed: t.share === 1,
        seconds: Math.round(t.seconds),
        targetSeconds: drill.minutes * 60,
        hintsUsed: 0,
        checksPassed: Math.round(t.share * total),
        checksTotal: total,
        gaveUp: false,
        score: Math.round(100 * t.share),
        exam: true,
      },
    };
  });
}
