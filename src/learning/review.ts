// A flashcard review session as plain data: which card comes next, grading it with ts-fsrs at the
// learner's desired retention, undoing grades, and the summary at the end. The screen keeps a session
// in state and sends the store changes (applyReview / revertReview) and log lines through the store.
import { randomUUID } from 'node:crypto';
import type { Catalog, Card } from '../content/catalog.js';
import type { DomainId } from '../content/domains.js';
import { DOMAINS } from '../content/domains.js';
import { UserError } from '../errors.js';
import type { ReviewEntry } from '../store/reviewLog.js';
import type { StoreData, StoredCard } from '../store/schema.js';
import { localDay, type Day } from './dates.js';
import { buildQueue, cardState, grade, previewDue, Rating, scheduler, type Grade } from './scheduler.js';
import { newAllowance } from './summary.js';

export interface ReviewFilter {
  domain?: DomainId;
  module?: string;
  lesson?: string;
}

/** Time on one card counts as study time up to this much; beyond it the learner was away. */
export const MAX_SECONDS_PER_CARD = 120;
/** A card in (re)learning that is due within this long is shown now rather than ending the session. */
export const LEARN_AHEAD_MS = 20 * 60_000;

export interface Reviewed {
  card: string;
  rating: Grade;
  /** The card's state before the grade (undefined: never seen), restored by undo. */
  previous: StoredCard | undefined;
  next: StoredCard;
  entry: ReviewEntry;
  day: Day;
  seconds: number;
  /** The grade put the card back into this session (it is due again today). */
  again: boolean;
}

export interface ReviewSession {
  filter: ReviewFilter;
  current: string | undefined;
  /** Cards not shown yet, in order: due first (most overdue first), then new ones. */
  queue: string[];
  /** Cards in (re)learning that come back in this session when due. */
  later: Array<{ card: string; due: number }>;
  history: Reviewed[];
  /** Cards shown plus still to show: the "of" in "12/40". */
  total: number;
}

export function startSession(catalog: Catalog, data: StoreData, filter: ReviewFilter, now: Date): ReviewSession {
  const queue = buildQueue(catalog.cards, data, {
    now,
    newAllowance: newAllowance(data, localDay(now)),
    ...filter,
    startedLessons: new Set(Object.keys(data.lessons)),
  });
  const ids = [...queue.due, ...queue.fresh].map((c) => c.id);
  return { filter, current: ids[0], queue: ids.slice(1), later: [], history: [], total: ids.length };
}

/** Picks the next card: a relearning card that is due, else the queue, else one due within LEARN_AHEAD_MS. */
function advance(session: ReviewSession, now: Date): ReviewSession {
  const later = [...session.later].sort((a, b) => a.due - b.due);
  const t = now.getTime();
  if (later[0] && later[0].due <= t) return { ...session, current: later[0].card, later: later.slice(1) };
  if (session.queue.length) return { ...session, current: session.queue[0], queue: session.queue.slice(1), later };
  if (later[0] && later[0].due - t <= LEARN_AHEAD_MS) return { ...session, current: later[0].card, later: later.slice(1) };
  return { ...session, current: undefined, later };
}

/** When each grade would bring the current card back, computed at `at` (grade with the same instant). */
export function previewGrades(data: StoreData, cardId: string, at: Date): Record<Grade, Date> {
  return previewDue(scheduler(data.settings.desiredRetention), cardState(data, cardId, at), at);
}

export interface GradeOptions {
  /** The instant the grade is computed for; the same one previewGrades used, so the shown interval is the one given. */
  at: Date;
  /** When the card was shown, for the time spent. */
  shownAt: Date;
  source?: ReviewEntry['source'];
  seq?: string;
}

/** Grades the current card with ts-fsrs (fuzz on) at the learner's desired retention. */
export function gradeCurrent(session: ReviewSession, data: StoreData, rating: Grade, options: GradeOptions): { session: ReviewSession; reviewed: Reviewed } {
  const cardId = session.current;
  if (!cardId) throw new Error('no card to grade');
  const { at } = options;
  const previous = data.cards[cardId];
  const result = grade(scheduler(data.settings.desiredRetention), cardId, cardState(data, cardId, at), rating, at, options.seq ?? randomUUID(), options.source ?? 'self');
  const due = Date.parse(result.card.due);
  const again = localDay(new Date(due)) === localDay(at);
  const seconds = Math.round(Math.min(MAX_SECONDS_PER_CARD, Math.max(0, at.getTime() - options.shownAt.getTime()) / 1000));
  const reviewed: Reviewed = { card: cardId, rating, previous, next: result.card, entry: result.entry, day: localDay(at), seconds, again };
  const next: ReviewSession = {
    ...session,
    history: [...session.history, reviewed],
    later: again ? [...session.later, { card: cardId, due }] : session.later,
    total: session.total + (again ? 1 : 0),
  };
  return { session: advance(next, at), reviewed };
}

/** Takes back the last grade: that card is shown again and the one that was showing goes back to the front. */
export function undoLast(session: ReviewSession): { session: ReviewSession; reviewed: Reviewed } | undefined {
  const reviewed = session.history.at(-1);
  if (!reviewed) return undefined;
  let later = session.later;
  let queue = session.queue;
  if (reviewed.again) {
    // The grade queued the card for later; that occurrence is the one now being undone.
    const i = later.findIndex((l) => l.card === reviewed.card);
    if (i >= 0) later = [...later.slice(0, i), ...later.slice(i + 1)];
    else if (session.current === reviewed.card) {
      // It had already come back and is showing now.
      return { session: { ...session, history: session.history.slice(0, -1), total: session.total - 1 }, reviewed };
    }
  }
  if (session.current) queue = [session.current, ...queue];
  return {
    session: { ...session, current: reviewed.card, queue, later, history: session.history.slice(0, -1), total: session.total - (reviewed.again ? 1 : 0) },
    reviewed,
  };
}

function day(data: StoreData, d: Day) {
  return (data.days[d] ??= { seconds: 0, reviews: 0, newCards: 0, lessons: 0, drills: 0, questions: 0 });
}

/** The store change for a grade: the card's new state and today's counters. */
export function applyReview(data: StoreData, r: Reviewed): void {
  data.cards[r.card] = r.next;
  const d = day(data, r.day);
  d.reviews += 1;
  d.seconds += r.seconds;
  if (!r.previous) d.newCards += 1;
}

/** The store change for an undo: exactly the state before the grade. */
export function revertReview(data: StoreData, r: Reviewed): void {
  if (r.previous) data.cards[r.card] = r.previous;
  else delete data.cards[r.card];
  const d = day(data, r.day);
  d.reviews = Math.max(0, d.reviews - 1);
  d.seconds = Math.max(0, d.seconds - r.seconds);
  if (!r.previous) d.newCards = Math.max(0, d.newCards - 1);
}

export interface SessionSummary {
  reviewed: number;
  newCards: number;
  again: number;
  /** Share of grades that were Again, 0-1. */
  againRate: number;
  seconds: number;
  /** The soonest due date among the filtered cards that are not due now. */
  nextDue: Date | undefined;
  /** Cards (in the filter) due by the end of tomorrow. */
  dueTomorrow: number;
}

export function cardsInFilter(catalog: Catalog, filter: ReviewFilter): Card[] {
  return catalog.cards.filter(
    (c) => (!filter.domain || c.domain === filter.domain) && (!filter.module || c.module === filter.module) && (!filter.lesson || c.lesson === filter.lesson),
  );
}

export function summarize(session: ReviewSession, catalog: Catalog, data: StoreData, now: Date): SessionSummary {
  const reviewed = session.history.length;
  const again = session.history.filter((r) => r.rating === Rating.Again).length;
  const tomorrowEnd = new Date(now.getFullYear(), now.getMonth(), now.getDate() + 2).getTime();
  let nextDue: number | undefined;
  let dueTomorrow = 0;
  for (const card of cardsInFilter(catalog, session.filter)) {
    const stored = data.cards[card.id];
    if (!stored) continue;
    const due = Date.parse(stored.due);
    if (due > now.getTime() && (nextDue === undefined || due < nextDue)) nextDue = due;
    if (due < tomorrowEnd) dueTomorrow += 1;
  }
  return {
    reviewed,
    newCards: session.history.filter((r) => !r.previous).length,
    again,
    againRate: reviewed ? again / reviewed : 0,
    seconds: session.history.reduce((s, r) => s + r.seconds, 0),
    nextDue: nextDue === undefined ? undefined : new Date(nextDue),
    dueTomorrow,
  };
}

/** A short description of the filter for the screen and plain output. */
export function describeFilter(catalog: Catalog, filter: ReviewFilter): string {
  if (filter.lesson) return `lesson ${catalog.lessonById.get(filter.lesson)?.title ?? filter.lesson}`;
  if (filter.module) {
    const m = catalog.modules.find((x) => x.id === filter.module);
    return m ? `module ${m.number} ${m.title}` : `module ${filter.module}`;
  }
  if (filter.domain) return DOMAINS.find((d) => d.id === filter.domain)?.title ?? filter.domain;
  return 'all cards';
}

export interface DueOverview {
  domain: DomainId;
  title: string;
  due: number;
  cards: number;
}

/** Cards due now per domain and the new cards allowed today (the plain `cks-tutor review` output). */
export function dueOverview(catalog: Catalog, data: StoreData, filter: ReviewFilter, now: Date): { domains: DueOverview[]; due: number; fresh: number } {
  const queue = buildQueue(catalog.cards, data, { now, newAllowance: newAllowance(data, localDay(now)), ...filter });
  const domains = DOMAINS.map((d) => ({
    domain: d.id,
    title: d.title,
    due: queue.due.filter((c) => c.domain === d.id).length,
    cards: cardsInFilter(catalog, filter).filter((c) => c.domain === d.id).length,
  })).filter((d) => d.cards > 0);
  return { domains, due: queue.due.length, fresh: queue.fresh.length };
}

export interface ReviewSettings {
  desiredRetention?: number;
  newCardsPerDay?: number;
}

/** `--retention 0.92 --new-per-day 15`, checked against the store's bounds; a bad value names its flag. */
export function parseReviewSettings(options: { retention?: string; newPerDay?: string }): ReviewSettings {
  const settings: ReviewSettings = {};
  if (options.retention !== undefined) {
    const r = Number(options.retention);
    if (!options.retention.trim() || !Number.isFinite(r) || r < 0.7 || r > 0.99) {
      throw new UserError(`--retention must be a number from 0.70 to 0.99 (the share of cards you want to still know when they come due), got ${options.retention}`);
    }
    settings.desiredRetention = r;
  }
  if (options.newPerDay !== undefined) {
    const n = Number(options.newPerDay);
    if (!/^\s*\d+\s*$/.test(options.newPerDay) || n > 200) throw new UserError(`--new-per-day must be a whole number from 0 to 200, got ${options.newPerDay}`);
    settings.newCardsPerDay = n;
  }
  return settings;
}

export function applySettings(data: StoreData, settings: ReviewSettings): void {
  if (settings.desiredRetention !== undefined) data.settings.desiredRetention = settings.desiredRetention;
  if (settings.newCardsPerDay !== undefined) data.settings.newCardsPerDay = settings.newCardsPerDay;
}
