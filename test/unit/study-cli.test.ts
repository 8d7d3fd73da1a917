// `cks-tutor review` and `cks-tutor quiz` without a terminal: a plain summary, settings saved, bad flags named.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { tempDir } from '../helpers/paths.js';

describe('review and quiz without a terminal', () => {
  it('prints the cards due per domain and the new cards for today instead of drawing the screen', () => {
    const result = runCli(['review', '--data-dir', tempDir()]);
    expect(result.code).toBe(0);
    expect(result.stdout.split('\n')).toEqual([
      'flashcards (all cards): 0 due now, 3 new for today',
      '  Cluster Hardening     0 due of 3',
      'settings: desired retention 0.9, 20 new cards per day',
      'review them in a terminal: cks-tutor review',
      '',
    ]);
  });

  it('saves --retention and --new-per-day, and names the flag of a bad value in one line', () => {
    const dir = tempDir();
    const ok = runCli(['review', '--retention', '0.92', '--new-per-day', '2', '--data-dir', dir]);
    expect(ok.code).toBe(0);
    expect(ok.stdout).toContain('0 due now, 2 new for today');
    expect(JSON.parse(readFileSync(join(dir, 'progress.json'), 'utf8')).settings).toMatchObject({ desiredRetention: 0.92, newCardsPerDay: 2 });

    for (const [args, message] of [
      [['--retention', '1.2'], 'cks-tutor: --retention must be a number from 0.70 to 0.99'],
      [['--new-per-day', '500'], 'cks-tutor: --new-per-day must be a whole number from 0 to 200, got 500'],
      [['--domain', 'networking'], 'cks-tutor: --domain must be one of cluster-setup,'],
    ] as const) {
      const bad = runCli(['review', ...args, '--data-dir', dir]);
      expect(bad.code).toBe(1);
      expect(bad.stderr.trim().split('\n')).toHaveLength(1);
      expect(bad.stderr).toContain(message);
    }
    // Nothing was saved by the bad runs.
    expect(JSON.parse(readFileSync(join(dir, 'progress.json'), 'utf8')).settings).toMatchObject({ desiredRetention: 0.92, newCardsPerDay: 2 });
  });

  it('prints the questions per domain for quiz', () => {
    const result = runCli(['quiz', '--data-dir', tempDir()]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('practice questions (all domains): 1');
    expect(result.stdout).toContain('Cluster Hardening    1 questions, 0 answered, 0 right at the last try');
    expect(runCli(['quiz', '--module', 'nope', '--data-dir', tempDir()]).stderr).toContain('--module must be one of basics; got nope');
  });
});
