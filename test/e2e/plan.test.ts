// Setting the exam date in a real terminal (tmux) and reading the plan and today's agenda it lays out.
import { afterEach, describe, expect, it } from 'vitest';
import { addDays, localDay } from '../../src/learning/dates.js';
import { CLI, FIXTURE_CONTENT, tempDir } from '../helpers/paths.js';
import { Terminal, runnable } from '../helpers/tmux.js';

let term: Terminal | undefined;
afterEach(() => term?.close());

describe.skipIf(!runnable)('the plan in a real terminal (needs tmux)', () => {
  it('sets the exam date on the plan screen, lays out the weeks and draws today from them', async () => {
    term = new Terminal(`node ${CLI} --data-dir ${tempDir()} plan`, { env: { CKS_TUTOR_CONTENT: FIXTURE_CONTENT } });
    const t = term;
    await t.waitFor(/Plan · no exam date yet[\s\S]*e set exam date/);
    t.send('e');
    await t.waitFor('Exam date (YYYY-MM-DD):');
    const exam = addDays(localDay(new Date()), 20);
    t.type(exam);
    t.send('Enter');
    const plan = await t.waitFor(`Plan · exam ${exam} · 20 days left · week 1 of 3`);
    expect(plan).toMatch(/cks-tutor · plan\s+20 days to exam/);
    expect(plan).toContain('the six weeks are compressed into 3');
    expect(plan).toMatch(/› ▶ +1 +\d\d-\d\d – \d\d-\d\d +Week 1 +0\/1 lessons/);

    t.send(':');
    t.type('today');
    t.send('Enter');
    const today = await t.waitFor(/Today · .* · week 1 of 3: Week 1/);
    expect(today).toContain('0 of 4 done');
    expect(today).toMatch(/› ○ Review 3 cards/);
    t.send('q');
    await t.waitFor('[exited 0]');
  });
});
