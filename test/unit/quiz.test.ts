// The quiz as plain data: order, shuffled options, recording answers and pulling cards forward.
import { describe, expect, it } from 'vitest';
import { indexCatalog, type Question } from '../../src/content/catalog.js';
import { localDay } from '../../src/learning/dates.js';
import { optionOrder, quizQuestions, recordAnswer, scoreByDomain } from '../../src/learning/quiz.js';
import { emptyStore } from '../../src/store/schema.js';
import { syntheticCards } from '../helpers/cards.js';

const now = new Date(2026, 2, 2, 9, 0, 0);
const cards = syntheticCards(6);
const question = (id: string, domain: Question['domain'], module = 'm1'): Question => ({
  id,
  domain,
  scenario: `Scenario ${id}`,
  options: [
    { text: 'right', correct: true, why: 'because it is right' },
    { text: 'wrong one', correct: false, why: 'because it is wrong' },
    { text: 'wrong two', correct: false, why: 'also wrong' },
    { text: 'wrong three', correct: false, why: 'wrong as well' },
  ],
  cards: [cards[0]!.id, cards[1]!.id],
  module,
  file: 'questions.yaml',
  index: 0,
});
const questions = [question('a1', 'cluster-setup'), question('a2', 'cluster-setup'), question('b1', 'supply-chain', 'm2'), question('c1', 'runtime-security', 'm2')];
const catalog = indexCatalog({ root: '', modules: [], lessons: [], cards, questions, drills: [], plan: { weeks: [] } });

describe('the quiz', () => {
  it('mixes the domains, asks missed questions first and answered-right ones last', () => {
    const data = emptyStore(now);
    expect(quizQuestions(catalog, data, {}).map((q) => q.id)).toEqual(['a1', 'b1', 'c1', 'a2']);
    recordAnswer(data, questions[0]!, true, now);
    recordAnswer(data, questions[2]!, false, now);
    expect(quizQuestions(catalog, data, {}).map((q) => q.id)).toEqual(['b1', 'a2', 'c1', 'a1']);
    expect(quizQuestions(catalog, data, { domain: 'cluster-setup' }).map((q) => q.id)).toEqual(['a2', 'a1']);
    expect(quizQuestions(catalog, data, { module: 'm2' }).map((q) => q.id)).toEqual(['b1', 'c1']);
  });

  it('shuffles the options (content lists the right one first), differently per attempt, stably per redraw', () => {
    const q = questions[0]!;
    const orders = Array.from({ length: 12 }, (_, attempt) => optionOrder(q, attempt));
    for (const order of orders) expect([...order].sort()).toEqual([0, 1, 2, 3]);
    expect(optionOrder(q, 3)).toEqual(orders[3]);
    expect(new Set(orders.map((o) => o.join(''))).size).toBeGreaterThan(3);
    // The right answer does not sit at the same letter every time.
    expect(new Set(orders.map((o) => o.indexOf(0))).size).toBeGreaterThan(1);
  });

  it('records answers, counts them for today, and on a miss makes the linked cards due now', () => {
    const data = emptyStore(now);
    data.cards[cards[1]!.id] = { due: new Date(now.getTime() + 9 * 86_400_000).toISOString(), stability: 9, difficulty: 5, elapsed_days: 0, scheduled_days: 9, learning_steps: 0, reps: 2, lapses: 0, state: 2 };
    recordAnswer(data, questions[0]!, true, now);
    expect(data.cards[cards[0]!.id]).toBeUndefined();
    recordAnswer(data, questions[0]!, false, now);
    expect(data.questions.a1).toEqual([
      { at: now.toISOString(), correct: true },
      { at: now.toISOString(), correct: false },
    ]);
    expect(data.days[localDay(now)]!.questions).toBe(2);
    expect(data.cards[cards[0]!.id]!.due).toBe(now.toISOString());
    expect(data.cards[cards[1]!.id]!.due).toBe(now.toISOString());
  });

  it('scores by domain', () => {
    expect(scoreByDomain([
      { question: questions[0]!, correct: true },
      { question: questions[1]!, correct: false },
      { question: questions[2]!, correct: true },
    ])).toEqual([
      { domain: 'cluster-setup', title: 'Cluster Setup', right: 1, asked: 2 },
      { domain: 'supply-chain', title: 'Supply Chain Security', right: 1, asked: 1 },
    ]);
  });
});
