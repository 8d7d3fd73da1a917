// `cks-tutor exam --plan-only [--json]`: draws the tasks without setting anything up.
import type { Catalog } from '../content/catalog.js';
import { domainById, PASS_PERCENT } from '../content/domains.js';
import { UserError } from '../errors.js';
import { environment } from './run.js';
import { describeShortfall, selectTasks, seeded, type ExamPlan } from './select.js';
import { EXAM_MINUTES } from './session.js';

export interface ExamOptions {
  practice?: boolean;
  minutes?: string;
  tasks?: string;
  seed?: string;
}

export interface ExamSettings {
  minutes: number;
  count: number;
  practice: boolean;
  seed: number;
}

/** Validates the exam flags: a real exam is 2 h with 15-20 tasks; practice runs are shorter. */
export function examSettings(options: ExamOptions): ExamSettings {
  const practice = !!options.practice;
  const number = (value: string | undefined, flag: string, fallback: number, min: number, max: number) => {
    if (value === undefined) return fallback;
    const n = Number(value);
    if (!Number.isInteger(n) || n < min || n > max) throw new UserError(`--${flag} must be a whole number from ${min} to ${max}, not ${value}`);
    return n;
  };
  const count = number(options.tasks, 'tasks', practice ? 5 : 16, practice ? 1 : 15, 20);
  const minutes = number(options.minutes, 'minutes', practice ? 30 : EXAM_MINUTES, 5, 240);
  const seed = number(options.seed, 'seed', Math.floor(Math.random() * 2 ** 31), 0, 2 ** 31 - 1);
  return { minutes, count, practice, seed };
}

export function drawExam(catalog: Catalog, dataDir: string, contextFlag: string | undefined, settings: ExamSettings): { plan: ExamPlan; describe: string } {
  const env = environment(dataDir, contextFlag);
  return { plan: selectTasks(catalog, { count: settings.count, random: seeded(settings.seed), canRun: env.canRun }), describe: env.describe };
}

export function planOnlyCommand(catalog: Catalog, dataDir: string, contextFlag: string | undefined, options: ExamOptions, json: boolean): void {
  const settings = examSettings(options);
  const { plan, describe } = drawExam(catalog, dataDir, contextFlag, settings);
  if (json) {
    console.log(
      JSON.stringify(
        {
          minutes: settings.minutes,
          passPercent: PASS_PERCENT,
          practice: settings.practice,
          seed: settings.seed,
          tasks: plan.tasks.map((t) => ({ drill: t.drill, domain: t.domain, weight: t.weight })),
          shortfalls: plan.shortfalls,
        },
        null,
        2,
      ),
    );
    return;
  }
  console.log(`${settings.practice ? 'Practice exam' : 'Mock exam'}: ${settings.minutes} min, ${plan.tasks.length} tasks, pass at ${PASS_PERCENT} % (${describe}; seed ${settings.seed})`);
  for (const [i, t] of plan.tasks.entries()) {
    console.log(`${String(i + 1).padStart(2)}. ${String(t.weight).padStart(2)} %  ${domainById(t.domain).short.padEnd(14)} ${catalog.drillById.get(t.drill)!.title}`);
  }
  for (const s of plan.shortfalls) console.log(`note: ${describeShortfall(s)}`);
}
