// The Today and Plan screens and the home summary (ink-testing-library, the real App and store).
import { cleanup } from 'ink-testing-library';
import { afterEach, describe, expect, it } from 'vitest';
import { readAgenda } from '../../src/learning/agenda.js';
import { addDays, localDay } from '../../src/learning/dates.js';
import { course, drill } from '../helpers/course.js';
import { renderApp } from '../helpers/ui.js';

afterEach(() => cleanup());

const NOW = new Date(2027, 0, 4, 9);
const now = () => NOW;
const TODAY = localDay(NOW);

describe('the Today screen', () => {
  it("saves today's agenda, opens items in order and ticks them off from what happened", async () => {
    const app = await renderApp({ route: { name: 'today' }, now });
    const first = await app.waitFor('0 of 4 done');
    expect(first).toMatch(/› ○ Review 3 cards +0 due, 3 new/);
    expect(first).toMatch(/ {3}○ Lesson: Service account tokens +module 1 · 20 min/);
    expect(first).toMatch(/○ Drill: Stop token automounting for service account app +Hardening · 3 min · api · this week/);
    expect(first).toMatch(/○ Quiz: 1 question on Cluster Hardening +weakest domain/);
    await expect.poll(async () => readAgenda(await app.store.reload(), TODAY)?.items.length).toBe(4);

    // Enter opens the cards; back without reviewing, nothing is done and the walk stays there.
    await app.press('enter');
    await app.waitFor('Review · all cards');
    await app.press('esc');
    await app.waitFor(/› ○ Review 3 cards/);

    // s skips the cards for today: on to the lesson, which counts once opened; then the drill.
    await app.press('s');
    await app.waitFor(/– Review 3 cards[\s\S]*› ○ Lesson/);
    await app.press('enter');
    await app.waitFor('Module 1: Fixture basics');
    await app.press('esc');
    const after = await app.waitFor('1 of 4 done');
    expect(after).toMatch(/✓ Lesson: Service account tokens/);
    expect(after).toMatch(/› ○ Drill: Stop token automounting/);
    expect(readAgenda(await app.store.reload(), TODAY)?.skipped).toEqual([0]);
  });

  it('resumes the saved agenda in a new session', async () => {
    const app = await renderApp({ route: { name: 'today' }, now });
    await app.waitFor('0 of 4 done');
    await expect.poll(async () => readAgenda(await app.store.reload(), TODAY)).toBeDefined();
    await app.store.update((d) => {
      (d.agenda as { skipped: number[] }).skipped = [0];
    });
    app.unmount();
    const again = await renderApp({ route: { name: 'today' }, dataDir: app.store.dir, now });
    const frame = await again.waitFor('0 of 4 done');
    expect(frame).toMatch(/– Review 3 cards/);
    expect(frame).toMatch(/› ○ Lesson: Service account tokens/);
  });
});

describe('the Plan screen', () => {
  it('sets the exam date in a text field, refusing a past one, and lays the weeks out', async () => {
    const app = await renderApp({ route: { name: 'plan' }, now });
    await app.waitFor('Plan · no exam date yet');
    await app.press('e');
    await app.waitFor('Exam date (YYYY-MM-DD):');
    expect(app.frame()).toMatch(/enter save\s+esc cancel/);
    await app.press(...'2026-12-01', 'enter');
    await app.waitFor('The exam date 2026-12-01 is in the past (today is 2027-01-04).');
    for (let i = 0; i < 10; i++) await app.press('backspace');
    const exam = addDays(TODAY, 20);
    await app.press(...exam, 'enter');
    const frame = await app.waitFor(`Plan · exam ${exam} · 20 days left · week 1 of 3`);
    // The fixture's plan has lessons in week 1 only: the empty weeks 2-5 merge.
    expect(frame).toContain(`20 days from ${TODAY} to the exam: the six weeks are compressed into 3 (weeks 2+3+4+5 merged).`);
    expect(frame).toContain(`Exam date set to ${exam}`);
    expect(frame).toContain('20 days to exam');
    expect(frame).toMatch(/› ▶ {2}1 {2}01-04 – 01-10 {2}Week 1 +0\/1 lessons\n.*2 {2}01-11 – 01-17 {2}Week 2 \+ Week 3 \+ Week 4 \+ Week 5/);
    const data = await app.store.reload();
    // Week 1's quota of new cards a day.
    expect(data.settings).toMatchObject({ examDate: exam, planFrom: TODAY, newCardsPerDay: 10 });
  });
});

describe('a screen taller than the terminal', () => {
  it('is cut at the bottom, each line whole, instead of drawn over itself', async () => {
    // The six weeks and ten goals need more than the 24 rows ink-testing-library reports.
    const catalog = course();
    catalog.plan.weeks[0]!.goals = Array.from({ length: 10 }, (_, i) => `Goal ${i + 1} of week 1.`);
    const app = await renderApp({ catalog, route: { name: 'plan' }, now });
    const frame = await app.waitFor('Plan · no exam date yet');
    const lines = frame.split('\n');
    const weekRows = lines.filter((l) => /^ +(›|\s) [▶·✓] +\d +\S/.test(l)).map((l) => l.match(/[▶·✓] +(\d)/)![1]);
    expect(weekRows).toEqual(['1', '2', '3', '4', '5', '6']);
    expect(lines).toContain(' Week 1: Week 1 topics');
    expect(lines).toContain(' - Goal 1 of week 1.');
    // Cut, not squeezed: the last goals do not fit.
    expect(lines).not.toContain(' - Goal 10 of week 1.');
    expect(lines).toHaveLength(23); // the app draws one line less than the terminal has
    expect(lines.at(-1)).toMatch(/j\/k move/);
  });
});

describe('the drill list', () => {
  it('keeps every drill on one line: a long title is cut so the time and needs stay readable', async () => {
    const long = { ...drill('long-one', 'cluster-setup', ['api'], 'network-policies', 'network-policies'), title: `Harden ${'everything '.repeat(15)}now` };
    const app = await renderApp({ catalog: course([long]), route: { name: 'drills' }, now });
    const lines = (await app.waitFor('Drill netpol-default-deny')).split('\n');
    const row = lines.findIndex((l) => l.includes('Harden everything'));
    expect(lines[row]).toMatch(/Harden everything.*… +5 min · api$/);
    expect(lines[row]).not.toContain('now');
    expect(lines[row + 1]).toMatch(/^ {5}Hardening +Drill rbac-least-privilege  5 min · api$/);
  });
});

describe('the home screen', () => {
  it("summarises today's agenda and readiness, and saves both on the first look of the day", async () => {
    const app = await renderApp({ now });
    const frame = await app.waitFor('Readiness 0/100 (pass 67) · Today 0/4 done, next: Review 3 cards');
    expect(frame).toContain('Next lesson: Service account tokens');
    const data = await (async () => {
      await expect.poll(async () => (await app.store.reload()).snapshots[TODAY]).toBeDefined();
      return app.store.data;
    })();
    expect(readAgenda(data, TODAY)?.items.map((i) => i.kind)).toEqual(['cards', 'lesson', 'drill', 'quiz']);
  });
});
