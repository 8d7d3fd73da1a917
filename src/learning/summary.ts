// The figures on the home screen (and in plain `cks-tutor` output), computed from catalog + store.
import type { Catalog, Lesson } from '../content/catalog.js';
import type { StoreData } from '../store/schema.js';
import { daysBetween, localDay, type Day } from './dates.js';
import { layoutPlan } from './plan.js';
import { buildQueue } from './scheduler.js';
import { secondsThisWeek, streak } from './streak.js';

export interface HomeSummary {
  today: Day;
  examDate: Day | null;
  daysToExam: number | null;
  dueCards: number;
  newCards: number;
  streak: number;
  minutesThisWeek: number;
  nextLesson: Lesson | undefined;
  lessonsDone: number;
  lessonsTotal: number;
  drillsPassed: number;
  drillsTotal: number;
}

export function newAllowance(data: StoreData, today: Day): number {
  return Math.max(0, data.settings.newCardsPerDay - (data.days[today]?.newCards ?? 0));
}

/** Lessons in the order the study plan takes them, then any the plan does not mention. */
export function lessonsInPlanOrder(catalog: Catalog): Lesson[] {
  const planned = catalog.plan.weeks.flatMap((w) => w.lessons);
  const ordered = planned.map((id) => catalog.lessonById.get(id)).filter((l): l is Lesson => !!l);
  return [...new Set([...ordered, ...catalog.lessons])];
}

export function homeSummary(catalog: Catalog, data: StoreData, now: Date): HomeSummary {
  const today = localDay(now);
  const queue = buildQueue(catalog.cards, data, { now, newAllowance: newAllowance(data, today) });
  const examDate = data.settings.examDate;
  const done = (l: Lesson) => data.lessons[l.id]?.status === 'done';
  return {
    today,
    examDate,
    daysToExam: examDate ? daysBetween(today, examDate) : null,
    dueCards: queue.due.length,
    newCards: queue.fresh.length,
    streak: streak(data.days, today),
    minutesThisWeek: Math.round(secondsThisWeek(data.days, today) / 60),
    // The laid-out plan's next lesson, so home and today's agenda agree when a short plan dropped some.
    nextLesson: catalog.lessonById.get(layoutPlan(catalog, data, today).nextLesson ?? ''),
    lessonsDone: catalog.lessons.filter(done).length,
    lessonsTotal: catalog.lessons.length,
    drillsPassed: catalog.drills.filter((d) => data.drills[d.id]?.some((a) => a.passed)).length,
    drillsTotal: catalog.drills.length,
  };
}
