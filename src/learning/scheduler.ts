// Spaced repetition on ts-fsrs: converting stored card state, grading, previews of each grade's next
// interval, the daily queue, and pulling cards forward when a quiz or drill shows a gap.
import { createEmptyCard, fsrs, Rating, State, type Card as FsrsCard, type FSRS, type Grade } from 'ts-fsrs';
import type { Card } from '../content/catalog.js';
import type { DomainId } from '../content/domains.js';
import type { ReviewEntry } from '../store/reviewLog.js';
import type { StoreData, StoredCard } from '../store/schema.js';

export { Rating, State };
export type { Grade };

export const GRADES: readonly Grade[] = [Rating.Again, Rating.Hard, Rating.Good, Rating.Easy];
export const GRADE_LABELS: Record<Grade, string> = {
  [Rating.Again]: 'again',
  [Rating.Hard]: 'hard',
  [Rating.Good]: 'good',
  [Rating.Easy]: 'easy',
};

const schedulers = new Map<string, FSRS>();

/** One scheduler per (retention, fuzz) pair; ts-fsrs schedulers are stateless, so they can be shared. */
export function scheduler(retention: number, fuzz = true): FSRS {
  const key = `${retention}:${fuzz}`;
  let f = schedulers.get(key);
  if (!f) {
    f = fsrs({ request_retention: retention, enable_fuzz: fuzz });
    schedulers.set(key, f);
  }
  return f;
}

export function toFsrs(stored: StoredCard): FsrsCard {
  return {
    ...stored,
    due: new Date(stored.due),
    state: stored.state as State,
    last_review: stored.last_review ? new Date(stored.last_review) : undefined,
  };
}

export function fromFsrs(card: FsrsCard): StoredCard {
  const stored: StoredCard = {
    due: card.due.toISOString(),
    stability: card.stability,
    difficulty: card.difficulty,
    elapsed_days: card.elapsed_days,
    scheduled_days: card.scheduled_days,
    learning_steps: card.learning_steps,
    reps: card.reps,
    lapses: card.lapses,
    state: card.state,
  };
  if (card.last_review) stored.last_review = card.last_review.toISOString();
  return stored;
}

export function cardState(data: StoreData, cardId: string, now: Date): FsrsCard {
  const stored = data.cards[cardId];
  return stored ? toFsrs(stored) : createEmptyCard(now);
}

export interface GradeResult {
  card: StoredCard;
  entry: ReviewEntry;
}

export function grade(f: FSRS, cardId: string, current: FsrsCard, rating: Grade, now: Date, seq: string, source: ReviewEntry['source']): GradeResult {
  const { card, log } = f.next(current, now, rating);
  return {
    card: fromFsrs(card),
    entry: {
      seq,
      card: cardId,
      rating: log.rating,
      state: log.state,
      due: log.due.toISOString(),
      stability: log.stability,
      difficulty: log.difficulty,
      elapsed_days: log.elapsed_days,
      last_elapsed_days: log.last_elapsed_days,
      scheduled_days: log.scheduled_days,
      learning_steps: log.learning_steps,
      review: log.review.toISOString(),
      source,
    },
  };
}

/** When each grade would bring the card back, for the labels under the grade keys. */
export function previewDue(f: FSRS, current: FsrsCard, now: Date): Record<Grade, Date> {
  const preview = f.repeat(current, now);
  return Object.fromEntries(GRADES.map((g) => [g, preview[g].card.due])) as Record<Grade, Date>;
}

/** "now", "10m", "3h", "4d", "2mo", "1.5y": short enough for a key bar. */
export function formatInterval(from: Date, to: Date): string {
  const minutes = Math.max(0, (to.getTime() - from.getTime()) / 60_000);
  if (minutes < 1) return 'now';
  if (minutes < 60) return `${Math.round(minutes)}m`;
  const hours = minutes / 60;
  if (hours < 24) return `${Math.round(hours)}h`;
  const days = hours / 24;
  if (days < 31) return `${Math.round(days)}d`;
  if (days < 365) return `${Math.round(days / 30.4)}mo`;
  return `${(days / 365).toFixed(1).replace(/\.0$/, '')}y`;
}

export interface QueueOptions {
  now: Date;
  /** New cards still allowed today. */
  newAllowance: number;
  domain?: DomainId;
  module?: string;
  lesson?: string;
  /** Lessons the learner has opened: their new cards come first. */
  startedLessons?: ReadonlySet<string>;
}

export interface Queue {
  /** Cards due now, the most overdue first; pulled-forward new cards (from a quiz or drill) included. */
  due: Card[];
  /** New cards introduced today, within the allowance. */
  fresh: Card[];
}

export function buildQueue(cards: readonly Card[], data: StoreData, options: QueueOptions): Queue {
  const nowMs = options.now.getTime();
  const due: Array<{ card: Card; at: number }> = [];
  const fresh: Card[] = [];
  const started: Card[] = [];
  for (const card of cards) {
    if (options.domain && card.domain !== options.domain) continue;
    if (options.module && card.module !== options.module) continue;
    if (options.lesson && card.lesson !== options.lesson) continue;
    const stored = data.cards[card.id];
    if (!stored) {
      (options.startedLessons?.has(card.lesson) ? started : fresh).push(card);
      continue;
    }
    const at = Date.parse(stored.due);
    if (at <= nowMs) due.push({ card, at });
  }
  due.sort((a, b) => a.at - b.at);
  return { due: due.map((d) => d.card), fresh: [...started, ...fresh].slice(0, Math.max(0, options.newAllowance)) };
}

/** Makes the given cards due now (a missed quiz question or a failed drill shows they need work). */
export function pullForward(data: StoreData, cardIds: readonly string[], now: Date): void {
  for (const id of cardIds) {
    const stored = data.cards[id];
    if (!stored) data.cards[id] = fromFsrs(createEmptyCard(now));
    else if (Date.parse(stored.due) > now.getTime()) stored.due = now.toISOString();
  }
}

/** FSRS retrievability (0-1) of a card now; 0 for a card never reviewed. */
export function retrievability(f: FSRS, stored: StoredCard | undefined, now: Date): number {
  if (!stored || stored.state === State.New) return 0;
  return f.get_retrievability(toFsrs(stored), now, false);
}
