// `cks-tutor plan`, `today` and `progress` without a terminal: JSON, Markdown, plain text and the
// exam-date errors, through the built CLI on the fixture content.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DOMAINS } from '../../src/content/domains.js';
import { addDays, localDay } from '../../src/learning/dates.js';
import { runCli } from '../helpers/cli.js';
import { tempDir } from '../helpers/paths.js';

const today = () => localDay(new Date());
const saved = (dir: string) => JSON.parse(readFileSync(join(dir, 'progress.json'), 'utf8'));

describe('cks-tutor plan', () => {
  it('prints the six weeks as JSON, following progress without an exam date', () => {
    const result = runCli(['plan', '--json', '--data-dir', tempDir()]);
    expect(result.code).toBe(0);
    const plan = JSON.parse(result.stdout);
    expect(plan).toMatchObject({ examDate: null, today: today(), currentWeek: 1 });
    expect(plan.weeks).toHaveLength(6);
    expect(plan.weeks[0]).toEqual(
      expect.objectContaining({ week: 1, title: 'Week 1', start: null, end: null, goals: ['Study.'], lessons: ['tokens'], drills: ['sa-no-automount'], newCardsPerDay: 10, mockExams: 0, status: 'current' }),
    );
  });

  it('saves --exam-date and lays the weeks out backward from it', () => {
    const dir = tempDir();
    const exam = addDays(today(), 41);
    const set = runCli(['plan', '--exam-date', exam, '--json', '--data-dir', dir]);
    expect(set.code).toBe(0);
    const plan = JSON.parse(runCli(['plan', '--json', '--data-dir', dir]).stdout);
    expect(plan).toMatchObject({ examDate: exam, daysToExam: 41, start: today(), currentWeek: 1 });
    expect(plan.weeks.map((w: { start: string; end: string }) => [w.start, w.end])).toEqual(
      Array.from({ length: 6 }, (_, i) => [addDays(today(), 7 * i), addDays(today(), 7 * i + 6)]),
    );
    expect(saved(dir).settings).toMatchObject({ examDate: exam, planFrom: today(), newCardsPerDay: 10 });

    const plain = runCli(['plan', '--data-dir', dir]);
    expect(plain.stdout).toContain(`exam date: ${exam} (41 days left) · week 1 of 6`);
    expect(plain.stdout).toMatch(/\[>\] week 1 \d\d-\d\d\.\.\d\d-\d\d: Week 1 \(0\/1 lessons, 10 new cards a day\)/);
  });

  it('refuses a past or malformed --exam-date with one line naming the flag, and saves nothing', () => {
    const dir = tempDir();
    const past = runCli(['plan', '--exam-date', '2020-01-01', '--data-dir', dir]);
    expect(past.code).toBe(1);
    expect(past.stdout).toBe('');
    expect(past.stderr).toBe(`cks-tutor: --exam-date 2020-01-01 is in the past (today is ${today()})\n`);
    for (const bad of ['2027-02-29', '15/03/2027']) {
      const result = runCli(['plan', '--json', '--exam-date', bad, '--data-dir', dir]);
      expect(result.code).toBe(1);
      expect(result.stderr).toMatch(new RegExp(`^cks-tutor: --exam-date must be a date as YYYY-MM-DD \\(like \\d{4}-\\d{2}-\\d{2}\\), got "${bad}"\\n$`));
    }
    expect(JSON.parse(runCli(['plan', '--json', '--data-dir', dir]).stdout).examDate).toBeNull();
  });
});

describe('cks-tutor today', () => {
  it('prints the agenda as JSON and saves it, then as plain text', () => {
    const dir = tempDir();
    const result = runCli(['today', '--json', '--data-dir', dir]);
    expect(result.code).toBe(0);
    const agenda = JSON.parse(result.stdout);
    expect(agenda).toMatchObject({ day: today(), week: 1, done: 0, next: 0, streak: 0 });
    expect(agenda.items).toEqual([
      expect.objectContaining({ kind: 'cards', due: 0, fresh: 3, title: 'Review 3 cards', done: false }),
      expect.objectContaining({ kind: 'lesson', lesson: 'tokens', done: false }),
      expect.objectContaining({ kind: 'drill', drill: 'sa-no-automount', reason: 'plan' }),
      expect.objectContaining({ kind: 'quiz', domain: 'cluster-hardening', questions: 1 }),
    ]);
    expect(saved(dir).agenda).toMatchObject({ day: today(), items: agenda.items.map((i: { kind: string }) => expect.objectContaining({ kind: i.kind })) });

    const plain = runCli(['today', '--data-dir', dir]).stdout.split('\n');
    expect(plain[0]).toBe(`today ${today()} · plan week 1 · 0/4 done · streak 0 days · 0 min studied today`);
    expect(plain[1]).toBe('  [ ] Review 3 cards (0 due, 3 new)');
  });
});

describe('cks-tutor progress', () => {
  it('prints readiness, the pass line and the domains as JSON, and keeps the snapshot', () => {
    const dir = tempDir();
    const result = runCli(['progress', '--json', '--data-dir', dir]);
    expect(result.code).toBe(0);
    const figures = JSON.parse(result.stdout);
    expect(figures.readiness).toBe(0);
    expect(figures.passLine).toBe(67);
    expect(figures.verdict).toBe('not ready');
    expect(figures.domains.map((d: { id: string; weight: number; mastery: number }) => [d.id, d.weight, d.mastery])).toEqual(DOMAINS.map((d) => [d.id, d.weight, 0]));
    expect(figures.competencies[0]).toMatchObject({ id: 'cluster-hardening/service-accounts', lesson: 'tokens', drill: 'sa-no-automount' });
    expect(saved(dir).snapshots[today()]).toMatchObject({ readiness: 0 });
  });

  it('prints the same figures as Markdown', () => {
    const result = runCli(['progress', '--markdown', '--data-dir', tempDir()]);
    expect(result.code).toBe(0);
    const md = result.stdout;
    expect(md.split('\n')[0]).toBe('# CKS readiness: 0/100 (not ready)');
    expect(md).toContain('| Cluster Hardening | 15 % | **0** | 0 | 0 | 0 | 0 | - |');
    expect(md).toContain('| Supply Chain Security | 20 % | **0** | - | - | - | - | - |');
    expect(md).toContain('1. **Service accounts: disable defaults, minimise permissions of new ones** (Cluster Hardening): mastery 0, 15 exam points at stake. `cks-tutor learn tokens` · `cks-tutor review --lesson tokens` · `cks-tutor drill sa-no-automount`');
    expect(md).toContain(`| ${today()} | 0 |`);
    expect(md).toContain('## Exam-day checklist');
    expect(md).toContain('- [ ] **Docs**: kubernetes.io docs/blog');
  });

  it('prints plain text without a terminal, and refuses --json with --markdown', () => {
    const plain = runCli(['progress', '--data-dir', tempDir()]);
    expect(plain.code).toBe(0);
    expect(plain.stdout.split('\n')[0]).toBe('readiness: 0/100, pass line 67: not ready');
    const both = runCli(['progress', '--json', '--markdown', '--data-dir', tempDir()]);
    expect(both.code).toBe(1);
    expect(both.stderr).toBe('cks-tutor: --json and --markdown cannot be used together\n');
  });
});
