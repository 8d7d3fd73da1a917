// A real lesson in a real terminal: the built CLI, the shipped content, tmux reading the screen.
import { readdirSync, readFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { CLI, tempDir } from '../helpers/paths.js';
import { Terminal, runnable } from '../helpers/tmux.js';

let term: Terminal | undefined;
afterEach(() => term?.close());

/** Pages down until `text` is on screen (the page the reader lands on depends on the terminal's height). */
async function pageUntil(t: Terminal, text: string): Promise<string> {
  const top = (screen: string) => /lines (\d+)-/.exec(screen)?.[1];
  for (let i = 0; i < 40; i++) {
    const screen = t.screen();
    if (screen.includes(text)) return screen;
    t.send('Space');
    const deadline = Date.now() + 5000;
    while (top(t.screen()) === top(screen) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`never saw ${text}; the screen was:\n${t.screen()}`);
}

describe.skipIf(!runnable)('reading a lesson in a real terminal (needs tmux)', () => {
  it('opens the RBAC lesson from the module list and shows its headings, tables and code, rendered', async () => {
    const t = (term = new Terminal(`node ${CLI} --data-dir ${tempDir()} learn`, { width: 100, height: 32 }));
    await t.waitFor(/Modules[\s\S]*j\/k move/);
    t.send('j');
    await t.waitFor('› 2. ');
    t.send('j');
    await t.waitFor('› 3. ');
    t.send('Enter');
    await t.waitFor('Module 3: Cluster hardening');
    t.send('Enter');
    const first = await t.waitFor(/lines 1-\d+ of \d+[\s\S]*j\/k scroll/);
    expect(first).toContain('RBAC for least privilege');
    expect(first).toMatch(/… reading · Module 3: Cluster hardening · \d+ min · \d+ cards/);
    expect(first).toContain('In this lesson you learn to');
    expect(first).toMatch(/j\/k scroll\s+space\/b page\s+g\/G top\/end/);

    expect(await pageUntil(t, '## How the RBAC authorizer decides')).toMatch(/^ {2}## How the RBAC authorizer decides/m);
    // A Markdown table, drawn with borders inside the reading width.
    const table = await pageUntil(t, '│ verb');
    expect(table).toMatch(/│ verb +│ get +│/);
    expect(table).toMatch(/[├┌]─+┼?/);
    // A fenced code block, indented under the prose.
    expect(await pageUntil(t, 'kubectl create role log-reader')).toMatch(/^ {4}kubectl create role log-reader -n shop /m);

    t.send('G');
    await t.waitFor(/lines \d+-(\d+) of \1 · 100%/);
    t.send('d');
    await t.waitFor('✓ done');
    t.send('Escape');
    await t.waitFor('✓ RBAC for least privilege');
    t.send('q');
    await t.waitFor('[exited 0]');
  });

  it('opens the reader straight from `cks-tutor learn <lesson>`, and esc leads home', async () => {
    const t = (term = new Terminal(`node ${CLI} --data-dir ${tempDir()} learn seccomp`, { width: 80, height: 24 }));
    const screen = await t.waitFor(/lines 1-\d+ of \d+/);
    expect(screen).toContain('Seccomp profiles');
    expect(screen.split('\n').every((l) => l.length <= 80)).toBe(true);
    t.send('Escape');
    await t.waitFor('Next lesson');
    t.send('q');
    await t.waitFor('[exited 0]');
  });

  it('keeps marked-terminal and highlight.js out of start-up: only a dynamic import() reaches them', () => {
    const dir = join(dirname(CLI), 'chunks');
    const files = [CLI, ...readdirSync(dir).filter((f) => f.endsWith('.js')).map((f) => join(dir, f))];
    const texts = new Map(files.map((f) => [f, readFileSync(f, 'utf8')]));
    // The chunk that holds marked-terminal (its table marker) and highlight.js.
    const heavy = files.filter((f) => texts.get(f)!.includes('^*||*^'));
    expect(heavy).toHaveLength(1);
    expect(files.filter((f) => texts.get(f)!.includes('highlightAuto'))).toEqual(heavy);
    const name = basename(heavy[0]!);
    const staticImports = files.filter((f) => new RegExp(`^import [^;]*?from\\s*"\\./(?:chunks/)?${name.replace('.', '\\.')}"`, 'm').test(texts.get(f)!));
    expect(staticImports).toEqual([]);
    expect(files.some((f) => texts.get(f)!.includes(`import("./${name}")`))).toBe(true);
  });
});
