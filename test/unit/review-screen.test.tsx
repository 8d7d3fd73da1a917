// The review and quiz screens, rendered with the real App and a real store (ink-testing-library).
import { cleanup } from 'ink-testing-library';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { loadCatalog } from '../../src/content/load.js';
import { optionOrder } from '../../src/learning/quiz.js';
import { readLog } from '../../src/store/reviewLog.js';
import { indexCatalog } from '../../src/content/catalog.js';
import { FIXTURE_CONTENT, REPO, tempDir } from '../helpers/paths.js';
import { renderApp } from '../helpers/ui.js';

afterEach(() => cleanup());

const start = new Date(2026, 2, 2, 9, 0, 0);
const catalog = loadCatalog(FIXTURE_CONTENT);
const BASIC_FRONT = "Which field stops a ServiceAccount's token being mounted into Pods?";
const COMMAND_FRONT = 'Create a token for service account app in namespace fixture.';

async function openReview(route: { name: 'review'; domain?: 'system-hardening' } = { name: 'review' }) {
  const dataDir = tempDir();
  const app = await renderApp({ route, dataDir, now: () => start, catalog });
  return { app, dataDir };
}

describe('the review screen', () => {
  it('reveals with space, shows each grade’s interval, grades, and undoes the grade', async () => {
    const { app, dataDir } = await openReview();
    let frame = await app.waitFor(BASIC_FRONT);
    expect(frame).toContain('0/3');
    expect(frame).toContain('Cluster Hardening · Service account tokens');
    expect(frame).toMatch(/space reveal/);
    expect(frame).not.toContain('automountServiceAccountToken false');

    await app.press('space');
    frame = await app.waitFor('automountServiceAccountToken false');
    // The key bar: each grade with when it would bring the card back.
    expect(frame).toMatch(/1 again 1m\s+2 hard 6m\s+3 good 10m\s+4 easy \d+d/);

    await app.press('3');
    frame = await app.waitFor(COMMAND_FRONT);
    // Good on a new card is a 10-minute learning step: it comes back in this session.
    expect(frame).toContain('1/4');
    await vi.waitFor(() => expect(app.store.data.cards['sa-automount-field']?.reps).toBe(1));
    await vi.waitFor(async () => expect((await readLog(dataDir)).reviews.map((r) => [r.card, r.rating, r.source])).toEqual([['sa-automount-field', 3, 'self']]));
    expect(app.store.data.days['2026-03-02']).toMatchObject({ reviews: 1, newCards: 1 });

    // u while typing is a letter for the command; esc leaves the field first.
    await app.press('esc', 'u');
    frame = await app.waitFor(BASIC_FRONT);
    expect(frame).toContain('0/3');
    expect(frame).toContain('undid good on sa-automount-field');
    await vi.waitFor(() => expect(app.store.data.cards['sa-automount-field']).toBeUndefined());
    expect(app.store.data.days['2026-03-02']).toMatchObject({ reviews: 0, newCards: 0 });
    await vi.waitFor(async () => expect((await readLog(dataDir)).reviews).toEqual([]));
  });

  it('judges a typed command by meaning and grades the suggested Good with enter', async () => {
    const { app, dataDir } = await openReview();
    await app.waitFor(BASIC_FRONT);
    await app.press('space', '4');
    let frame = await app.waitFor(COMMAND_FRONT);
    expect(frame).toMatch(/enter check\s+esc stop typing/);
    await app.press('k create token app --namespace=fixture');
    await app.waitFor('$ k create token app --namespace=fixture');
    await app.press('enter');
    frame = await app.waitFor('✓ same meaning as the answer');
    expect(frame).toContain('kubectl create token app -n fixture');
    expect(frame).toMatch(/enter good \(suggested\)/);
    await app.press('enter');
    await app.waitFor('[...]');
    await vi.waitFor(async () => expect((await readLog(dataDir)).reviews.at(-1)).toMatchObject({ card: 'sa-token-cmd', rating: 3, source: 'typed' }));
  });

  it('shows a diff for a wrong command, suggests Again, and lets the learner overrule', async () => {
    const { app, dataDir } = await openReview();
    await app.waitFor(BASIC_FRONT);
    await app.press('space', '4');
    await app.waitFor(COMMAND_FRONT);
    await app.press('kubectl create token app -n default', 'enter');
    const frame = await app.waitFor('✗ not the same command');
    expect(frame).toMatch(/expected\s+kubectl create token app -n fixture/);
    expect(frame).toMatch(/you typed\s*kubectl create token app -n default/);
    expect(frame).toContain('· expected `-n fixture`, got `-n default`');
    expect(frame).toMatch(/enter again \(suggested\)/);
    // The learner knows better (say, a typo) and grades Hard.
    await app.press('2');
    await app.waitFor('[...]');
    await vi.waitFor(async () => expect((await readLog(dataDir)).reviews.at(-1)).toMatchObject({ card: 'sa-token-cmd', rating: 2, source: 'typed' }));
  });

  it('shows a cloze with a blank and fills it on reveal, then sums the session up', async () => {
    const { app } = await openReview();
    await app.waitFor(BASIC_FRONT);
    await app.press('space', '4');
    await app.waitFor(COMMAND_FRONT);
    await app.press('esc', 'space');
    await app.waitFor('kubectl create token app -n fixture');
    await app.press('4');
    let frame = await app.waitFor('Since v1.24 token Secrets are [...].');
    expect(frame).not.toContain('not created automatically');
    await app.press('space');
    frame = await app.waitFor('Since v1.24 token Secrets are not created automatically.');
    await app.press('1');
    // Again: due in a minute, so shown again at once (nothing else is left).
    frame = await app.waitFor('3/4');
    await app.press('space', '4');
    frame = await app.waitFor('Session done');
    expect(frame).toContain('4 cards reviewed (3 new)');
    expect(frame).toContain('25% again (1 of 4)');
    expect(frame).toMatch(/Next card due in \d+d/);
    expect(frame).toMatch(/r more\s+f filter\s+u undo/);
  });

  it('filters by domain from the route, and with f', async () => {
    const { app } = await openReview({ name: 'review', domain: 'system-hardening' });
    let frame = await app.waitFor('Nothing to review in System Hardening');
    expect(frame).toContain('Review · System Hardening');
    await app.press('f');
    frame = await app.waitFor('Choose what to work on');
    expect(frame).toMatch(/All cards\s+3/);
    // The cursor starts on the active filter; g goes to the top: all cards.
    await app.press('g', 'enter');
    frame = await app.waitFor(BASIC_FRONT);
    expect(frame).toContain('Review · all cards');
  });

  it('opens from the home menu and from :review', async () => {
    const app = await renderApp({ now: () => start, catalog });
    await app.waitFor('Next lesson');
    await app.press('j', 'j', 'enter');
    await app.waitFor(BASIC_FRONT);
    await app.press('esc');
    await app.waitFor('Next lesson');
    await app.press(':', 'r', 'e', 'v', 'i', 'e', 'w', 'enter');
    await app.waitFor(BASIC_FRONT);
  });
});

describe('the quiz screen', () => {
  const question = catalog.questions[0]!;
  const order = optionOrder(question, 0);
  const letter = (correct: boolean) => 'abcdef'[order.findIndex((i) => question.options[i]!.correct === correct)]!;

  it('a wrong answer explains every option, records it and makes the linked cards due now', async () => {
    const dataDir = tempDir();
    const app = await renderApp({ route: { name: 'quiz' }, dataDir, now: () => start, catalog });
    let frame = await app.waitFor(question.scenario.trim());
    expect(frame).toContain('1/1');
    expect(frame).toMatch(/a-c answer\s+j\/k move\s+enter answer the marked one\s+f filter/);
    await app.press(letter(false));
    frame = await app.waitFor(`Not this one: the answer is ${letter(true)}.`);
    for (const o of question.options) expect(frame).toContain(o.why);
    await vi.waitFor(() => expect(app.store.data.questions[question.id]).toEqual([{ at: start.toISOString(), correct: false }]));
    expect(app.store.data.cards['sa-automount-field']!.due).toBe(start.toISOString());

    await app.press('enter');
    frame = await app.waitFor('Score 0/1 (0%)');
    expect(frame).toMatch(/Cluster Hardening\s+0\/1/);
    expect(frame).toContain('1 card linked to missed questions is due now.');
    await app.press('r');
    await app.waitFor(BASIC_FRONT);
  });

  it('a right answer says so and pulls nothing forward; f filters by domain', async () => {
    const app = await renderApp({ route: { name: 'quiz' }, now: () => start, catalog });
    await app.waitFor(question.scenario.trim());
    await app.press(letter(true));
    await app.waitFor('Right.');
    await vi.waitFor(() => expect(app.store.data.questions[question.id]).toEqual([{ at: start.toISOString(), correct: true }]));
    expect(app.store.data.cards).toEqual({});
    await app.press('enter');
    await app.waitFor('Score 1/1 (100%)');
    await app.press('f');
    await app.waitFor('Choose what to work on');
    await app.press('j', 'enter');
    await app.waitFor('No questions here');
    expect(app.frame()).toContain('Quiz · Cluster Setup');
  });

  it('fits every course question, answered with all its explanations, in a 24-row terminal', async () => {
    const course = loadCatalog(REPO);
    const tooTall: string[] = [];
    for (const q of course.questions) {
      const one = indexCatalog({ ...course, questions: [q] });
      const app = await renderApp({ route: { name: 'quiz' }, now: () => start, catalog: one });
      await app.waitFor('1/1');
      const wrong = 'abcdef'[optionOrder(q, 0).findIndex((i) => !q.options[i]!.correct)]!;
      await app.press(wrong);
      // The box's bottom border on screen: nothing was cut.
      if (!(await app.waitFor('Not this one')).includes('╰')) tooTall.push(q.id);
      app.unmount();
    }
    expect(tooTall).toEqual([]);
  }, 60_000);

  it('opens from :quiz', async () => {
    const app = await renderApp({ now: () => start, catalog });
    await app.waitFor('Next lesson');
    await app.press(':', 'q', 'u', 'i', 'z', 'enter');
    await app.waitFor(question.scenario.trim());
  });
});
