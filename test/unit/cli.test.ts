import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { copyOfFixtureContent, tempDir } from '../helpers/paths.js';

const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };

describe('the built CLI without a terminal', () => {
  it('prints the version and the command list', () => {
    expect(runCli(['--version']).stdout.trim()).toBe(pkg.version);
    const help = runCli(['--help']);
    expect(help.code).toBe(0);
    for (const command of ['today', 'learn', 'review', 'quiz', 'drill', 'exam', 'plan', 'progress', 'lab', 'doctor', 'validate']) {
      expect(help.stdout).toMatch(new RegExp(`^  ${command}\\b`, 'm'));
    }
    expect(help.stdout).toContain('--data-dir <dir>');
  });

  it('prints the home screen as plain text, with figures from the store', () => {
    const dir = tempDir();
    const result = runCli(['--data-dir', dir]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('cards due: 0, new today: 3');
    expect(result.stdout).toContain('next lesson: Service account tokens (tokens)');
    expect(result.stdout).toContain(`progress file: ${join(dir, 'progress.json')}`);
  });

  it('honours CKS_TUTOR_HOME and lets --data-dir win over it', () => {
    const home = tempDir();
    const flag = tempDir();
    expect(runCli([], { CKS_TUTOR_HOME: home }).stdout).toContain(join(home, 'progress.json'));
    expect(runCli(['--data-dir', flag], { CKS_TUTOR_HOME: home }).stdout).toContain(join(flag, 'progress.json'));
  });

  it('prints valid JSON for progress --json', () => {
    const result = runCli(['progress', '--json', '--data-dir', tempDir()]);
    expect(result.code).toBe(0);
    const figures = JSON.parse(result.stdout);
    expect(figures).toMatchObject({ readiness: 0, passLine: 67, summary: { dueCards: 0, newCards: 3, streak: 0, lessonsTotal: 1 } });
  });

  it('prints the mock exam draw without a terminal, and says the exam itself needs one', () => {
    const result = runCli(['exam', '--data-dir', tempDir(), '--seed', '4'], { KUBECONFIG: join(tempDir(), 'none') });
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^Mock exam: 120 min, 0 tasks, pass at 67 % \(no cluster: only drills on files can be drawn/);
    expect(result.stdout.trim().split('\n').at(-1)).toBe('The mock exam itself needs a terminal; this is the draw it would make.');
  });

  it('without a terminal, names an unknown drill before saying a known one needs a terminal', () => {
    const unknown = runCli(['drill', 'no-such-drill', '--data-dir', tempDir()]);
    expect([unknown.code, unknown.stderr.trim()]).toEqual([2, 'cks-tutor: no drill no-such-drill: see cks-tutor drill list']);
    const known = runCli(['drill', 'sa-no-automount', '--data-dir', tempDir()]);
    expect(known.code).toBe(2);
    expect(known.stderr.trim()).toBe('cks-tutor: drill sa-no-automount needs a terminal; without one use cks-tutor drill setup|check|solve|cleanup sa-no-automount');
  });

  it('validates content: ok summary, or every problem and a non-zero exit', () => {
    const ok = runCli(['validate']);
    expect(ok.code).toBe(0);
    expect(ok.stdout).toContain('content ok: 1 modules, 1 lessons, 3 cards, 1 questions, 1 drills');

    const root = copyOfFixtureContent();
    const cards = join(root, 'lessons', '01-basics', '01-tokens.cards.yaml');
    writeFileSync(cards, readFileSync(cards, 'utf8').replace('type: command', 'type: commnd'));
    const plan = join(root, 'study-plan', 'plan.yaml');
    writeFileSync(plan, readFileSync(plan, 'utf8').replace('newCardsPerDay: 10', 'newCardsPerDay: -1'));
    const bad = runCli(['validate'], { CKS_TUTOR_CONTENT: root });
    expect(bad.code).toBe(1);
    expect(bad.stdout.trim().split('\n')).toEqual([
      'lessons/01-basics/01-tokens.cards.yaml: [1].type: type must be basic, cloze or command',
      'study-plan/plan.yaml: weeks[0].newCardsPerDay: Too small: expected number to be >=0',
    ]);
    expect(bad.stderr.trim()).toBe('cks-tutor: 2 content problems');
  });

  it('refuses to start on invalid content with the same messages and no stack trace', () => {
    const root = copyOfFixtureContent();
    const lesson = join(root, 'lessons', '01-basics', '01-tokens.md');
    writeFileSync(lesson, readFileSync(lesson, 'utf8').replace('minutes: 20', 'minutes: 1000'));
    const result = runCli(['--data-dir', tempDir()], { CKS_TUTOR_CONTENT: root });
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain('lessons/01-basics/01-tokens.md: minutes: Too big: expected number to be <=240');
    expect(result.stderr).toContain('cks-tutor: the content has 1 problem');
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });

  it('revalidates cached content as soon as a content file changes', () => {
    const root = copyOfFixtureContent();
    const cache = tempDir();
    const env = { CKS_TUTOR_CONTENT: root, CKS_TUTOR_CACHE: cache };
    expect(runCli(['learn'], env).stdout).toContain('Service account tokens (tokens, 20 min)');
    expect(readdirSync(cache).filter((f) => f.startsWith('catalog-'))).toHaveLength(1);
    const lesson = join(root, 'lessons', '01-basics', '01-tokens.md');
    writeFileSync(lesson, readFileSync(lesson, 'utf8').replace('minutes: 20', 'minutes: 25'));
    expect(runCli(['learn'], env).stdout).toContain('Service account tokens (tokens, 25 min)');
    writeFileSync(lesson, readFileSync(lesson, 'utf8').replace('minutes: 25', 'minutes: -5'));
    const broken = runCli(['learn'], env);
    expect(broken.code).toBe(1);
    expect(broken.stderr).toContain('lessons/01-basics/01-tokens.md: minutes:');
  });

  it('recovers from a corrupt progress file with a one-line notice and keeps the bad file', () => {
    const dir = tempDir();
    expect(runCli(['--data-dir', dir]).code).toBe(0);
    writeFileSync(join(dir, 'progress.json'), '{ this is not json');
    const result = runCli(['--data-dir', dir]);
    expect(result.code).toBe(0);
    const notices = result.stderr.trim().split('\n');
    expect(notices).toHaveLength(1);
    expect(notices[0]).toMatch(/^cks-tutor: .*progress\.json was unreadable .*; no usable backup, so progress starts fresh\.$/);
    expect(readdirSync(dir).some((f) => f.startsWith('progress.corrupt-'))).toBe(true);
    expect(result.stdout).toContain('cards due: 0');
  });

  it('names the data dir when it cannot be created', () => {
    const parent = tempDir();
    writeFileSync(join(parent, 'file'), 'x');
    const result = runCli(['--data-dir', join(parent, 'file', 'sub')]);
    expect(result.code).toBe(1);
    expect(result.stderr.trim()).toMatch(/^cks-tutor: cannot create the data directory .*file\/sub: /);
  });

  it('rejects an unknown command with a pointer to --help', () => {
    const result = runCli(['teleport']);
    expect(result.code).not.toBe(0);
    expect(result.stderr).toContain("unknown command 'teleport'");
  });
});

describe('the lab commands without a lab', () => {
  it('explains what to install when Go is missing and nothing is built', () => {
    const result = runCli(['lab', 'build'], { PATH: dirname(process.execPath), CKS_TUTOR_CACHE: tempDir() });
    expect(result.code).toBe(1);
    expect(result.stderr.trim()).toMatch(/^cks-tutor: the lab is built from source and needs Go 1\.25 or newer .*use a kind or minikube cluster with --context/);
  });

  it('reports a missing lab in status with exit code 3, and down as a no-op', () => {
    const dir = tempDir();
    const status = runCli(['--data-dir', dir, 'lab', 'status']);
    expect(status.code).toBe(3);
    expect(status.stdout).toMatch(/^no lab yet \(.*\/lab\); binaries (built|not built): start one with cks-tutor lab up/);
    expect(runCli(['--data-dir', dir, 'lab', 'down']).stdout.trim()).toBe('the lab was not running');
    expect(runCli(['--data-dir', dir, 'lab', 'reset']).stderr.trim()).toMatch(/^cks-tutor: no lab in .*: start one with cks-tutor lab up$/);
  });

  it('prints shell exports that eval cleanly', () => {
    const dir = tempDir();
    const env = runCli(['--data-dir', dir, 'lab', 'env']).stdout.trim().split('\n');
    expect(env[0]).toBe(`export KUBECONFIG='${join(dir, 'lab', 'kubeconfig')}'`);
    expect(env[1]).toMatch(/^export PATH='.*lab-bin\/v1\.35\.4-[0-9a-f]{12}':"\$PATH"$/);
  });
});

describe('exam --plan-only', () => {
  it('prints the draw as JSON and reports every domain it could not fill', () => {
    const result = runCli(['--data-dir', tempDir(), 'exam', '--plan-only', '--json', '--seed', '9'], { KUBECONFIG: join(tempDir(), 'none') });
    expect(result.code).toBe(0);
    const plan = JSON.parse(result.stdout);
    expect(plan).toMatchObject({ minutes: 120, passPercent: 67, seed: 9, tasks: [] });
    expect(plan.shortfalls.map((s: { domain: string }) => s.domain)).toEqual(['cluster-setup', 'cluster-hardening', 'system-hardening', 'microservice-vulnerabilities', 'supply-chain', 'runtime-security']);
  });

  it('rejects a task count outside 15-20 naming the flag', () => {
    const result = runCli(['exam', '--plan-only', '--tasks', '30']);
    expect(result.code).toBe(1);
    expect(result.stderr.trim()).toBe('cks-tutor: --tasks must be a whole number from 15 to 20, not 30');
  });
});
