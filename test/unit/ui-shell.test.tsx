import { afterEach, describe, expect, it } from 'vitest';
import { cleanup } from 'ink-testing-library';
import { renderApp } from '../helpers/ui.js';

afterEach(() => cleanup());

describe('the TUI shell (ink-testing-library)', () => {
  it('opens a screen from the command line and goes back with esc', async () => {
    const app = await renderApp();
    await app.waitFor('Next lesson');
    await app.press(':', 'l', 'e', 'a', 'r', 'n', 'enter');
    await app.waitFor('Modules');
    expect(app.frame()).toContain('1. Fixture basics');
    await app.press('esc');
    await app.waitFor('Next lesson');
  });

  it('scrolls the help with j/k when the terminal is too short for it', async () => {
    // ink-testing-library reports 24 rows: the help has more lines than fit.
    const app = await renderApp();
    await app.waitFor('Next lesson');
    await app.press('?');
    const first = await app.waitFor(/Keys everywhere[\s\S]*j\/k scroll\s+esc close help/);
    expect(first).toMatch(/^ Help$/m);
    expect(first).not.toContain(':help');
    for (let i = 0; i < 10; i++) await app.press('j');
    const end = await app.waitFor(':q              quit');
    expect(end).toContain(':help           keys and commands');
    expect(end).not.toMatch(/^ Help$/m);
    await app.press('esc');
    await app.waitFor('Next lesson');
  });

  it('reports an unknown command in the status line', async () => {
    const app = await renderApp();
    await app.press(':', 'x', 'y', 'z', 'enter');
    await app.waitFor('unknown command :xyz; press ? for the list');
  });
});
