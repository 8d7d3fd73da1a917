// `cks-tutor learn <lesson>` without a terminal: the lesson as plain text, or a one-line error.
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { tempDir } from '../helpers/paths.js';

describe('cks-tutor learn <lesson> without a terminal', () => {
  it('prints the lesson as plain text: header, objectives, body and code, with no escape codes even when colour is forced', () => {
    const r = runCli(['--data-dir', tempDir(), 'learn', 'tokens'], { FORCE_COLOR: '3' });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const lines = r.stdout.split('\n');
    expect(lines.slice(0, 3)).toEqual(['Service account tokens', 'Module 1: Fixture basics · 20 min · tokens', '']);
    expect(r.stdout).toContain('In this lesson you learn to\n\n  * Turn off token automounting.');
    expect(r.stdout).toContain('Pods get a token unless automountServiceAccountToken: false is set.');
    expect(r.stdout).toMatch(/^ {2}automountServiceAccountToken: false$/m);
    expect(r.stdout).not.toContain('\u001b');
    expect(lines.every((l) => l.length <= 80)).toBe(true);
  });

  it('still lists the modules and lessons without an id', () => {
    const r = runCli(['--data-dir', tempDir(), 'learn']);
    expect(r.stdout).toContain('1. Fixture basics');
    expect(r.stdout).toContain('[ ] Service account tokens (tokens, 20 min)');
  });

  it('names an unknown lesson in a one-line error', () => {
    const r = runCli(['--data-dir', tempDir(), 'learn', 'no-such-lesson']);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr.trim()).toBe('cks-tutor: no lesson with id no-such-lesson (cks-tutor learn lists them)');
  });
});
