// Scheduling over simulated days, through the same functions the review screen uses.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { get_fuzz_range } from 'ts-fsrs';
import { describe, expect, it } from 'vitest';
import { loadCatalog } from '../../src/content/load.js';
import { localDay } from '../../src/learning/dates.js';
import { applyReview, gradeCurrent, revertReview, startSession, type ReviewSession } from '../../src/learning/review.js';
import { buildQueue, cardState, grade, Rating, scheduler, State, toFsrs, type Grade } from '../../src/learning/scheduler.js';
import { newAllowance } from '../../src/learning/summary.js';
import { emptyStore, type StoreData } from '../../src/store/schema.js';
import { catalogOf, syntheticCards } from '../helpers/cards.js';
import { copyOfFixtureContent } from '../helpers/paths.js';

const DAY = 86_400_000;
const start = new Date(2026, 2, 2, 9, 0, 0);
const at = (days: number, minutes = 0) => new Date(start.getTime() + days * DAY + minutes * 60_000);
const daysBetween = (a: Date, b: Date) => (b.getTime() - a.getTime()) / DAY;

/** Grades the session's current card at `when` and applies the change, as the screen does. */
function gradeNow(session: ReviewSession, data: StoreData, rating: Grade, when: Date) {
  const result = gradeCurrent(session, data, rating, { at: when, shownAt: when });
  applyReview(data, result.reviewed);
  return result;
}

/** Grades every card of the session with `rating`, `step` apart, until the session is empty. */
function gradeUntilDone(session: ReviewSession, data: StoreData, rating: Grade, from: Date, step = 11 * 60_000): void {
  let when = from;
  while (session.current) {
    session = gradeNow(session, data, rating, when).session;
    when = new Date(when.getTime() + step);
  }
}

describe('scheduling over simulated days', () => {
  const catalog = catalogOf(syntheticCards(1));

  it('brings a card graded Again back the same day, new or long-learned', () => {
    const data = emptyStore(start);
    const first = gradeNow(startSession(catalog, data, {}, start), data, Rating.Again, start);
    expect(localDay(new Date(first.reviewed.next.due))).toBe(localDay(start));
    expect(first.reviewed.again).toBe(true);
    // The session shows it again once due (within the learn-ahead window), not tomorrow.
    expect(first.session.current).toBe('card-0000');

    // Learn it, then let weeks pass and forget it: Again on a review card also means today.
    gradeUntilDone(first.session, data, Rating.Good, at(0, 1));
    expect(data.cards['card-0000']!.state).toBe(State.Review);
    const late = at(40);
    const lapse = gradeNow(startSession(catalog, data, {}, late), data, Rating.Again, late);
    expect(lapse.reviewed.next.state).toBe(State.Relearning);
    expect(localDay(new Date(lapse.reviewed.next.due))).toBe(localDay(late));
    expect(data.cards['card-0000']!.lapses).toBe(1);
  });

  it('moves a card graded Good out by days, and further each time', () => {
    const data = emptyStore(start);
    const session = startSession(catalog, data, {}, start);
    // New -> learning (10 min) -> review.
    gradeUntilDone(session, data, Rating.Good, start);
    const intervals: number[] = [];
    let reviewedAt = new Date(data.cards['card-0000']!.last_review!);
    for (let i = 0; i < 6; i++) {
      const due = new Date(data.cards['card-0000']!.due);
      intervals.push(Math.round(daysBetween(reviewedAt, due)));
      // Nothing is due before the due day; on it, the card is in the queue.
      expect(buildQueue(catalog.cards, data, { now: new Date(due.getTime() - DAY), newAllowance: 0 }).due).toHaveLength(0);
      expect(buildQueue(catalog.cards, data, { now: due, newAllowance: 0 }).due.map((c) => c.id)).toEqual(['card-0000']);
      reviewedAt = due;
      gradeNow(startSession(catalog, data, {}, due), data, Rating.Good, due);
    }
    expect(intervals[0]).toBeGreaterThanOrEqual(1);
    for (let i = 1; i < intervals.length; i++) expect(intervals[i], intervals.join(', ')).toBeGreaterThan(intervals[i - 1]!);
  });

  it('gives shorter intervals at a higher desired retention', () => {
    // The same review card, graded Good on the same day at three retention settings (fuzz off to compare exactly).
    const data = emptyStore(start);
    const session = startSession(catalog, data, {}, start);
    gradeUntilDone(session, data, Rating.Good, start);
    const due = new Date(data.cards['card-0000']!.due);
    const interval = (retention: number) => grade(scheduler(retention, false), 'c', toFsrs(data.cards['card-0000']!), Rating.Good, due, 's', 'self').card.scheduled_days;
    expect(interval(0.95)).toBeLessThan(interval(0.9));
    expect(interval(0.9)).toBeLessThan(interval(0.8));

    // The setting in the store is what a session grades with.
    const at95 = structuredClone(data);
    at95.settings.desiredRetention = 0.95;
    const at80 = structuredClone(data);
    at80.settings.desiredRetention = 0.8;
    const g95 = gradeCurrent(startSession(catalog, at95, {}, due), at95, Rating.Good, { at: due, shownAt: due });
    const g80 = gradeCurrent(startSession(catalog, at80, {}, due), at80, Rating.Good, { at: due, shownAt: due });
    expect(g95.reviewed.next.scheduled_days).toBeLessThan(g80.reviewed.next.scheduled_days);
  });

  it('fuzzes review intervals, within the ts-fsrs fuzz range', () => {
    const data = emptyStore(start);
    const session = startSession(catalog, data, {}, start);
    gradeUntilDone(session, data, Rating.Easy, start);
    // A mature card: Good a few times so the interval is long enough to fuzz.
    for (let i = 0; i < 3; i++) {
      const due = new Date(data.cards['card-0000']!.due);
      gradeNow(startSession(catalog, data, {}, due), data, Rating.Good, due);
    }
    const card = toFsrs(data.cards['card-0000']!);
    const seen = new Set<number>();
    for (let ms = 0; ms < 200; ms++) {
      const now = new Date(card.due.getTime() + ms * 7919);
      const plain = grade(scheduler(0.9, false), 'c', card, Rating.Good, now, 's', 'self').card.scheduled_days;
      const fuzzed = grade(scheduler(0.9, true), 'c', card, Rating.Good, now, 's', 'self').card.scheduled_days;
      const { min_ivl, max_ivl } = get_fuzz_range(plain, 0, 36500);
      expect(fuzzed).toBeGreaterThanOrEqual(min_ivl);
      expect(fuzzed).toBeLessThanOrEqual(max_ivl);
      expect(Math.abs(fuzzed - plain) / plain).toBeLessThanOrEqual(0.2);
      seen.add(fuzzed);
    }
    // Fuzz is on: the same card on the same day does not always get the same interval.
    expect(seen.size).toBeGreaterThan(1);
  });

  it('introduces at most the daily number of new cards, and more the next day', () => {
    const many = catalogOf(syntheticCards(30));
    const data = emptyStore(start);
    data.settings.newCardsPerDay = 7;
    const session = startSession(many, data, {}, start);
    expect(session.total).toBe(7);
    gradeUntilDone(session, data, Rating.Easy, start, 60_000);
    expect(data.days[localDay(start)]!.newCards).toBe(7);
    expect(newAllowance(data, localDay(start))).toBe(0);
    expect(startSession(many, data, {}, at(0, 120)).total).toBe(0);
    // Next day: a fresh allowance (Easy cards are not due yet).
    expect(startSession(many, data, {}, at(1)).total).toBe(7);
    // A lower limit set later in the day cuts what is left.
    data.settings.newCardsPerDay = 3;
    expect(newAllowance(data, localDay(at(1)))).toBe(3);
  });

  it('keeps a card’s schedule when its text is edited, because state is keyed by the card id', () => {
    const root = copyOfFixtureContent();
    const file = join(root, 'lessons', '01-basics', '01-tokens.cards.yaml');
    const before = loadCatalog(root);
    const data = emptyStore(start);
    let session = startSession(before, data, {}, start);
    while (session.current && session.current !== 'sa-token-cmd') session = gradeNow(session, data, Rating.Easy, start).session;
    gradeNow(session, data, Rating.Good, start);
    const stored = structuredClone(data.cards['sa-token-cmd']!);

    writeFileSync(file, readFileSync(file, 'utf8').replace('Create a token for service account app in namespace fixture.', 'Issue a short-lived token for ServiceAccount app (namespace fixture).'));
    const after = loadCatalog(root);
    expect(after.cardById.get('sa-token-cmd')).toMatchObject({ front: expect.stringContaining('short-lived') });
    // Same state, and it is not offered as a new card again.
    expect(cardState(data, 'sa-token-cmd', at(5))).toEqual(toFsrs(stored));
    const queue = buildQueue(after.cards, data, { now: new Date(stored.due), newAllowance: 10 });
    expect(queue.fresh.map((c) => c.id)).not.toContain('sa-token-cmd');
    expect(queue.due.map((c) => c.id)).toContain('sa-token-cmd');
  });

  it('undoes a grade exactly: card state and the day counters as before', () => {
    const data = emptyStore(start);
    data.days[localDay(start)] = { seconds: 40, reviews: 3, newCards: 1, lessons: 0, drills: 0, questions: 0 };
    const session = startSession(catalog, data, {}, start);
    const pristine = structuredClone(data);
    const first = gradeCurrent(session, data, Rating.Good, { at: at(0, 1), shownAt: start });
    applyReview(data, first.reviewed);
    expect(data).not.toEqual(pristine);
    expect(data.days[localDay(start)]).toMatchObject({ reviews: 4, newCards: 2, seconds: 100 });
    revertReview(data, first.reviewed);
    expect(data).toEqual(pristine);

    // And for a card that had a state before.
    applyReview(data, first.reviewed);
    const learned = structuredClone(data);
    const later = at(0, 30);
    const second = gradeCurrent(startSession(catalog, data, {}, later), data, Rating.Hard, { at: later, shownAt: later });
    applyReview(data, second.reviewed);
    revertReview(data, second.reviewed);
    expect(data).toEqual(learned);
  });
});
