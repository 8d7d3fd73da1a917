// The six-week plan of study-plan/plan.yaml laid out on the calendar, backward from the exam date, as
// plain data: which days each week covers, which week is current, what is behind and what comes next.
//
// The layout is anchored on the day the exam date was set (settings.planFrom), not on today, so its
// weeks stay put as the days pass. From that day to the exam (both included):
// - 42 days or more: the six weeks end on the exam day; whole spare weeks become review weeks (at most
//   two, after week 5, then after week 3) and the rest of the spare time comes before the start.
// - 36 to 41 days: six weeks, the first one shorter.
// - 35 days or fewer: fewer weeks. The last week (runtime security and the mock exams) stays on its own;
//   weeks 1-5 merge into the rest, neighbours only, the way that drops the fewest lesson minutes. A week
//   whose lessons exceed the plan's heaviest week (scaled to its days) drops lessons, those of the lowest
//   exam weight first; a last week shorter than 7 days drops mock exams (one per 3 days fits). Dropped
//   items are named.
import type { Catalog, Lesson } from '../content/catalog.js';
import { DOMAINS } from '../content/domains.js';
import type { PlanSpec } from '../content/schema.js';
import { UserError } from '../errors.js';
import type { StoreData } from '../store/schema.js';
import { addDays, daysBetween, parseDay, type Day } from './dates.js';

type WeekSpec = PlanSpec['weeks'][number];

const PLAN_DAYS = 42;
const MAX_REVIEW_WEEKS = 2;
/** A mock exam takes two hours plus the review of its result: one fits in this many days. */
const DAYS_PER_MOCK_EXAM = 3;

export type WeekStatus = 'done' | 'current' | 'upcoming';

export interface PlannedWeek {
  /** 1-based position in the laid-out plan. */
  week: number;
  title: string;
  /** The weeks of plan.yaml this one covers (several when merged, none for a review week). */
  planWeeks: number[];
  review: boolean;
  start: Day | null;
  end: Day | null;
  days: number;
  goals: string[];
  lessons: string[];
  /** The plan's drills for the week and the drills of its lessons. */
  drills: string[];
  newCardsPerDay: number;
  mockExams: number;
  status: WeekStatus;
  lessonsDone: number;
}

export interface LaidOutPlan {
  examDate: Day | null;
  today: Day;
  daysToExam: number | null;
  /** First day of the first week (null without an exam date). */
  start: Day | null;
  currentWeek: number | null;
  weeks: PlannedWeek[];
  dropped: { lessons: string[]; mockExams: number };
  reviewWeeks: number;
  /** Days between the day the plan was laid out and its first week. */
  leadDays: number;
  /** Lessons of weeks already over that are not done. */
  behind: string[];
  /** The first lesson not done, in plan order (the laid-out weeks, then dropped and unplanned lessons). */
  nextLesson: string | null;
  /** What the layout did, in sentences for the screen. */
  notes: string[];
}

/** Why a typed exam date cannot be used, or undefined when it can. */
export function examDateProblem(text: string, today: Day): string | undefined {
  const day = parseDay(text);
  if (!day) return `must be a date as YYYY-MM-DD (like ${addDays(today, 60)}), got "${text}"`;
  if (daysBetween(today, day) < 0) return `${day} is in the past (today is ${today})`;
  return undefined;
}

export function parseExamDate(text: string, today: Day, flag = '--exam-date'): Day {
  const problem = examDateProblem(text, today);
  if (problem) throw new UserError(`${flag} ${problem}`);
  return parseDay(text)!;
}

interface Group {
  specs: WeekSpec[];
  review: boolean;
  title?: string;
}

const lessonMinutes = (catalog: Catalog, ids: readonly string[]) => ids.reduce((n, id) => n + (catalog.lessonById.get(id)?.minutes ?? 0), 0);

/** Every way to cut `items` into `k` runs of neighbours, in order. */
function contiguousSplits<T>(items: readonly T[], k: number): T[][][] {
  if (k === 1) return [[[...items]]];
  const out: T[][][] = [];
  for (let cut = 1; cut <= items.length - k + 1; cut++) for (const rest of contiguousSplits(items.slice(cut), k - 1)) out.push([items.slice(0, cut), ...rest]);
  return out;
}

/** The plan's pace: its heaviest week's lesson minutes. A week of fewer days holds proportionally less. */
const capacity = (catalog: Catalog, days: number) => (Math.max(...catalog.plan.weeks.map((s) => lessonMinutes(catalog, s.lessons))) * days) / 7;

/** The exam points a lesson serves: the highest weight among its domains. */
function lessonWeight(lesson: Lesson | undefined): number {
  return Math.max(0, ...(lesson?.domains ?? []).map((d) => DOMAINS.find((x) => x.id === d)?.weight ?? 0));
}

/** The lessons that fit in `minutes`: the cheapest exam points (lowest domain weight, then the last) go first. */
function fitLessons(catalog: Catalog, lessons: readonly string[], minutes: number): { kept: string[]; dropped: string[] } {
  const order = lessons.map((id, at) => ({ id, at, weight: lessonWeight(catalog.lessonById.get(id)) })).sort((a, b) => a.weight - b.weight || b.at - a.at);
  const drop = new Set<string>();
  for (const l of order) {
    if (lessonMinutes(catalog, lessons.filter((id) => !drop.has(id))) <= minutes) break;
    drop.add(l.id);
  }
  return { kept: lessons.filter((id) => !drop.has(id)), dropped: lessons.filter((id) => drop.has(id)) };
}

/**
 * Merges weeks 1-5 into as many weeks as `days` lists: the split that drops the fewest lesson minutes,
 * then the most even one (least sum of squared load).
 */
function mergeWeeks(catalog: Catalog, specs: WeekSpec[], days: number[]): WeekSpec[][] {
  let best: { split: WeekSpec[][]; dropped: number; load: number } | undefined;
  for (const split of contiguousSplits(specs, days.length)) {
    let dropped = 0;
    let load = 0;
    split.forEach((g, i) => {
      const cap = capacity(catalog, days[i]!);
      const fit = fitLessons(catalog, g.flatMap((s) => s.lessons), cap);
      dropped += lessonMinutes(catalog, fit.dropped);
      load += (lessonMinutes(catalog, fit.kept) / cap) ** 2;
    });
    if (!best || dropped < best.dropped || (dropped === best.dropped && load < best.load)) best = { split, dropped, load };
  }
  return best!.split;
}

export const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

const range = (weeks: number[]) => (weeks.length > 1 ? `${weeks[0]}-${weeks.at(-1)}` : String(weeks[0]));

interface Calendar {
  groups: Group[];
  /** Days of each group's week. */
  days: number[];
  leadDays: number;
  notes: string[];
}

/** The weeks of the plan fitted between the day it is laid out (`anchor`) and the exam day. */
function fitWeeks(catalog: Catalog, anchor: Day, examDate: Day): Calendar {
  const specs = catalog.plan.weeks;
  const days = Math.max(1, daysBetween(anchor, examDate) + 1);
  if (days >= PLAN_DAYS) {
    const review = Math.min(MAX_REVIEW_WEEKS, Math.floor((days - PLAN_DAYS) / 7));
    const leadDays = days - PLAN_DAYS - 7 * review;
    const after = review === 2 ? [3, 5] : review === 1 ? [5] : [];
    const groups: Group[] = [];
    let reviewFrom = 1;
    for (const s of specs) {
      groups.push({ specs: [s], review: false });
      if (after.includes(s.week)) {
        const covered = specs.filter((x) => x.week >= reviewFrom && x.week <= s.week);
        groups.push({ specs: covered, review: true, title: `Review of weeks ${range(covered.map((x) => x.week))}` });
        reviewFrom = s.week + 1;
      }
    }
    const notes: string[] = [];
    if (review) notes.push(`${plural(review, 'review week')} added (after week ${after.join(' and week ')}): there is time to spare.`);
    if (leadDays) notes.push(`The plan starts on ${addDays(anchor, leadDays)}, ${plural(leadDays, 'day')} after it was laid out: until then, get ahead on week 1.`);
    return { groups, days: groups.map(() => 7), leadDays, notes };
  }
  const slots = Math.ceil(days / 7);
  const first = days - 7 * (slots - 1);
  const slotDays = Array.from({ length: slots }, (_, i) => (i === 0 ? first : 7));
  const notes: string[] = [];
  let groups: Group[] = specs.map((s) => ({ specs: [s], review: false }));
  if (slots < specs.length) {
    const merged = slots === 1 ? [specs] : [...mergeWeeks(catalog, specs.slice(0, -1), slotDays.slice(0, -1)), [specs.at(-1)!]];
    groups = merged.map((g) => ({ specs: g, review: false }));
    const joined = merged.filter((g) => g.length > 1).map((g) => g.map((s) => s.week).join('+'));
    notes.push(`${plural(days - 1, 'day')} from ${anchor} to the exam: the six weeks are compressed into ${slots}${joined.length ? ` (weeks ${joined.join(', ')} merged)` : ''}.`);
  }
  if (first < 7) notes.push(`Week 1 is ${plural(first, 'day')} long.`);
  return { groups, days: slotDays, leadDays: 0, notes };
}

export function layoutPlan(catalog: Catalog, data: StoreData, today: Day): LaidOutPlan {
  const specs = catalog.plan.weeks;
  const examDate = data.settings.examDate;
  const dropped = { lessons: [] as string[], mockExams: 0 };
  let calendar: Calendar = { groups: specs.map((s) => ({ specs: [s], review: false })), days: specs.map(() => 7), leadDays: 0, notes: [] };
  let start: Day | null = null;
  if (examDate) {
    const from = data.settings.planFrom;
    // A date saved without its anchor (older files) is laid out from today, or as full weeks once it has passed.
    const anchor = from && daysBetween(from, examDate) >= 0 ? from : daysBetween(today, examDate) >= 0 ? today : addDays(examDate, 1 - PLAN_DAYS);
    calendar = fitWeeks(catalog, anchor, examDate);
    start = addDays(examDate, 1 - calendar.days.reduce((a, b) => a + b, 0));
  }
  const { groups, leadDays } = calendar;
  const notes = [...calendar.notes];

  let cursor = start;
  const weeks = groups.map((g, i): PlannedWeek => {
    const days = calendar.days[i]!;
    let lessons = g.review ? [] : g.specs.flatMap((s) => s.lessons);
    if (examDate) {
      const fit = fitLessons(catalog, lessons, capacity(catalog, days));
      lessons = fit.kept;
      dropped.lessons.push(...fit.dropped);
    }
    const planned = g.specs.reduce((n, s) => n + s.mockExams, 0);
    const mockExams = g.review ? 0 : Math.min(planned, examDate && days < 7 ? Math.floor(days / DAYS_PER_MOCK_EXAM) : planned);
    dropped.mockExams += g.review ? 0 : planned - mockExams;
    const drills = g.specs.flatMap((s) => [...s.drills, ...s.lessons.flatMap((l) => (catalog.drillsByLesson.get(l) ?? []).map((d) => d.id))]);
    const weekStart = cursor;
    const weekEnd = cursor ? addDays(cursor, days - 1) : null;
    cursor = weekEnd ? addDays(weekEnd, 1) : null;
    const planWeeks = g.specs.map((s) => s.week);
    return {
      week: i + 1,
      title: g.title ?? g.specs.map((s) => s.title).join(' + '),
      planWeeks: g.review ? [] : planWeeks,
      review: g.review,
      start: weekStart,
      end: weekEnd,
      days,
      goals: g.review
        ? [
            `Redo the drills of weeks ${range(planWeeks)} against the clock.`,
            `Quiz their domains and clear the due cards; reread the lessons behind the cards you miss.`,
          ]
        : g.specs.flatMap((s) => s.goals),
      lessons,
      drills: [...new Set(drills)],
      newCardsPerDay: g.review ? Math.min(...specs.map((s) => s.newCardsPerDay)) : Math.min(100, g.specs.reduce((n, s) => n + s.newCardsPerDay, 0)),
      mockExams,
      status: 'upcoming',
      lessonsDone: lessons.filter((id) => data.lessons[id]?.status === 'done').length,
    };
  });
  if (dropped.lessons.length) notes.push(`Dropped to fit: ${dropped.lessons.map((id) => catalog.lessonById.get(id)?.title ?? id).join(', ')} (still in Learn if time allows).`);
  if (dropped.mockExams) notes.push(`Dropped to fit: ${plural(dropped.mockExams, 'mock exam')}.`);

  let currentWeek: number | null = null;
  const daysToExam = examDate ? daysBetween(today, examDate) : null;
  if (examDate) {
    for (const w of weeks) {
      w.status = daysBetween(w.end!, today) > 0 ? 'done' : daysBetween(w.start!, today) >= 0 ? 'current' : 'upcoming';
      if (w.status === 'current') currentWeek = w.week;
    }
    if (daysToExam! < 0) notes.push(`The exam date ${examDate} has passed: set a new one.`);
  } else {
    // Without a date the weeks follow progress: the current one is the first with a lesson left.
    currentWeek = weeks.find((w) => w.lessonsDone < w.lessons.length)?.week ?? null;
    for (const w of weeks) w.status = currentWeek === null || w.week < currentWeek ? 'done' : w.week === currentWeek ? 'current' : 'upcoming';
    notes.push('No exam date yet: the weeks follow your progress. Set one to lay them out on the calendar.');
  }

  const isDone = (id: string) => data.lessons[id]?.status === 'done';
  const order = [...weeks.flatMap((w) => w.lessons), ...dropped.lessons, ...catalog.lessons.map((l) => l.id)];
  return {
    examDate,
    today,
    daysToExam,
    start,
    currentWeek,
    weeks,
    dropped,
    reviewWeeks: weeks.filter((w) => w.review).length,
    leadDays,
    behind: weeks.filter((w) => examDate && w.status === 'done').flatMap((w) => w.lessons.filter((id) => !isDone(id))),
    nextLesson: order.find((id) => !isDone(id)) ?? null,
    notes,
  };
}

/**
 * The week whose lessons and drills today's agenda draws on: the current one; before the plan starts the
 * first; after the exam date the last.
 */
export function focusWeek(plan: LaidOutPlan): PlannedWeek | undefined {
  if (plan.currentWeek !== null) return plan.weeks[plan.currentWeek - 1];
  if (plan.examDate && plan.start && daysBetween(plan.today, plan.start) > 0) return plan.weeks[0];
  return plan.weeks.at(-1);
}

/** The store change for a new exam date: saved, the plan anchored on today, and the new week's card quota applied. */
export function setExamDate(catalog: Catalog, day: Day, today: Day) {
  return (data: StoreData): void => {
    data.settings.examDate = day;
    data.settings.planFrom = today;
    applyWeekQuota(data, focusWeek(layoutPlan(catalog, data, today)));
    // Today's agenda was drawn from the old layout.
    data.agenda = null;
  };
}

/**
 * A plan week sets the new cards a day once, when it becomes the week worked on (or the date is set);
 * a setting the learner makes after that holds until the next week.
 */
export function applyWeekQuota(data: StoreData, week: PlannedWeek | undefined): void {
  if (!week || data.settings.quotaWeek === week.week) return;
  data.settings.newCardsPerDay = week.newCardsPerDay;
  data.settings.quotaWeek = week.week;
}
