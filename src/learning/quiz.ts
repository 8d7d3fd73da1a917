// The practice-question quiz as plain data: which questions, in what order, the options shuffled (the
// content lists the right one first), recording an answer, and the score by domain.
import type { Catalog, Question } from '../content/catalog.js';
import { DOMAINS, type DomainId } from '../content/domains.js';
import type { StoreData } from '../store/schema.js';
import { localDay } from './dates.js';
import { pullForward } from './scheduler.js';

export interface QuizFilter {
  domain?: DomainId;
  module?: string;
}

/**
 * The questions to ask: last answered wrongly first, then never answered, then the rest with the
 * longest-ago answer first; within each group the domains take turns, so a mixed quiz is mixed.
 */
export function quizQuestions(catalog: Catalog, data: StoreData, filter: QuizFilter): Question[] {
  const chosen = catalog.questions.filter((q) => (!filter.domain || q.domain === filter.domain) && (!filter.module || q.module === filter.module));
  const group = (q: Question) => {
    const last = data.questions[q.id]?.at(-1);
    return last ? (last.correct ? 2 : 0) : 1;
  };
  const lastAt = (q: Question) => data.questions[q.id]?.at(-1)?.at ?? '';
  const sorted = [...chosen].sort((a, b) => group(a) - group(b) || (lastAt(a) < lastAt(b) ? -1 : lastAt(a) > lastAt(b) ? 1 : 0));
  const out: Question[] = [];
  for (const g of [0, 1, 2]) out.push(...interleave(sorted.filter((q) => group(q) === g)));
  return out;
}

function interleave(questions: Question[]): Question[] {
  const byDomain = DOMAINS.map((d) => questions.filter((q) => q.domain === d.id));
  const out: Question[] = [];
  for (let i = 0; out.length < questions.length; i++) for (const list of byDomain) if (list[i]) out.push(list[i]!);
  return out;
}

/**
 * The order to show a question's options in: a shuffle seeded by the question and how often it was
 * answered, so it changes between attempts but is the same on every redraw.
 */
export function optionOrder(question: Question, attempt: number): number[] {
  let seed = hash(`${question.id}#${attempt}`);
  const order = question.options.map((_, i) => i);
  for (let i = order.length - 1; i > 0; i--) {
    seed = (Math.imul(seed, 1_103_515_245) + 12_345) >>> 0;
    const j = seed % (i + 1);
    [order[i], order[j]] = [order[j]!, order[i]!];
  }
  return order;
}

function hash(text: string): number {
  let h = 2_166_136_261;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16_777_619) >>> 0;
  return h;
}

export function attemptsOf(data: StoreData, question: Question): number {
  return data.questions[question.id]?.length ?? 0;
}

/** The store change for an answer: recorded, counted for today, and on a miss the linked cards due now. */
export function recordAnswer(data: StoreData, question: Question, correct: boolean, now: Date): void {
  (data.questions[question.id] ??= []).push({ at: now.toISOString(), correct });
  const today = (data.days[localDay(now)] ??= { seconds: 0, reviews: 0, newCards: 0, lessons: 0, drills: 0, questions: 0 });
  today.questions += 1;
  if (!correct) pullForward(data, question.cards, now);
}

export interface DomainScore {
  domain: DomainId;
  title: string;
  right: number;
  asked: number;
}

export function scoreByDomain(answers: ReadonlyArray<{ question: Question; correct: boolean }>): DomainScore[] {
  return DOMAINS.map((d) => {
    const mine = answers.filter((a) => a.question.domain === d.id);
    return { domain: d.id, title: d.title, right: mine.filter((a) => a.correct).length, asked: mine.length };
  }).filter((s) => s.asked > 0);
}

/** Questions per domain with how many were ever answered and the share right at the last try (plain output). */
export function quizOverview(catalog: Catalog, data: StoreData, filter: QuizFilter) {
  const questions = quizQuestions(catalog, data, filter);
  return DOMAINS.map((d) => {
    const mine = questions.filter((q) => q.domain === d.id);
    const answered = mine.filter((q) => data.questions[q.id]?.length);
    return { domain: d.id, title: d.title, questions: mine.length, answered: answered.length, lastRight: answered.filter((q) => data.questions[q.id]!.at(-1)!.correct).length };
  }).filter((d) => d.questions > 0);
}
