// Today's agenda: what it holds, which drills it picks, when items count as done, and that a day resumes.
import { describe, expect, it } from 'vitest';
import { addDays, localDay } from '../../src/learning/dates.js';
import { agendaView, buildAgenda, CARD_CAP, ensureAgenda, readAgenda, startOfDay, toggleSkip, weekDrills } from '../../src/learning/agenda.js';
import { focusWeek, layoutPlan, setExamDate } from '../../src/learning/plan.js';
import { State } from '../../src/learning/scheduler.js';
import type { StoreData } from '../../src/store/schema.js';
import { course, drill, freshData } from '../helpers/course.js';

const catalog = course();
const NOW = new Date(2027, 0, 4, 9);
const TODAY = localDay(NOW);
const all = () => true;
const noLab = { labRunning: false, hasTool: all };
const later = (minutes: number) => new Date(NOW.getTime() + minutes * 60_000);

function dueCards(data: StoreData, count: number) {
  for (const card of catalog.cards.slice(0, count)) {
    data.cards[card.id] = { due: addDays(TODAY, -1), stability: 3, difficulty: 5, elapsed_days: 3, scheduled_days: 3, learning_steps: 0, reps: 2, lapses: 0, state: State.Review, last_review: '2027-01-01T09:00:00.000Z' };
  }
}

describe("today's agenda", () => {
  it('holds new cards, the next lesson of the plan, a drill of the plan week, one of the weakest domain and a quiz', () => {
    const agenda = buildAgenda(catalog, freshData(), NOW, noLab);
    expect(agenda.day).toBe(TODAY);
    expect(agenda.items).toEqual([
      { kind: 'cards', due: 0, fresh: 20 },
      { kind: 'lesson', lesson: 'cks-exam' },
      // Week 1 names no drill: its lessons' main domain (cluster setup) gives one, the api one before the lab one.
      { kind: 'drill', drill: 'netpol-default-deny', reason: 'plan' },
      // Nothing studied: the weakest domain is the first 20 % one; its api drill before its lab drill.
      { kind: 'drill', drill: 'psa-restricted', reason: 'weakest' },
      { kind: 'quiz', domain: 'microservice-vulnerabilities', questions: 2 },
    ]);
  });

  it('caps the due cards', () => {
    const many = course();
    const data = freshData();
    // No last review on these: a hand-edited file must not break the figures.
    for (let i = 0; i < 80; i++) {
      data.cards[`extra-${i}`] = { due: addDays(TODAY, -2), stability: 3, difficulty: 5, elapsed_days: 3, scheduled_days: 3, learning_steps: 0, reps: 2, lapses: 0, state: State.Review };
      many.cards.push({ ...many.cards[0]!, id: `extra-${i}` });
    }
    data.settings.newCardsPerDay = 0;
    expect(buildAgenda(many, data, NOW, noLab).items[0]).toEqual({ kind: 'cards', due: CARD_CAP, fresh: 0 });
  });

  it('prefers drills this machine runs, and lab drills as readily once the lab runs', () => {
    const data = freshData();
    // Runtime security as the weakest domain: everything else mastered on paper.
    for (const d of catalog.drills.filter((x) => x.domain !== 'runtime-security')) data.drills[d.id] = [{ at: NOW.toISOString(), passed: true, seconds: 60, targetSeconds: 300, hintsUsed: 0, checksPassed: 1, checksTotal: 1, gaveUp: false, score: 100, exam: false }];
    const weakest = (labRunning: boolean) => buildAgenda(catalog, data, NOW, { labRunning, hasTool: all }).items.find((i) => i.kind === 'drill' && i.reason === 'weakest');
    // Only a lab and a node drill: without the lab neither runs, so the first is still offered.
    expect(weakest(false)).toEqual({ kind: 'drill', drill: 'audit-policy', reason: 'weakest' });
    data.drills['audit-policy'] = data.drills['netpol-default-deny']!;
    // Tried already: the node drill comes next, as nothing else is left.
    expect(weakest(false)).toEqual({ kind: 'drill', drill: 'falco-on-nodes', reason: 'weakest' });

    const fresh = freshData();
    fresh.drills['netpol-default-deny'] = data.drills['netpol-default-deny']!;
    // The plan week's api drill tried: its untried lab drill comes first once the lab runs, not before.
    expect(buildAgenda(catalog, fresh, NOW, { labRunning: true, hasTool: all }).items).toContainEqual({ kind: 'drill', drill: 'apiserver-cis', reason: 'plan' });
    expect(buildAgenda(catalog, fresh, NOW, noLab).items).toContainEqual({ kind: 'drill', drill: 'netpol-default-deny', reason: 'plan' });
  });

  it("passes over drills whose tools this machine lacks", () => {
    const withJq = course([drill('cis-report-jq', 'cluster-setup', ['files'], 'cis-benchmark', 'cis-benchmark', ['jq'])]);
    const data = freshData();
    // Week 2 of the plan (cluster setup and hardening) is the current one.
    data.settings.planFrom = addDays(TODAY, -7);
    data.settings.examDate = addDays(TODAY, 34);
    for (const id of ['netpol-default-deny', 'rbac-least-privilege']) {
      data.drills[id] = [{ at: NOW.toISOString(), passed: true, seconds: 60, targetSeconds: 300, hintsUsed: 0, checksPassed: 1, checksTotal: 1, gaveUp: false, score: 100, exam: false }];
    }
    const planDrill = (hasTool: (t: string) => boolean) => buildAgenda(withJq, data, NOW, { labRunning: false, hasTool }).items.find((i) => i.kind === 'drill' && i.reason === 'plan');
    expect(planDrill((t) => t === 'jq')).toEqual({ kind: 'drill', drill: 'cis-report-jq', reason: 'plan' });
    // Without jq (and without the lab for apiserver-cis) the week's runnable drills, done already, come first.
    expect(planDrill(() => false)).toEqual({ kind: 'drill', drill: 'netpol-default-deny', reason: 'plan' });
  });

  it('uses drills added to the library for the plan week without editing the plan', () => {
    const grown = course([drill('ingress-tls-new', 'cluster-setup', ['api'], 'ingress-tls', 'ingress-tls')]);
    const data = freshData();
    setExamDate(grown, addDays(TODAY, 41), TODAY)(data);
    const week = focusWeek(layoutPlan(grown, data, TODAY))!;
    expect(week.week).toBe(1);
    expect(weekDrills(grown, week).map((d) => d.id)).toContain('ingress-tls-new');
    // netpol-default-deny done: the new drill of the week's domain is next.
    data.drills['netpol-default-deny'] = [{ at: NOW.toISOString(), passed: true, seconds: 60, targetSeconds: 300, hintsUsed: 0, checksPassed: 1, checksTotal: 1, gaveUp: false, score: 100, exam: false }];
    expect(buildAgenda(grown, data, NOW, noLab).items).toContainEqual({ kind: 'drill', drill: 'ingress-tls-new', reason: 'plan' });
  });

  it('ticks items off from what happened today and walks on to the next one', () => {
    const data = freshData();
    dueCards(data, 3);
    data.settings.newCardsPerDay = 0;
    ensureAgenda(catalog, NOW, noLab)(data);
    const agenda = readAgenda(data, TODAY)!;
    let view = agendaView(catalog, data, agenda, NOW);
    expect(view.entries.map((e) => [e.item.kind, e.done])).toEqual([
      ['cards', false],
      ['lesson', false],
      ['drill', false],
      ['drill', false],
      ['quiz', false],
    ]);
    expect(view.next).toBe(0);
    expect(view.entries[0]!.title).toBe('Review 3 cards');

    // The cards reviewed (none due any more), the lesson opened today.
    for (const id of Object.keys(data.cards)) data.cards[id]!.due = addDays(TODAY, 5);
    data.days[TODAY] = { seconds: 600, reviews: 3, newCards: 0, lessons: 0, drills: 0, questions: 0 };
    data.lessons['cks-exam'] = { status: 'in-progress', position: 10, updatedAt: later(20).toISOString() };
    view = agendaView(catalog, data, agenda, later(30));
    expect(view.done).toBe(2);
    expect(view.next).toBe(2);
    expect(view.minutesToday).toBe(10);
    expect(view.streak).toBe(1);

    // A drill attempted (even failed) counts; skipping moves past the other one.
    data.drills['netpol-default-deny'] = [{ at: later(40).toISOString(), passed: false, seconds: 300, targetSeconds: 300, hintsUsed: 1, checksPassed: 0, checksTotal: 1, gaveUp: true, score: 0, exam: false }];
    toggleSkip(TODAY, 3)(data);
    view = agendaView(catalog, data, readAgenda(data, TODAY)!, later(50));
    expect(view.entries[2]!.done).toBe(true);
    expect(view.entries[3]!.skipped).toBe(true);
    expect(view.next).toBe(4);

    // Two answers in the quiz domain finish the day.
    for (const q of catalog.questions.filter((x) => x.domain === 'microservice-vulnerabilities')) data.questions[q.id] = [{ at: later(60).toISOString(), correct: false }];
    view = agendaView(catalog, data, readAgenda(data, TODAY)!, later(70));
    expect(view.next).toBeNull();
  });

  it('resumes the same agenda all day and draws a new one the next day', () => {
    const data = freshData();
    ensureAgenda(catalog, NOW, noLab)(data);
    const first = structuredClone(data.agenda);
    data.lessons['cks-exam'] = { status: 'done', position: 0, updatedAt: later(10).toISOString() };
    ensureAgenda(catalog, later(120), noLab)(data);
    expect(data.agenda).toEqual(first);
    const tomorrow = new Date(NOW.getTime() + 86_400_000);
    ensureAgenda(catalog, tomorrow, noLab)(data);
    expect(readAgenda(data, localDay(tomorrow))!.items).toContainEqual({ kind: 'lesson', lesson: 'threat-model' });
  });

  it('redraws a damaged saved agenda instead of failing', () => {
    const data = freshData();
    data.agenda = { day: TODAY, items: [{ kind: 'teleport' }] };
    expect(readAgenda(data, TODAY)).toBeUndefined();
    ensureAgenda(catalog, NOW, noLab)(data);
    expect(readAgenda(data, TODAY)!.items.length).toBeGreaterThan(0);
  });

  it("applies a new plan week's card quota once, leaving the learner's own setting for the rest of the week", () => {
    const data = freshData();
    setExamDate(catalog, addDays(TODAY, 41), TODAY)(data);
    expect(data.settings.newCardsPerDay).toBe(15);
    data.settings.newCardsPerDay = 5;
    ensureAgenda(catalog, later(60), noLab)(data);
    ensureAgenda(catalog, new Date(NOW.getTime() + 2 * 86_400_000), noLab)(data);
    expect(data.settings.newCardsPerDay).toBe(5);
    // Week 2 starts a week later: its quota of 25.
    ensureAgenda(catalog, new Date(NOW.getTime() + 7 * 86_400_000), noLab)(data);
    expect(data.agenda).toMatchObject({ week: 2 });
    expect(data.settings.newCardsPerDay).toBe(25);
  });

  it('puts a mock exam on the agenda in the mock-exam week until the planned ones are taken, never on the exam day', () => {
    const data = freshData();
    // Exam in a week: one week, with the plan's two mock exams.
    setExamDate(catalog, addDays(TODAY, 6), TODAY)(data);
    const day = (n: number) => new Date(NOW.getTime() + n * 86_400_000);
    const kinds = (n: number) => buildAgenda(catalog, data, day(n), noLab).items.map((i) => i.kind);
    const take = (n: number) => data.exams.push({ id: `e${n}`, startedAt: day(n).toISOString(), finishedAt: day(n).toISOString(), minutes: 120, practice: false, percent: 70, passed: true, domains: {}, tasks: [] });
    expect(kinds(0)).toContain('exam');
    take(1);
    expect(kinds(2)).toContain('exam');
    take(2);
    expect(kinds(3)).not.toContain('exam');
    data.exams = [];
    expect(kinds(6)).not.toContain('exam');
  });

  it('keeps the first look of the day: the agenda and a readiness snapshot', () => {
    const data = freshData();
    startOfDay(catalog, NOW, noLab)(data);
    expect(readAgenda(data, TODAY)).toBeDefined();
    expect(data.snapshots[TODAY]).toEqual({ readiness: 0, domains: expect.objectContaining({ 'supply-chain': 0 }) });
  });
});
