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

  it('reports an unknown command in the status line', async () => {
    const app = await renderApp();
    await app.press(':', 'x', 'y', 'z', 'enter');
    await app.waitFor('unknown command :xyz; press ? for the list');
  });
});
