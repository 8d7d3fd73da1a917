// Laying the six-week plan out on the calendar: exam in 3, 6 and 10 weeks, leap days, time zones,
// the anchor that keeps weeks in place, and the exam-date errors.
import { afterEach, describe, expect, it } from 'vitest';
import { UserError } from '../../src/errors.js';
import { addDays, daysBetween, localDay } from '../../src/learning/dates.js';
import { examDateProblem, focusWeek, layoutPlan, parseExamDate, setExamDate, type LaidOutPlan } from '../../src/learning/plan.js';
import { course, freshData } from '../helpers/course.js';

const catalog = course();
const TODAY = '2027-01-04';

function planFor(examInDays: number, today = TODAY, from = today) {
  const data = freshData();
  data.settings.examDate = addDays(from, examInDays - 1);
  data.settings.planFrom = from;
  return { data, plan: layoutPlan(catalog, data, today) };
}

/** Weeks follow each other without gaps and the last ends on the exam day. */
function expectContiguous(plan: LaidOutPlan) {
  plan.weeks.forEach((w, i) => {
    expect(daysBetween(w.start!, w.end!)).toBe(w.days - 1);
    if (i > 0) expect(w.start).toBe(addDays(plan.weeks[i - 1]!.end!, 1));
  });
  expect(plan.weeks.at(-1)!.end).toBe(plan.examDate);
}

const minutes = (ids: string[]) => ids.reduce((n, id) => n + catalog.lessonById.get(id)!.minutes, 0);

describe('the plan laid out backward from the exam date', () => {
  it('fits the six weeks exactly when the exam is six weeks away', () => {
    const { plan } = planFor(42);
    expect(plan.weeks.map((w) => w.planWeeks)).toEqual([[1], [2], [3], [4], [5], [6]]);
    expect(plan.start).toBe(TODAY);
    expect(plan.weeks[0]!.end).toBe('2027-01-10');
    expectContiguous(plan);
    expect(plan.currentWeek).toBe(1);
    expect(plan.weeks.map((w) => w.status)).toEqual(['current', 'upcoming', 'upcoming', 'upcoming', 'upcoming', 'upcoming']);
    expect(plan.notes).toEqual([]);
    expect(plan.dropped).toEqual({ lessons: [], mockExams: 0 });
    expect(plan.weeks[5]!.mockExams).toBe(2);
    // Week 2 lists the drill the plan names and the drills of its lessons.
    expect(plan.weeks[1]!.drills).toEqual(['netpol-default-deny', 'apiserver-cis', 'rbac-least-privilege']);
  });

  it('compresses three weeks: merges the lightest neighbours, keeps the mock-exam week, drops the cheapest points and says so', () => {
    const { plan } = planFor(21);
    expect(plan.weeks).toHaveLength(3);
    expect(plan.weeks.map((w) => w.planWeeks)).toEqual([[1, 2], [3, 4, 5], [6]]);
    expectContiguous(plan);
    expect(plan.start).toBe(TODAY);
    // No week holds more lesson time than the plan's heaviest week (600 min).
    for (const w of plan.weeks) expect(minutes(w.lessons)).toBeLessThanOrEqual(600);
    // System hardening (10 % of the exam) goes before anything worth 20 %.
    expect(plan.dropped.lessons).toEqual(expect.arrayContaining(['apparmor', 'seccomp', 'host-hardening']));
    expect(plan.weeks[1]!.lessons).toEqual(expect.arrayContaining(['secrets', 'trivy-static-analysis']));
    expect(plan.dropped.mockExams).toBe(0);
    expect(plan.notes[0]).toBe('20 days from 2027-01-04 to the exam: the six weeks are compressed into 3 (weeks 1+2, 3+4+5 merged).');
    expect(plan.notes[1]).toMatch(/^Dropped to fit: .*Lesson apparmor.*\(still in Learn if time allows\)\.$/);
    expect(plan.weeks[0]!.newCardsPerDay).toBe(40);
  });

  it('fits the merges to the days: a short first week keeps the light week 1 on its own', () => {
    const { plan } = planFor(25);
    expect(plan.weeks.map((w) => [w.days, w.planWeeks])).toEqual([
      [4, [1]],
      [7, [2]],
      [7, [3, 4, 5]],
      [7, [6]],
    ]);
    // Dropping the three system hardening lessons (270 min, 10 % of the exam) is the least that fits.
    expect(plan.dropped.lessons).toEqual(['apparmor', 'seccomp', 'host-hardening']);
    expect(plan.notes).toContain('Week 1 is 4 days long.');
  });

  it('adds review weeks and starts later when the exam is ten weeks away', () => {
    const { plan } = planFor(70);
    expect(plan.reviewWeeks).toBe(2);
    expect(plan.leadDays).toBe(14);
    expect(plan.weeks.map((w) => (w.review ? 'R' : w.planWeeks.join('+')))).toEqual(['1', '2', '3', 'R', '4', '5', 'R', '6']);
    expect(plan.weeks[3]!.title).toBe('Review of weeks 1-3');
    expect(plan.weeks[3]!.lessons).toEqual([]);
    expect(plan.start).toBe(addDays(TODAY, 14));
    expectContiguous(plan);
    expect(plan.currentWeek).toBeNull();
    // Before the start the agenda works on week 1.
    expect(focusWeek(plan)!.week).toBe(1);
    expect(plan.notes).toEqual([
      '2 review weeks added (after week 3 and week 5): there is time to spare.',
      'The plan starts on 2027-01-18, 14 days after it was laid out: until then, get ahead on week 1.',
    ]);
  });

  it('gives a short first week when five and a half weeks are left, and drops a mock exam when the last week is short', () => {
    const short = planFor(39).plan;
    expect(short.weeks).toHaveLength(6);
    expect(short.weeks[0]!.days).toBe(4);
    expect(short.notes).toContain('Week 1 is 4 days long.');
    expectContiguous(short);

    const tiny = planFor(4).plan;
    expect(tiny.weeks).toHaveLength(1);
    expect(tiny.weeks[0]!.mockExams).toBe(1);
    expect(tiny.dropped.mockExams).toBe(1);
    expect(tiny.notes).toContain('Dropped to fit: 1 mock exam.');
  });

  it('keeps its weeks in place as the days pass (laid out from the day the date was set)', () => {
    const from = TODAY;
    const later = addDays(from, 16);
    const first = planFor(42, from, from).plan;
    const after = planFor(42, later, from).plan;
    expect(after.weeks.map((w) => [w.start, w.end])).toEqual(first.weeks.map((w) => [w.start, w.end]));
    expect(after.currentWeek).toBe(3);
    expect(after.weeks.map((w) => w.status)).toEqual(['done', 'done', 'current', 'upcoming', 'upcoming', 'upcoming']);
  });

  it('says what is behind and what is next', () => {
    const { data } = planFor(42, TODAY, addDays(TODAY, -15));
    data.lessons['cks-exam'] = { status: 'done', position: 0, updatedAt: '2027-01-01T10:00:00.000Z' };
    data.lessons['rbac'] = { status: 'done', position: 0, updatedAt: '2027-01-02T10:00:00.000Z' };
    const plan = layoutPlan(catalog, data, TODAY);
    expect(plan.currentWeek).toBe(3);
    expect(plan.behind).toEqual(['threat-model', 'network-policies', 'cis-benchmark', 'ingress-tls', 'service-accounts', 'api-access-upgrades']);
    expect(plan.nextLesson).toBe('threat-model');
    expect(plan.weeks[1]!.lessonsDone).toBe(1);
  });

  it('handles leap days: seven-day weeks across 29 February', () => {
    const data = freshData();
    data.settings.examDate = '2028-03-20';
    data.settings.planFrom = '2028-02-07';
    const plan = layoutPlan(catalog, data, '2028-02-29');
    expect(plan.weeks).toHaveLength(6);
    expectContiguous(plan);
    expect(plan.start).toBe('2028-02-08');
    const leap = plan.weeks.find((w) => daysBetween(w.start!, '2028-02-29') >= 0 && daysBetween('2028-02-29', w.end!) >= 0)!;
    expect([leap.start, leap.end]).toEqual(['2028-02-29', '2028-03-06']);
    expect(plan.currentWeek).toBe(leap.week);
    expect(plan.daysToExam).toBe(20);
  });

  it('follows progress without an exam date', () => {
    const data = freshData();
    for (const id of ['cks-exam', 'threat-model']) data.lessons[id] = { status: 'done', position: 0, updatedAt: '2027-01-01T10:00:00.000Z' };
    const plan = layoutPlan(catalog, data, TODAY);
    expect(plan.examDate).toBeNull();
    expect(plan.weeks.every((w) => w.start === null)).toBe(true);
    expect(plan.currentWeek).toBe(2);
    expect(plan.weeks[0]!.status).toBe('done');
    expect(plan.notes[0]).toMatch(/^No exam date yet/);
  });
});

describe('the day the plan is on, in the learner time zone', () => {
  const saved = process.env.TZ;
  afterEach(() => {
    process.env.TZ = saved;
  });

  // Week 1 ends on 2027-01-10 and week 2 starts on 2027-01-11.
  const instant = new Date('2027-01-10T23:30:00Z');
  const current = () => {
    const data = freshData();
    data.settings.examDate = addDays(TODAY, 41);
    data.settings.planFrom = TODAY;
    return layoutPlan(catalog, data, localDay(instant)).currentWeek;
  };

  it('is already the next week in Auckland while still the last one in Los Angeles', () => {
    process.env.TZ = 'Pacific/Auckland';
    expect(localDay(instant)).toBe('2027-01-11');
    expect(current()).toBe(2);
    process.env.TZ = 'America/Los_Angeles';
    expect(localDay(instant)).toBe('2027-01-10');
    expect(current()).toBe(1);
  });

  it('counts days to the exam the same across a daylight-saving change', () => {
    process.env.TZ = 'America/New_York';
    // 14 March 2027 has 23 hours in New York.
    const data = freshData();
    data.settings.examDate = '2027-03-20';
    data.settings.planFrom = '2027-02-07';
    const before = layoutPlan(catalog, data, localDay(new Date(2027, 2, 13, 23, 30)));
    const after = layoutPlan(catalog, data, localDay(new Date(2027, 2, 14, 23, 30)));
    expect(before.daysToExam! - after.daysToExam!).toBe(1);
    expect(after.weeks.find((w) => w.status === 'current')!.start).toBe('2027-03-14');
  });
});

describe('the exam date', () => {
  it('accepts today or a later real date', () => {
    expect(parseExamDate('2027-03-01', TODAY)).toBe('2027-03-01');
    expect(parseExamDate(TODAY, TODAY)).toBe(TODAY);
    expect(parseExamDate('2028-02-29', TODAY)).toBe('2028-02-29');
  });

  it('rejects a past or malformed date with a one-line error naming the flag', () => {
    expect(() => parseExamDate('2027-01-03', TODAY)).toThrow(new UserError('--exam-date 2027-01-03 is in the past (today is 2027-01-04)'));
    for (const bad of ['2027-02-30', '2027-2-3', 'next friday', '']) {
      expect(() => parseExamDate(bad, TODAY)).toThrow(UserError);
      expect(examDateProblem(bad, TODAY)).toMatch(/^must be a date as YYYY-MM-DD \(like \d{4}-\d{2}-\d{2}\), got ".*"$/);
    }
    expect(() => parseExamDate('2027-02-29', TODAY)).toThrow(/^--exam-date must be a date as YYYY-MM-DD/);
  });

  it('saves the date with its anchor, applies the current week card quota and redraws today', () => {
    const data = freshData();
    data.agenda = { day: TODAY, week: 1, items: [], skipped: [] };
    setExamDate(catalog, addDays(TODAY, 20), TODAY)(data);
    expect(data.settings.examDate).toBe('2027-01-24');
    expect(data.settings.planFrom).toBe(TODAY);
    // Three weeks: weeks 1+2 merged, 15 + 25 new cards a day.
    expect(data.settings.newCardsPerDay).toBe(40);
    expect(data.agenda).toBeNull();
  });
});
