// The lesson reader, driven through the real App with a real store: open, scroll, resume, done, search,
// and the keys to a lesson's cards and drills.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { cleanup } from 'ink-testing-library';
import { afterEach, describe, expect, it } from 'vitest';
import { Store } from '../../src/store/store.js';
import { copyOfFixtureContent, tempDir } from '../helpers/paths.js';
import { renderApp } from '../helpers/ui.js';

afterEach(() => cleanup());

const paragraph = (n: number) => {
  const id = String(n).padStart(3, '0');
  const extra = n === 45 ? ' The zebrafish lives here.' : n === 10 || n === 50 ? ' A kingfisher flies by.' : '';
  return `Paragraph ${id} of the long read.${extra}`;
};

/** Long enough to scroll: 60 paragraphs under three headings, a table and a code block. */
const LONG = `---
id: long-read
title: A long read
domains: [cluster-hardening]
competencies: []
minutes: 30
objectives:
  - Scroll through a long lesson.
---
# A long read

${[1, 2, 3]
  .map(
    (part) => `## Part ${part}

${Array.from({ length: 20 }, (_, i) => paragraph((part - 1) * 20 + i + 1)).join('\n\n')}
`,
  )
  .join('\n')}
| Key | Does |
|---|---|
| j | scrolls |

\`\`\`yaml
kind: Pod
\`\`\`
`;

function content(): string {
  const root = copyOfFixtureContent();
  writeFileSync(join(root, 'lessons', '01-basics', '02-long.md'), LONG);
  return root;
}

function position(frame: string): { first: number; last: number; total: number } {
  const m = /lines (\d+)-(\d+) of (\d+)/.exec(frame);
  if (!m) throw new Error(`no position in:\n${frame}`);
  return { first: Number(m[1]), last: Number(m[2]), total: Number(m[3]) };
}

async function until(what: string, f: () => boolean | Promise<boolean>, ms = 5000): Promise<void> {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    if (await f()) return;
    await new Promise((r) => setTimeout(r, 25));
  }
  throw new Error(`timed out waiting for ${what}`);
}

/** Opens the long lesson from the lesson list and waits until its text is laid out. */
async function openLong(app: Awaited<ReturnType<typeof renderApp>>) {
  await app.waitFor('A long read');
  await app.press('j', 'enter');
  await app.waitFor(/lines 1-\d+ of \d+/);
  // The text area is measured after the first layout; let that settle.
  await new Promise((r) => setTimeout(r, 100));
  return position(app.frame());
}

describe('the lesson reader', () => {
  it('opens a lesson from the list with its header, and scrolls by line, page and to either end', async () => {
    const app = await renderApp({ contentRoot: content(), route: { name: 'lessons', module: 'basics' } });
    const { last: height, total } = await openLong(app);
    const frame = app.frame();
    expect(frame).toContain('A long read');
    expect(frame).toContain('… reading · Module 1: Fixture basics · 30 min');
    expect(frame).toContain('In this lesson you learn to');
    expect(frame).toContain('* Scroll through a long lesson.');
    expect(frame).toMatch(/j\/k scroll\s+space\/b page\s+g\/G top\/end\s+d done\s+\/ search/);
    expect(total).toBeGreaterThan(2 * height);

    await app.press('j');
    await app.waitFor(`lines 2-${height + 1} of ${total}`);
    await app.press('space');
    await app.waitFor(`lines ${height + 1}-${2 * height} of ${total}`);
    await app.press('b');
    await app.waitFor(`lines 2-${height + 1} of ${total}`);
    await app.press('G');
    const end = await app.waitFor(`lines ${total - height + 1}-${total} of ${total} · 100%`);
    expect(end).toContain('kind: Pod');
    expect(end).toContain('end of the lesson: d marks it done');
    await app.press('k', 'g');
    const top = await app.waitFor(`lines 1-${height} of ${total}`);
    expect(top).toContain('In this lesson you learn to');
    expect(top).not.toContain('kind: Pod');
  });

  it('resumes at the saved position, in the same run and the next; scrolling saves every few seconds, not every key', async () => {
    const dataDir = tempDir();
    const root = content();
    const app = await renderApp({ contentRoot: root, dataDir, route: { name: 'lessons', module: 'basics' } });
    await openLong(app);
    const onDisk = async () => (await Store.open(dataDir)).data.lessons['long-read'];
    await until('the lesson marked in progress', async () => (await onDisk())?.status === 'in-progress');
    await app.press('space', 'space');
    const { first } = position(app.frame());
    expect(first).toBeGreaterThan(2);
    expect((await onDisk())?.position).toBe(0);
    await until('the throttled save', async () => (await onDisk())?.position === first - 1);

    await app.press('j', 'esc');
    await app.waitFor('› … A long read');
    await until('the save on leaving', async () => (await onDisk())?.position === first);
    await app.press('enter');
    await app.waitFor(`lines ${first + 1}-`);
    app.unmount();

    const again = await renderApp({ contentRoot: root, dataDir, route: { name: 'lesson', id: 'long-read' } });
    await again.waitFor(`lines ${first + 1}-`);
  });

  it('marks a lesson done with d, and the lesson and module lists show it', async () => {
    const app = await renderApp({ contentRoot: content(), route: { name: 'modules' } });
    await app.waitFor('1. Fixture basics');
    expect(app.frame()).toContain('0/2 lessons done');
    await app.press('enter');
    await openLong(app);
    await app.press('d');
    await app.waitFor('✓ done · Module 1');
    expect(app.frame()).toContain('Marked as done.');
    expect(app.frame()).toContain('d not done');
    expect(app.frame()).not.toContain('end of the lesson');
    await app.press('esc');
    const lessons = await app.waitFor('✓ A long read');
    expect(lessons).toContain('Module 1: Fixture basics  1/2 done');
    expect(lessons).toMatch(/ {3}Service account tokens/);
    await app.press('esc');
    await app.waitFor('1/2 lessons done');
    await app.press('enter', 'j', 'enter');
    await app.waitFor('✓ done · Module 1');
    await app.press('d');
    await app.waitFor('… reading · Module 1');
    await app.press('esc');
    await app.waitFor('› … A long read');
  });

  it('searches every lesson with /, opens the reader at the hit, and steps through matches with n and N', async () => {
    const app = await renderApp({ contentRoot: content(), route: { name: 'lessons', module: 'basics' } });
    await openLong(app);
    await app.press('/');
    await app.waitFor('Search the lessons');
    expect(app.frame()).toMatch(/type words to find\s+esc back/);
    await app.press(...'ZebraFish'.split(''));
    await app.waitFor('1 match in 1 lesson');
    expect(app.frame()).toContain('1.2 A long read');
    expect(app.frame()).toContain('Paragraph 045 of the long read. The zebrafish lives here.');
    await app.press('enter', 'enter');
    const hit = await app.waitFor('› Paragraph 045 of the long read. The zebrafish lives here.');
    // The hit sits near the top, with a little context above it.
    const lines = hit.split('\n');
    const row = lines.findIndex((l) => l.includes('zebrafish'));
    expect(lines.slice(row - 3, row).some((l) => l.includes('Paragraph 044'))).toBe(true);

    // esc returns to the hits; a new search for a word that occurs twice.
    await app.press('esc');
    await app.waitFor('1 match in 1 lesson');
    await app.press('/');
    await app.press(...Array(9).fill('backspace'), ...'kingfisher'.split(''));
    await app.waitFor('2 matches in 1 lesson');
    await app.press('enter', 'enter');
    await app.waitFor('› Paragraph 010 of the long read. A kingfisher flies by.');
    expect(app.frame()).toMatch(/n\/N next\/prev match/);
    await app.press('n');
    await app.waitFor('› Paragraph 050 of the long read. A kingfisher flies by.');
    await app.press('n');
    await app.waitFor('no later match for “kingfisher” in this lesson');
    await app.press('N');
    await app.waitFor('› Paragraph 010 of the long read. A kingfisher flies by.');
  });

  it('offers the cards and drills keys only for a lesson that has cards and drills', async () => {
    const app = await renderApp({ contentRoot: content(), route: { name: 'lessons', module: 'basics' } });
    await app.waitFor('Service account tokens');
    await app.press('enter');
    await app.waitFor('all ');
    const tokens = app.frame();
    expect(tokens).toContain('3 cards · 1 drill');
    expect(tokens).toMatch(/d done\s+c cards\s+p drills\s+\/ search/);
    // The whole lesson fits: no scrolling keys on offer.
    expect(tokens).not.toContain('j/k scroll');

    await app.press('p');
    await app.waitFor('Drills that practise this lesson');
    expect(app.frame()).toContain('Stop token automounting for service account app');
    expect(app.frame()).toMatch(/enter start drill\s+esc close/);
    await app.press('enter');
    await app.waitFor('cks-tutor · drill');
    await app.press('esc');
    await app.waitFor('Drills that practise this lesson');
    await app.press('esc');
    await app.waitFor(/d done\s+c cards/);
    await app.press('c');
    await app.waitFor('cks-tutor · review');
    await app.press('esc', 'esc');

    await app.waitFor('A long read');
    await openLong(app);
    expect(app.frame()).not.toContain('c cards');
    expect(app.frame()).not.toContain('p drills');
    await app.press('c', 'p');
    expect(app.frame()).not.toContain('cks-tutor · review');
    expect(app.frame()).not.toContain('Drills that practise');
  });
});
