// How a drill attempt is scored, and what it leaves in the progress file. Pure functions.
//
// score = share of checks passed x a time factor - 10 per hint, clamped to 0..100, and 0 after giving up.
// The time factor is 1 within the target time and falls linearly to 0.7 at twice the target (0.6 beyond),
// because on the exam a correct answer that costs three tasks' time still loses points elsewhere.
import type { Drill } from '../content/catalog.js';
import type { Check } from '../content/schema.js';
import { localDay } from '../learning/dates.js';
import { pullForward } from '../learning/scheduler.js';
import type { DrillAttempt, StoreData } from '../store/schema.js';

export interface RunSummary {
  seconds: number;
  hintsUsed: number;
  gaveUp: boolean;
  checksPassed: number;
  checksTotal: number;
}

/**
 * How much of the task is done: the share of the task's own checks that pass. Guard checks (don't break
 * X) are a gate rather than credit: breaking one scores the task 0.
 */
export function checkShare(checks: readonly Check[], passedIds: ReadonlySet<string>): { passed: number; total: number } {
  const task = checks.filter((c) => !c.guard);
  if (checks.some((c) => c.guard && !passedIds.has(c.id))) return { passed: 0, total: task.length };
  return { passed: task.filter((c) => passedIds.has(c.id)).length, total: task.length };
}

export function timeFactor(seconds: number, targetSeconds: number): number {
  if (seconds <= targetSeconds) return 1;
  if (seconds >= 2 * targetSeconds) return 0.6;
  return 1 - 0.3 * ((seconds - targetSeconds) / targetSeconds);
}

export function scoreAttempt(drill: Drill, run: RunSummary, at: Date, exam = false): DrillAttempt {
  const targetSeconds = drill.minutes * 60;
  const share = run.checksTotal ? run.checksPassed / run.checksTotal : 0;
  const score = run.gaveUp ? 0 : Math.max(0, Math.min(100, Math.round(100 * share * timeFactor(run.seconds, targetSeconds)) - 10 * run.hintsUsed));
  return {
    at: at.toISOString(),
    passed: !run.gaveUp && run.checksTotal > 0 && run.checksPassed === run.checksTotal,
    seconds: Math.round(run.seconds),
    targetSeconds,
    hintsUsed: run.hintsUsed,
    checksPassed: run.checksPassed,
    checksTotal: run.checksTotal,
    gaveUp: run.gaveUp,
    score,
    exam,
  };
}

/** Saves the attempt; a failed or hinted drill makes its linked cards due now. */
export function recordAttempt(data: StoreData, drill: Drill, attempt: DrillAttempt, now: Date): void {
  (data.drills[drill.id] ??= []).push(attempt);
  const day = localDay(now);
  const activity = (data.days[day] ??= { seconds: 0, reviews: 0, newCards: 0, lessons: 0, drills: 0, questions: 0 });
  activity.drills += 1;
  activity.seconds += attempt.seconds;
  if (!attempt.passed || attempt.hintsUsed > 0) pullForward(data, drill.cards, now);
}
