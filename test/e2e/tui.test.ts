// The built CLI in a real terminal (tmux): what a learner sees and types.
import { afterEach, describe, expect, it } from 'vitest';
import { CLI, FIXTURE_CONTENT, tempDir } from '../helpers/paths.js';
import { Terminal, runnable } from '../helpers/tmux.js';

let term: Terminal | undefined;
afterEach(() => term?.close());

function start(dataDir = tempDir()): Terminal {
  term = new Terminal(`node ${CLI} --data-dir ${dataDir}`, { env: { CKS_TUTOR_CONTENT: FIXTURE_CONTENT } });
  return term;
}

describe.skipIf(!runnable)('the TUI in a real terminal (needs tmux)', () => {
  it('shows home, opens help with ?, goes back with esc and quits with :q', async () => {
    const t = start();
    const home = await t.waitFor(/j\/k move.*q quit/);
    expect(home).toContain('Next lesson: Service account tokens');
    expect(home).toMatch(/cks-tutor · home\s+no exam date set · no cluster/);
    expect(home).toContain('0 cards due');
    expect(home).toContain('3 new today');
    expect(home).toMatch(/j\/k move\s+enter open\s+\/ filter\s+\? help\s+: command\s+q quit/);
    // No "esc back" on the root screen: the bar shows only keys that work.
    expect(home).not.toContain('esc back');

    t.send('?');
    const help = await t.waitFor(/Keys everywhere[\s\S]*esc close help/);
    expect(help).toContain(':review');
    // In help, ? and q close it, so the bar does not offer them as help and quit.
    expect(help).not.toMatch(/q quit/);

    t.send('Escape');
    await t.waitFor('Next lesson');
    t.send(':');
    await t.waitFor(/enter run\s+esc cancel/);
    t.type('q');
    t.send('Enter');
    await t.waitFor('[exited 0]');
  });

  it('moves with j/k, filters with /, opens with enter and keeps the cursor when coming back', async () => {
    const t = start();
    await t.waitFor('Next lesson');
    t.send('j');
    await t.waitFor('› Learn');
    t.send('Enter');
    await t.waitFor('› 1. Fixture basics');
    t.send('Enter');
    const lessons = await t.waitFor('Module 1: Fixture basics');
    expect(lessons).toContain('Service account tokens');
    t.send('Escape');
    await t.waitFor('› 1. Fixture basics');
    t.send('Escape');
    await t.waitFor('› Learn');

    t.send('/');
    await t.waitFor(/type to filter\s+enter keep filter\s+esc clear/);
    t.type('mock');
    const filtered = await t.waitFor('/mock');
    expect(filtered).toContain('› Mock exam');
    expect(filtered).not.toContain('Review     due flashcards');
    t.send('Enter');
    t.send('Enter');
    await t.waitFor(/Mock exam[\s\S]*pass at 67 %/);
    t.send('q');
    await t.waitFor('[exited 0]');
  });

  it('remembers the learner across runs: the store is read on start', async () => {
    const dir = tempDir();
    const { Store } = await import('../../src/store/store.js');
    const store = await Store.open(dir);
    const inTwelveDays = new Date(Date.now() + 12 * 86_400_000);
    const day = `${inTwelveDays.getFullYear()}-${String(inTwelveDays.getMonth() + 1).padStart(2, '0')}-${String(inTwelveDays.getDate()).padStart(2, '0')}`;
    await store.update((d) => {
      d.settings.examDate = day;
      d.lessons['tokens'] = { status: 'done', position: 0, updatedAt: new Date().toISOString() };
    });
    const t = start(dir);
    const home = await t.waitFor('days to the exam');
    expect(home).toContain('12 days to exam');
    expect(home).toContain('1/1 lessons done');
    t.send('q');
    await t.waitFor('[exited 0]');
  });
});
