// The readiness model: how much of each exam domain the learner has, from what the progress file shows,
// weighted by the exam weights into one score against the pass line. Pure and cheap (one pass over the
// cards, drills and questions), so the home screen can show it at start.
//
// Per domain (and per competency), each figure 0-1 over all of its items, untouched items counting 0:
// - retention: mean FSRS retrievability of its cards now;
// - drills: per drill, recent evidence of passing: attempts weighted by 0.5^(age / 10 days), a pass worth
//   its score (speed against the target and hints already in it), a failure 0, with a prior weight of
//   EVIDENCE_PRIOR of a failure, so one pass today is 0.8 and a pass weeks ago fades toward 0;
// - questions: the same evidence for practice questions (right 1, wrong 0);
// - coverage: the shares of its lessons opened, cards seen, drills tried and questions answered.
// mastery = the weighted mean of the figures it has content for (WEIGHTS); then a mock exam's
// per-domain percentage takes up to MOCK_MAX_SHARE of it, fading with a 14-day half-life.
// readiness = sum over the six domains of exam weight x mastery.
import type { Card, Catalog, Drill, Lesson, Question } from '../content/catalog.js';
import { DOMAINS, PASS_PERCENT, type DomainId } from '../content/domains.js';
import type { DrillAttempt, StoreData } from '../store/schema.js';
import { addDays, daysBetween, type Day } from './dates.js';
import { retrievability, scheduler, State } from './scheduler.js';
import { lessonsInPlanOrder } from './summary.js';

const PASS_LINE = PASS_PERCENT;
const WEIGHTS = { retention: 0.3, drills: 0.35, questions: 0.15, coverage: 0.2 } as const;
const HALF_LIFE_DAYS = 10;
const MOCK_HALF_LIFE_DAYS = 14;
const EVIDENCE_PRIOR = 0.25;
const MOCK_MAX_SHARE = 0.5;
/** Readiness this far above the pass line leaves room for a bad task or two. */
const MARGIN = 8;

const pct = (w: number) => `${Math.round(w * 100)}%`;

/** The model in two short lines, for the progress screen and the exports. */
export const MODEL_EXPLANATION: readonly [string, string] = [
  `Mastery: ${pct(WEIGHTS.retention)} card recall, ${pct(WEIGHTS.drills)} drills (recent passes, speed, hints), ${pct(WEIGHTS.questions)} quiz, ${pct(WEIGHTS.coverage)} coverage.`,
  `Readiness: mastery x exam weight (${DOMAINS.map((d) => d.weight).join('/')}); a recent mock exam counts up to half.`,
];

export type Verdict = 'ready' | 'borderline' | 'not ready';

/** Figures 0-100, rounded; null where the domain or competency has nothing of that kind. */
export interface Figures {
  mastery: number;
  retention: number | null;
  drills: number | null;
  questions: number | null;
  coverage: number | null;
  /** The recency-weighted mock exam percentage, null without a mock exam. */
  mock: number | null;
}

export interface DomainReadiness extends Figures {
  id: DomainId;
  title: string;
  short: string;
  weight: number;
  /** What has never been touched. */
  untouched: { lessons: string[]; cards: number; drills: string[]; questions: number };
}

export interface CompetencyReadiness extends Figures {
  id: string;
  title: string;
  domain: DomainId;
  /** Exam points this competency still leaves on the table: (100 - mastery) x its share of the domain weight. */
  pointsAtStake: number;
  /** Where to work on it: the lesson (also the cards filter) and the drill that needs it most. */
  lesson: string | null;
  drill: string | null;
}

export interface Readiness {
  /** 0-100 */
  readiness: number;
  passLine: number;
  verdict: Verdict;
  domains: DomainReadiness[];
  /** Competencies with content, the most exam points at stake first. */
  competencies: CompetencyReadiness[];
}

const DAY_MS = 86_400_000;
const decay = (ageMs: number, halfLifeDays: number) => 0.5 ** (Math.max(0, ageMs) / DAY_MS / halfLifeDays);

/** Recency-weighted evidence of success, 0-1, starting from a prior failure of weight EVIDENCE_PRIOR. */
export function evidence(events: ReadonlyArray<{ at: string; value: number }>, now: Date): number {
  let sum = 0;
  let weight = EVIDENCE_PRIOR;
  for (const e of events) {
    const w = decay(now.getTime() - Date.parse(e.at), HALF_LIFE_DAYS);
    sum += w * e.value;
    weight += w;
  }
  return sum / weight;
}

/** A pass is worth its score (speed against the target and hints are in it); a failure nothing. */
export function attemptValue(a: DrillAttempt): number {
  return a.passed ? Math.min(1, Math.max(0, a.score / 100)) : 0;
}

interface Items {
  lessons: Lesson[];
  cards: Card[];
  drills: Drill[];
  questions: Question[];
}

interface Measures {
  recall: Map<string, number>;
  drill: Map<string, number>;
  question: Map<string, number>;
}

const mean = (values: number[]) => (values.length ? values.reduce((a, b) => a + b, 0) / values.length : null);
const share = <T>(items: T[], touched: (item: T) => boolean) => (items.length ? items.filter(touched).length / items.length : null);

function masteryOf(items: Items, m: Measures, data: StoreData, mock: { percent: number; share: number } | null): Figures {
  const retention = mean(items.cards.map((c) => m.recall.get(c.id) ?? 0));
  const drills = mean(items.drills.map((d) => m.drill.get(d.id) ?? 0));
  const questions = mean(items.questions.map((q) => m.question.get(q.id) ?? 0));
  const coverage = mean(
    [
      share(items.lessons, (l) => !!data.lessons[l.id]),
      share(items.cards, (c) => (data.cards[c.id]?.reps ?? 0) > 0),
      share(items.drills, (d) => !!data.drills[d.id]?.length),
      share(items.questions, (q) => !!data.questions[q.id]?.length),
    ].filter((s): s is number => s !== null),
  );
  const parts = [
    [WEIGHTS.retention, retention],
    [WEIGHTS.drills, drills],
    [WEIGHTS.questions, questions],
    [WEIGHTS.coverage, coverage],
  ].filter((p): p is [number, number] => p[1] !== null);
  const total = parts.reduce((n, [w]) => n + w, 0);
  const base = total ? parts.reduce((n, [w, v]) => n + w * v, 0) / total : 0;
  const mastery = mock ? (1 - mock.share) * base + mock.share * (mock.percent / 100) : base;
  const round = (v: number | null) => (v === null ? null : Math.round(v * 100));
  return { mastery: mastery * 100, retention: round(retention), drills: round(drills), questions: round(questions), coverage: round(coverage), mock: mock ? Math.round(mock.percent) : null };
}

/** Mock exams with a figure for the domain, weighted by age (a practice run counts half). */
function mockFor(data: StoreData, domain: DomainId, now: Date): { percent: number; share: number } | null {
  let sum = 0;
  let weight = 0;
  let strongest = 0;
  for (const e of data.exams) {
    const p = e.domains[domain];
    if (p === undefined) continue;
    const w = decay(now.getTime() - Date.parse(e.finishedAt), MOCK_HALF_LIFE_DAYS) * (e.practice ? 0.5 : 1);
    sum += w * p;
    weight += w;
    strongest = Math.max(strongest, w);
  }
  return weight > 0 ? { percent: sum / weight, share: MOCK_MAX_SHARE * strongest } : null;
}

function verdictOf(readiness: number): Verdict {
  return readiness >= PASS_LINE + MARGIN ? 'ready' : readiness >= PASS_LINE ? 'borderline' : 'not ready';
}

export function computeReadiness(catalog: Catalog, data: StoreData, now: Date): Readiness {
  const f = scheduler(data.settings.desiredRetention);
  const m: Measures = { recall: new Map(), drill: new Map(), question: new Map() };
  for (const card of catalog.cards) {
    const stored = data.cards[card.id];
    if (stored && stored.state !== State.New && stored.last_review) m.recall.set(card.id, retrievability(f, stored, now));
  }
  for (const d of catalog.drills) {
    const attempts = data.drills[d.id];
    if (attempts?.length) m.drill.set(d.id, evidence(attempts.map((a) => ({ at: a.at, value: attemptValue(a) })), now));
  }
  for (const q of catalog.questions) {
    const answers = data.questions[q.id];
    if (answers?.length) m.question.set(q.id, evidence(answers.map((a) => ({ at: a.at, value: a.correct ? 1 : 0 })), now));
  }

  const planOrder = lessonsInPlanOrder(catalog);
  const domains: DomainReadiness[] = [];
  const competencies: CompetencyReadiness[] = [];
  for (const d of DOMAINS) {
    const items: Items = {
      lessons: catalog.lessons.filter((l) => l.domains.includes(d.id)),
      cards: catalog.cards.filter((c) => c.domain === d.id),
      drills: catalog.drills.filter((x) => x.domain === d.id),
      questions: catalog.questions.filter((q) => q.domain === d.id),
    };
    const mock = mockFor(data, d.id, now);
    domains.push({
      id: d.id,
      title: d.title,
      short: d.short,
      weight: d.weight,
      ...masteryOf(items, m, data, mock),
      untouched: {
        lessons: items.lessons.filter((l) => !data.lessons[l.id]).map((l) => l.id),
        cards: items.cards.filter((c) => !((data.cards[c.id]?.reps ?? 0) > 0)).length,
        drills: items.drills.filter((x) => !data.drills[x.id]?.length).map((x) => x.id),
        questions: items.questions.filter((q) => !data.questions[q.id]?.length).length,
      },
    });

    const mine = d.competencies
      .map((c) => {
        const lessons = planOrder.filter((l) => l.competencies.includes(c.id));
        const own: Items = {
          lessons,
          cards: lessons.flatMap((l) => catalog.cardsByLesson.get(l.id) ?? []).filter((card) => card.domain === d.id),
          drills: catalog.drills.filter((x) => x.competencies.includes(c.id)),
          questions: catalog.questions.filter((q) => q.competency === c.id),
        };
        return { c, own };
      })
      .filter(({ own }) => own.lessons.length + own.drills.length + own.questions.length > 0);
    for (const { c, own } of mine) {
      const figures = masteryOf(own, m, data, mock);
      const weakestDrill = [...own.drills].sort((a, b) => (m.drill.get(a.id) ?? 0) - (m.drill.get(b.id) ?? 0) || a.minutes - b.minutes)[0];
      competencies.push({
        id: c.id,
        title: c.title,
        domain: d.id,
        ...figures,
        pointsAtStake: ((100 - figures.mastery) / 100) * (d.weight / mine.length),
        lesson: (own.lessons.find((l) => data.lessons[l.id]?.status !== 'done') ?? own.lessons[0])?.id ?? null,
        drill: weakestDrill?.id ?? null,
      });
    }
  }
  const readiness = domains.reduce((n, d) => n + (d.weight * d.mastery) / 100, 0);
  competencies.sort((a, b) => b.pointsAtStake - a.pointsAtStake);
  for (const x of [...domains, ...competencies]) x.mastery = Math.round(x.mastery);
  for (const c of competencies) c.pointsAtStake = Math.round(c.pointsAtStake * 10) / 10;
  const rounded = Math.round(readiness);
  return { readiness: rounded, passLine: PASS_LINE, verdict: verdictOf(rounded), domains, competencies };
}

/** The domain where the most exam points are missing: weight x (100 - mastery). */
export function weakestDomains(r: Readiness): DomainReadiness[] {
  return [...r.domains].sort((a, b) => b.weight * (100 - b.mastery) - a.weight * (100 - a.mastery));
}

type Snapshot = StoreData['snapshots'][string];

export function snapshotOf(r: Readiness): Snapshot {
  return { readiness: r.readiness, domains: Object.fromEntries(r.domains.map((d) => [d.id, d.mastery])) };
}

/** The store change that keeps today's snapshot (the last figures of the day make the trend). */
export function recordSnapshot(r: Readiness, today: Day) {
  return (data: StoreData): void => {
    data.snapshots[today] = snapshotOf(r);
  };
}

export function sameSnapshot(a: Snapshot | undefined, b: Snapshot): boolean {
  return !!a && a.readiness === b.readiness && DOMAINS.every((d) => a.domains[d.id] === b.domains[d.id]);
}

/** Readiness per day over the `days` days ending today (null where no snapshot was taken). */
export function trend(snapshots: StoreData['snapshots'], today: Day, days: number): Array<{ day: Day; readiness: number | null }> {
  return Array.from({ length: days }, (_, i) => {
    const day = addDays(today, i - days + 1);
    return { day, readiness: snapshots[day]?.readiness ?? null };
  });
}

/** Days from the first snapshot to today, at least one. */
export function trendSpan(snapshots: StoreData['snapshots'], today: Day): number {
  const first = Object.keys(snapshots).sort()[0];
  return first ? Math.max(1, daysBetween(first, today) + 1) : 1;
}
