// Today's agenda as plain data: what to do, in order (due cards, the next lesson of the plan, one or two
// drills, a few questions from the weakest domain, a mock exam in the mock-exam week). It is drawn once a
// day and kept in the progress file (data.agenda), so an interrupted day resumes with the same items;
// whether an item is done is read from what happened today, never ticked by hand.
import { z } from 'zod';
import type { Catalog, Drill } from '../content/catalog.js';
import { DOMAIN_IDS, domainById } from '../content/domains.js';
import type { StoreData } from '../store/schema.js';
import { daysBetween, localDay, type Day } from './dates.js';
import { applyWeekQuota, focusWeek, layoutPlan, plural, type LaidOutPlan, type PlannedWeek } from './plan.js';
import { computeReadiness, recordSnapshot, sameSnapshot, snapshotOf, weakestDomains, type Readiness } from './readiness.js';
import { buildQueue } from './scheduler.js';
import { streak } from './streak.js';
import { newAllowance } from './summary.js';

/** Due cards beyond this wait for tomorrow: a backlog is cleared over days, not in one sitting. */
export const CARD_CAP = 60;
const QUIZ_QUESTIONS = 5;

const itemSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('cards'), due: z.number().int().min(0), fresh: z.number().int().min(0) }),
  z.object({ kind: z.literal('lesson'), lesson: z.string() }),
  z.object({ kind: z.literal('drill'), drill: z.string(), reason: z.enum(['plan', 'weakest']) }),
  z.object({ kind: z.literal('quiz'), domain: z.enum(DOMAIN_IDS), questions: z.number().int().min(1) }),
  z.object({ kind: z.literal('exam') }),
]);

const storedAgendaSchema = z.object({
  day: z.string(),
  /** The plan week it was drawn from. */
  week: z.number().nullable(),
  items: z.array(itemSchema),
  /** Items the learner skipped today (by position). */
  skipped: z.array(z.number()).default([]),
});

export type AgendaItem = z.output<typeof itemSchema>;
export type StoredAgenda = z.output<typeof storedAgendaSchema>;

export interface AgendaOptions {
  /** The lab runs: lab drills can be chosen as readily as api and files drills. */
  labRunning: boolean;
  /** Whether a drill's tool (jq, openssl ...) is on this machine. */
  hasTool(name: string): boolean;
}

/** The saved agenda of `today`, or undefined (another day's, or damaged: it is drawn again). */
export function readAgenda(data: StoreData, today: Day): StoredAgenda | undefined {
  const parsed = storedAgendaSchema.safeParse(data.agenda);
  return parsed.success && parsed.data.day === today ? parsed.data : undefined;
}

function runnable(drill: Drill, options: AgendaOptions): boolean {
  return drill.requires.every((r) => r === 'files' || r === 'api' || (r === 'lab' && options.labRunning)) && drill.tools.every((t) => options.hasTool(t));
}

/**
 * The best drill to practise from `candidates`: one this environment runs first, then the least
 * recently/successfully done (never tried first), then the shortest.
 */
function pickDrill(candidates: readonly Drill[], data: StoreData, options: AgendaOptions, except?: string): Drill | undefined {
  const lastPass = (d: Drill) => data.drills[d.id]?.filter((a) => a.passed).at(-1)?.at ?? '';
  const tried = (d: Drill) => (data.drills[d.id]?.length ? 1 : 0);
  return candidates
    .filter((d) => d.id !== except)
    .map((d, i) => ({ d, i }))
    .sort(
      (a, b) =>
        Number(runnable(b.d, options)) - Number(runnable(a.d, options)) ||
        tried(a.d) - tried(b.d) ||
        (lastPass(a.d) < lastPass(b.d) ? -1 : lastPass(a.d) > lastPass(b.d) ? 1 : 0) ||
        a.i - b.i,
    )[0]?.d;
}

/**
 * Drills of a plan week: those the plan names, those of its lessons, then any drill of its lessons'
 * main domains, so drills added to the library are used without editing the plan.
 */
export function weekDrills(catalog: Catalog, week: PlannedWeek): Drill[] {
  const domains = new Set(week.lessons.map((id) => catalog.lessonById.get(id)?.domains[0]).filter(Boolean));
  const named = week.drills.map((id) => catalog.drillById.get(id)).filter((d): d is Drill => !!d);
  return [...new Set([...named, ...catalog.drills.filter((d) => domains.has(d.domain))])];
}

export function buildAgenda(catalog: Catalog, data: StoreData, now: Date, options: AgendaOptions, plan = layoutPlan(catalog, data, localDay(now)), readiness = computeReadiness(catalog, data, now)): StoredAgenda {
  const today = localDay(now);
  const week = focusWeek(plan);
  const items: AgendaItem[] = [];
  const queue = buildQueue(catalog.cards, data, { now, newAllowance: newAllowance(data, today) });
  const due = Math.min(CARD_CAP, queue.due.length);
  if (due + queue.fresh.length > 0) items.push({ kind: 'cards', due, fresh: queue.fresh.length });
  if (plan.nextLesson) items.push({ kind: 'lesson', lesson: plan.nextLesson });

  const weakest = weakestDomains(readiness);
  const fromPlan = week && pickDrill(weekDrills(catalog, week), data, options);
  if (fromPlan) items.push({ kind: 'drill', drill: fromPlan.id, reason: 'plan' });
  // The weakest domain that has a drill (other than the one just chosen).
  for (const d of weakest) {
    const drill = pickDrill(
      catalog.drills.filter((x) => x.domain === d.id),
      data,
      options,
      fromPlan?.id,
    );
    if (drill) {
      items.push({ kind: 'drill', drill: drill.id, reason: 'weakest' });
      break;
    }
  }

  const quizDomain = weakest.find((d) => catalog.questions.some((q) => q.domain === d.id));
  if (quizDomain) items.push({ kind: 'quiz', domain: quizDomain.id, questions: Math.min(QUIZ_QUESTIONS, catalog.questions.filter((q) => q.domain === quizDomain.id).length) });

  if (week && mockExamDue(data, plan, week, today)) items.push({ kind: 'exam' });
  return { day: today, week: week?.week ?? null, items, skipped: [] };
}

/** A mock exam belongs on today's agenda in a week that plans them, until they are taken, never on the exam day. */
function mockExamDue(data: StoreData, plan: LaidOutPlan, week: PlannedWeek, today: Day): boolean {
  if (!week.mockExams || plan.daysToExam === 0 || !week.start || !week.end) return false;
  if (plan.currentWeek !== week.week) return false;
  const taken = data.exams.filter((e) => {
    const day = localDay(new Date(e.finishedAt));
    return daysBetween(week.start!, day) >= 0 && daysBetween(day, week.end!) >= 0 && day !== today;
  }).length;
  return taken < week.mockExams;
}

/**
 * The store change that makes sure today's agenda exists: drawn on the first look of the day. With an
 * exam date, a new plan week first sets the new cards a day to that week's quota.
 */
export function ensureAgenda(catalog: Catalog, now: Date, options: AgendaOptions) {
  return (data: StoreData): void => {
    const today = localDay(now);
    if (readAgenda(data, today)) return;
    const plan = layoutPlan(catalog, data, today);
    const week = focusWeek(plan);
    if (plan.examDate) applyWeekQuota(data, week);
    data.agenda = buildAgenda(catalog, data, now, options, plan);
  };
}

/** What the app does on its first look of the day: today's agenda drawn, and today's readiness snapshot kept for the trend. */
export function startOfDay(catalog: Catalog, now: Date, options: AgendaOptions) {
  return (data: StoreData): void => {
    ensureAgenda(catalog, now, options)(data);
    recordSnapshot(computeReadiness(catalog, data, now), localDay(now))(data);
  };
}

/** Whether startOfDay would change anything (the progress file is written only when it would). */
export function needsStartOfDay(data: StoreData, readiness: Readiness, now: Date): boolean {
  const today = localDay(now);
  return !readAgenda(data, today) || !sameSnapshot(data.snapshots[today], snapshotOf(readiness));
}

export function toggleSkip(today: Day, index: number) {
  return (data: StoreData): void => {
    const a = readAgenda(data, today);
    if (!a) return;
    a.skipped = a.skipped.includes(index) ? a.skipped.filter((i) => i !== index) : [...a.skipped, index];
    data.agenda = a;
  };
}

export interface AgendaEntry {
  index: number;
  item: AgendaItem;
  title: string;
  detail: string;
  done: boolean;
  skipped: boolean;
}

export interface AgendaView {
  day: Day;
  week: number | null;
  entries: AgendaEntry[];
  done: number;
  /** The first item neither done nor skipped: where the walk-through resumes. */
  next: number | null;
  streak: number;
  minutesToday: number;
}

const sameDay = (iso: string | undefined, today: Day) => !!iso && localDay(new Date(iso)) === today;

function isDone(item: AgendaItem, catalog: Catalog, data: StoreData, now: Date, today: Day): boolean {
  switch (item.kind) {
    case 'cards': {
      if ((data.days[today]?.reviews ?? 0) >= item.due + item.fresh) return true;
      const q = buildQueue(catalog.cards, data, { now, newAllowance: newAllowance(data, today) });
      return q.due.length === 0 && q.fresh.length === 0;
    }
    case 'lesson': {
      const l = data.lessons[item.lesson];
      return !!l && (l.status === 'done' || sameDay(l.updatedAt, today));
    }
    case 'drill':
      return !!data.drills[item.drill]?.some((a) => sameDay(a.at, today));
    case 'quiz': {
      const ids = catalog.questions.filter((q) => q.domain === item.domain).map((q) => q.id);
      return ids.reduce((n, id) => n + (data.questions[id]?.filter((a) => sameDay(a.at, today)).length ?? 0), 0) >= item.questions;
    }
    case 'exam':
      return data.exams.some((e) => sameDay(e.finishedAt, today));
  }
}

function describe(item: AgendaItem, catalog: Catalog): { title: string; detail: string } {
  switch (item.kind) {
    case 'cards':
      return { title: `Review ${plural(item.due + item.fresh, 'card')}`, detail: `${item.due} due, ${item.fresh} new` };
    case 'lesson': {
      const l = catalog.lessonById.get(item.lesson);
      return { title: `Lesson: ${l?.title ?? item.lesson}`, detail: l ? `module ${l.moduleNumber} · ${l.minutes} min` : '' };
    }
    case 'drill': {
      const d = catalog.drillById.get(item.drill);
      const why = item.reason === 'plan' ? "this week's plan" : 'weakest domain';
      return { title: `Drill: ${d?.title ?? item.drill}`, detail: d ? `${domainById(d.domain).short} · ${d.minutes} min · ${d.requires.join(',')} · ${why}` : why };
    }
    case 'quiz':
      return { title: `Quiz: ${plural(item.questions, 'question')} on ${domainById(item.domain).title}`, detail: 'weakest domain' };
    case 'exam':
      return { title: 'Mock exam', detail: '2 hours, by the exam weights' };
  }
}

/** Today's agenda with what is done, for the Today screen, the home summary and `today --json`. */
export function agendaView(catalog: Catalog, data: StoreData, agenda: StoredAgenda, now: Date): AgendaView {
  const today = localDay(now);
  const entries = agenda.items.map((item, index) => ({
    index,
    item,
    ...describe(item, catalog),
    done: isDone(item, catalog, data, now, today),
    skipped: agenda.skipped.includes(index),
  }));
  return {
    day: agenda.day,
    week: agenda.week,
    entries,
    done: entries.filter((e) => e.done).length,
    next: entries.find((e) => !e.done && !e.skipped)?.index ?? null,
    streak: streak(data.days, today),
    minutesToday: Math.round((data.days[today]?.seconds ?? 0) / 60),
  };
}

/** Today's agenda: the stored one, or (before it is saved) the one ensureAgenda would draw. */
export function todaysAgenda(catalog: Catalog, data: StoreData, now: Date, options: AgendaOptions, readiness?: Readiness): StoredAgenda {
  return readAgenda(data, localDay(now)) ?? buildAgenda(catalog, data, now, options, undefined, readiness);
}
