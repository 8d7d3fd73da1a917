// The readiness model on constructed histories.
import { describe, expect, it } from 'vitest';
import { DOMAINS, type DomainId } from '../../src/content/domains.js';
import { localDay } from '../../src/learning/dates.js';
import { attemptValue, computeReadiness, evidence, MODEL_EXPLANATION, recordSnapshot, trend, weakestDomains } from '../../src/learning/readiness.js';
import { State } from '../../src/learning/scheduler.js';
import type { DrillAttempt, ExamRecord, StoreData } from '../../src/store/schema.js';
import { course, freshData } from '../helpers/course.js';

const catalog = course();
const NOW = new Date(2027, 0, 20, 12);
const DAY = 86_400_000;
const ago = (days: number) => new Date(NOW.getTime() - days * DAY).toISOString();

function attempt(daysAgo: number, over: Partial<DrillAttempt> = {}): DrillAttempt {
  return { at: ago(daysAgo), passed: true, seconds: 200, targetSeconds: 300, hintsUsed: 0, checksPassed: 3, checksTotal: 3, gaveUp: false, score: 100, exam: false, ...over };
}

/** Everything of `domains` learned: cards well retained, lessons read, drills passed and questions right, today. */
function master(data: StoreData, domains: readonly DomainId[]) {
  for (const card of catalog.cards.filter((c) => domains.includes(c.domain))) {
    data.cards[card.id] = { due: ago(-60), stability: 200, difficulty: 5, elapsed_days: 3, scheduled_days: 60, learning_steps: 0, reps: 5, lapses: 0, state: State.Review, last_review: ago(2) };
  }
  for (const l of catalog.lessons.filter((x) => domains.includes(x.domains[0]!))) data.lessons[l.id] = { status: 'done', position: 0, updatedAt: ago(3) };
  for (const d of catalog.drills.filter((x) => domains.includes(x.domain))) data.drills[d.id] = [attempt(1)];
  for (const q of catalog.questions.filter((x) => domains.includes(x.domain))) data.questions[q.id] = [{ at: ago(1), correct: true }];
}

const domain = (r: ReturnType<typeof computeReadiness>, id: DomainId) => r.domains.find((d) => d.id === id)!;

describe('the readiness model', () => {
  it('is 0 and not ready when nothing was studied, with everything listed as untouched', () => {
    const r = computeReadiness(catalog, freshData(), NOW);
    expect(r.readiness).toBe(0);
    expect(r.verdict).toBe('not ready');
    expect(r.passLine).toBe(67);
    expect(r.domains.map((d) => [d.id, d.weight, d.mastery])).toEqual(DOMAINS.map((d) => [d.id, d.weight, 0]));
    expect(domain(r, 'supply-chain').untouched).toEqual({ lessons: ['cks-exam', 'trivy-static-analysis', 'minimal-images-signing', 'image-admission'], cards: 6, drills: ['dockerfile-hardening'], questions: 2 });
  });

  it('is above the pass line when everything is retained and passed', () => {
    const data = freshData();
    master(data, DOMAINS.map((d) => d.id));
    const r = computeReadiness(catalog, data, NOW);
    expect(r.readiness).toBeGreaterThan(67);
    expect(r.verdict).toBe('ready');
    for (const d of r.domains) {
      expect(d.coverage).toBe(100);
      expect(d.questions).toBe(Math.round(100 * (1 / (1 + 0.25 / 0.5 ** (1 / 10)))));
      expect(d.retention).toBeGreaterThan(95);
    }
  });

  it('weights the domains by the exam weights', () => {
    const heavy = freshData();
    master(heavy, ['supply-chain']);
    const light = freshData();
    master(light, ['system-hardening']);
    const rh = computeReadiness(catalog, heavy, NOW);
    const rl = computeReadiness(catalog, light, NOW);
    // The same mastery in a 20 % domain is worth twice as much as in a 10 % one.
    expect(domain(rh, 'supply-chain').mastery).toBe(domain(rl, 'system-hardening').mastery);
    // Nothing else was touched, so readiness is that domain's weight times its mastery (up to rounding).
    expect(Math.abs(rh.readiness - (20 * domain(rh, 'supply-chain').mastery) / 100)).toBeLessThanOrEqual(0.5);
    expect(Math.abs(rl.readiness - (10 * domain(rl, 'system-hardening').mastery) / 100)).toBeLessThanOrEqual(0.5);
    expect(rh.readiness).toBeGreaterThan(1.8 * rl.readiness);
    // The weakest domain is where the most points are missing: a 20 % domain, not the 10 % one left untouched.
    expect(weakestDomains(rl)[0]!.weight).toBe(20);
  });

  it('counts old drill passes less than recent ones', () => {
    const recent = freshData();
    recent.drills['dockerfile-hardening'] = [attempt(1)];
    const old = freshData();
    old.drills['dockerfile-hardening'] = [attempt(40)];
    const fresh = domain(computeReadiness(catalog, recent, NOW), 'supply-chain');
    const stale = domain(computeReadiness(catalog, old, NOW), 'supply-chain');
    expect(fresh.drills).toBeGreaterThan(70);
    expect(stale.drills).toBeLessThan(30);
    expect(fresh.mastery).toBeGreaterThan(stale.mastery);
    // Recent practice on top of an old pass brings it back.
    old.drills['dockerfile-hardening']!.push(attempt(0));
    expect(domain(computeReadiness(catalog, old, NOW), 'supply-chain').drills).toBeGreaterThan(fresh.drills! - 1);
  });

  it('values a pass by its speed against the target and the hints used; a failure by nothing', () => {
    expect(attemptValue(attempt(0))).toBe(1);
    expect(attemptValue(attempt(0, { score: 60 }))).toBe(0.6);
    expect(attemptValue(attempt(0, { passed: false, score: 70 }))).toBe(0);
    const clean = freshData();
    clean.drills['dockerfile-hardening'] = [attempt(0)];
    const slow = freshData();
    slow.drills['dockerfile-hardening'] = [attempt(0, { seconds: 600, hintsUsed: 2, score: 50 })];
    expect(domain(computeReadiness(catalog, slow, NOW), 'supply-chain').drills).toBeLessThan(domain(computeReadiness(catalog, clean, NOW), 'supply-chain').drills!);
  });

  it('weights evidence by recency with a prior: one pass today is 0.8, more passes more', () => {
    expect(evidence([], NOW)).toBe(0);
    expect(evidence([{ at: NOW.toISOString(), value: 1 }], NOW)).toBeCloseTo(0.8);
    expect(evidence([{ at: ago(10), value: 1 }], NOW)).toBeCloseTo(0.5 / 0.75);
    expect(evidence([1, 2, 3].map((d) => ({ at: ago(d), value: 1 })), NOW)).toBeGreaterThan(0.9);
  });

  it('takes a recent mock exam as strong evidence, an old one as weak', () => {
    const exam = (daysAgo: number, percent: number): ExamRecord => ({
      id: `e${daysAgo}`,
      startedAt: ago(daysAgo),
      finishedAt: ago(daysAgo),
      minutes: 120,
      practice: false,
      percent,
      passed: percent >= 67,
      domains: { 'runtime-security': percent },
      tasks: [],
    });
    const recent = freshData();
    recent.exams.push(exam(0, 90));
    const old = freshData();
    old.exams.push(exam(60, 90));
    const r = domain(computeReadiness(catalog, recent, NOW), 'runtime-security');
    expect(r.mock).toBe(90);
    expect(r.mastery).toBe(45);
    expect(domain(computeReadiness(catalog, old, NOW), 'runtime-security').mastery).toBeLessThan(5);
    expect(domain(computeReadiness(catalog, recent, NOW), 'supply-chain').mock).toBeNull();
  });

  it('ranks competencies by the exam points they leave, with where to work on them', () => {
    const data = freshData();
    master(
      data,
      DOMAINS.map((d) => d.id).filter((d) => d !== 'microservice-vulnerabilities'),
    );
    const r = computeReadiness(catalog, data, NOW);
    const top = r.competencies[0]!;
    expect(top.domain).toBe('microservice-vulnerabilities');
    expect(top.mastery).toBe(0);
    // 20 % over the three competencies with content in the domain.
    expect(top.pointsAtStake).toBeCloseTo(6.7, 1);
    expect(top).toMatchObject({ id: 'microservice-vulnerabilities/pod-security-standards', lesson: 'pod-security-admission', drill: 'psa-restricted' });
    // Competencies without any content are not listed: nothing could be done about them.
    expect(r.competencies.some((c) => c.id === 'microservice-vulnerabilities/pod-encryption')).toBe(false);
  });

  it('explains itself in two lines naming the weights', () => {
    expect(MODEL_EXPLANATION).toHaveLength(2);
    expect(MODEL_EXPLANATION[0]).toBe('Mastery: 30% card recall, 35% drills (recent passes, speed, hints), 15% quiz, 20% coverage.');
    expect(MODEL_EXPLANATION[1]).toBe('Readiness: mastery x exam weight (15/15/10/20/20/20); a recent mock exam counts up to half.');
    // Each fits on one line of a 100-column terminal.
    for (const line of MODEL_EXPLANATION) expect(line.length).toBeLessThanOrEqual(96);
  });

  it('keeps a daily snapshot that makes the trend', () => {
    const data = freshData();
    master(data, ['supply-chain']);
    const today = localDay(NOW);
    recordSnapshot(computeReadiness(catalog, data, NOW), today)(data);
    data.snapshots['2027-01-17'] = { readiness: 3, domains: {} };
    expect(data.snapshots[today]!.domains['supply-chain']).toBe(domain(computeReadiness(catalog, data, NOW), 'supply-chain').mastery);
    expect(trend(data.snapshots, today, 5)).toEqual([
      { day: '2027-01-16', readiness: null },
      { day: '2027-01-17', readiness: 3 },
      { day: '2027-01-18', readiness: null },
      { day: '2027-01-19', readiness: null },
      { day: '2027-01-20', readiness: data.snapshots[today]!.readiness },
    ]);
  });
});
