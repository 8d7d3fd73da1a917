// The review session as plain data: order, re-queueing, undo, summary, settings.
import { describe, expect, it } from 'vitest';
import { localDay } from '../../src/learning/dates.js';
import {
  applyReview,
  dueOverview,
  gradeCurrent,
  MAX_SECONDS_PER_CARD,
  parseReviewSettings,
  previewGrades,
  startSession,
  summarize,
  undoLast,
  type ReviewSession,
} from '../../src/learning/review.js';
import { fromFsrs, Rating, type Grade } from '../../src/learning/scheduler.js';
import { emptyStore, type StoreData } from '../../src/store/schema.js';
import { createEmptyCard } from 'ts-fsrs';
import { catalogOf, syntheticCards } from '../helpers/cards.js';

const start = new Date(2026, 2, 2, 9, 0, 0);
const minutes = (n: number) => new Date(start.getTime() + n * 60_000);
const catalog = catalogOf(syntheticCards(12, 3));

/** Card state due at `due` (a review card learned a while ago). */
function dueAt(due: Date) {
  const card = fromFsrs({ ...createEmptyCard(new Date(due.getTime() - 10 * 86_400_000)), state: 2, stability: 10, difficulty: 5, reps: 3, scheduled_days: 10 });
  return { ...card, due: due.toISOString(), last_review: new Date(due.getTime() - 10 * 86_400_000).toISOString() };
}

function run(session: ReviewSession, data: StoreData, rating: Grade, when: Date) {
  const r = gradeCurrent(session, data, rating, { at: when, shownAt: when });
  applyReview(data, r.reviewed);
  return r;
}

describe('a review session', () => {
  it('shows due cards first, most overdue first, then new cards within the allowance, opened lessons first', () => {
    const data = emptyStore(start);
    data.settings.newCardsPerDay = 3;
    data.cards['card-0005'] = dueAt(minutes(-60));
    data.cards['card-0002'] = dueAt(minutes(-600));
    data.cards['card-0007'] = dueAt(minutes(60)); // not due yet
    data.lessons['lesson-2'] = { status: 'in-progress', position: 0, updatedAt: start.toISOString() };
    const s = startSession(catalog, data, {}, start);
    expect([s.current, ...s.queue]).toEqual(['card-0002', 'card-0005', 'card-0008', 'card-0011', 'card-0000']);
    expect(s.total).toBe(5);
  });

  it('filters by domain, module or lesson', () => {
    const data = emptyStore(start);
    const ids = (filter: Parameters<typeof startSession>[2]) => {
      const s = startSession(catalog, data, filter, start);
      return [s.current, ...s.queue].filter(Boolean);
    };
    expect(ids({ domain: 'supply-chain' })).toEqual(['card-0004', 'card-0010']);
    expect(ids({ module: 'module-1' })).toEqual(['card-0001', 'card-0008']);
    expect(ids({ lesson: 'lesson-0' })).toEqual(['card-0000', 'card-0003', 'card-0006', 'card-0009']);
  });

  it('grades with exactly the interval the preview showed', () => {
    const data = emptyStore(start);
    data.cards['card-0000'] = dueAt(minutes(-5));
    const s = startSession(catalog, data, { lesson: 'lesson-0' }, start);
    const shown = minutes(1);
    const preview = previewGrades(data, 'card-0000', shown);
    for (const g of [Rating.Again, Rating.Hard, Rating.Good, Rating.Easy] as Grade[]) {
      const r = gradeCurrent(s, data, g, { at: shown, shownAt: start });
      expect(r.reviewed.next.due).toBe(preview[g].toISOString());
    }
  });

  it('brings a card graded Again back later in the session and counts it in the total', () => {
    const data = emptyStore(start);
    let s = startSession(catalog, data, { lesson: 'lesson-0' }, start);
    expect(s.total).toBe(4);
    const first = s.current;
    s = run(s, data, Rating.Again, start).session;
    expect(s.total).toBe(5);
    expect(s.current).not.toBe(first);
    // Two minutes later the Again card (due after 1 minute) comes before the rest of the queue.
    s = run(s, data, Rating.Easy, minutes(2)).session;
    expect(s.current).toBe(first);
    s = run(s, data, Rating.Good, minutes(2)).session; // next learning step: due in 10 minutes
    expect(s.current).not.toBe(first);
    // With the queue done, a learning card due within 20 minutes is shown rather than ending.
    while (s.current !== first) s = run(s, data, Rating.Easy, minutes(3)).session;
    expect(s.queue).toEqual([]);
    s = run(s, data, Rating.Easy, minutes(4)).session;
    expect(s.current).toBeUndefined();
    expect(s.history).toHaveLength(s.total);
  });

  it('relearns a lapsed review card in the same session', () => {
    const data = emptyStore(start);
    data.cards['card-0000'] = dueAt(minutes(-5));
    let s = startSession(catalog, data, { lesson: 'lesson-0' }, start);
    while (s.current && s.current !== 'card-0000') s = run(s, data, Rating.Easy, start).session;
    // A lapse goes to relearning for 10 minutes: shown again.
    s = run(s, data, Rating.Again, start).session;
    while (s.current && s.current !== 'card-0000') s = run(s, data, Rating.Easy, start).session;
    expect(s.current).toBe('card-0000');
  });

  it('undoes grades one after another, putting the cards back in front', () => {
    const data = emptyStore(start);
    let s = startSession(catalog, data, { lesson: 'lesson-0' }, start);
    const before = structuredClone(s);
    s = run(s, data, Rating.Good, start).session;
    s = run(s, data, Rating.Again, minutes(1)).session;
    expect(s.total).toBe(6);

    const u1 = undoLast(s)!;
    expect(u1.reviewed.rating).toBe(Rating.Again);
    expect(u1.session.current).toBe(before.queue[0]);
    expect(u1.session.total).toBe(5);
    const u2 = undoLast(u1.session)!;
    expect(u2.reviewed.rating).toBe(Rating.Good);
    expect(u2.session).toEqual(before);
    expect(undoLast(u2.session)).toBeUndefined();
  });

  it('undoes an Again whose card has already come back and is showing', () => {
    const data = emptyStore(start);
    let s = startSession(catalog, data, { lesson: 'lesson-0' }, start);
    while (s.queue.length) s = run(s, data, Rating.Easy, start).session;
    const last = s.current;
    s = run(s, data, Rating.Again, start).session;
    expect(s.current).toBe(last);
    const undone = undoLast(s)!;
    expect(undone.session.current).toBe(last);
    expect(undone.session.later).toEqual([]);
    expect(undone.session.total).toBe(4);
  });

  it('sums up: reviewed, again rate, new cards, time (capped per card) and the next due card', () => {
    const data = emptyStore(start);
    let s = startSession(catalog, data, { lesson: 'lesson-0' }, start);
    let r = gradeCurrent(s, data, Rating.Again, { at: minutes(10), shownAt: start });
    applyReview(data, r.reviewed);
    expect(r.reviewed.seconds).toBe(MAX_SECONDS_PER_CARD);
    s = r.session;
    r = gradeCurrent(s, data, Rating.Easy, { at: new Date(minutes(10).getTime() + 8000), shownAt: minutes(10) });
    applyReview(data, r.reviewed);
    s = r.session;
    const summary = summarize(s, catalog, data, new Date(minutes(10).getTime() + 10_000));
    expect(summary).toMatchObject({ reviewed: 2, again: 1, againRate: 0.5, newCards: 2, seconds: MAX_SECONDS_PER_CARD + 8 });
    // The Again card is the soonest (one minute after its grade).
    expect(summary.nextDue).toEqual(new Date(data.cards[s.history[0]!.card]!.due));
    expect(data.days[localDay(start)]).toMatchObject({ reviews: 2, newCards: 2, seconds: MAX_SECONDS_PER_CARD + 8 });
  });

  it('counts due cards per domain for the plain output', () => {
    const data = emptyStore(start);
    data.cards['card-0000'] = dueAt(minutes(-5));
    data.cards['card-0006'] = dueAt(minutes(-5));
    data.cards['card-0001'] = dueAt(minutes(5));
    const o = dueOverview(catalog, data, {}, start);
    expect(o.due).toBe(2);
    expect(o.fresh).toBe(9);
    expect(o.domains.find((d) => d.domain === 'cluster-setup')).toMatchObject({ due: 2, cards: 2 });
    expect(o.domains.find((d) => d.domain === 'cluster-hardening')).toMatchObject({ due: 0, cards: 2 });
  });
});

describe('review settings from the command line', () => {
  it('accepts values in range', () => {
    expect(parseReviewSettings({ retention: '0.92', newPerDay: '15' })).toEqual({ desiredRetention: 0.92, newCardsPerDay: 15 });
    expect(parseReviewSettings({})).toEqual({});
    expect(parseReviewSettings({ newPerDay: '0' })).toEqual({ newCardsPerDay: 0 });
  });

  it('rejects bad values with a one-line message naming the flag', () => {
    for (const retention of ['0.5', '1', 'high', '']) expect(() => parseReviewSettings({ retention })).toThrow(/^--retention must be a number from 0.70 to 0.99/);
    for (const newPerDay of ['-1', '201', '2.5', 'ten']) expect(() => parseReviewSettings({ newPerDay })).toThrow(/^--new-per-day must be a whole number from 0 to 200/);
  });
});
