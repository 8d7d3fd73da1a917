// The progress screen (ink-testing-library, the real App and store): readiness against the pass line with
// the model in two lines, bars per domain, the trend from the snapshots, the weakest competencies with
// one key to their lesson, cards or drill, the mock exams and the exam-day checklist.
import { cleanup } from 'ink-testing-library';
import { afterEach, describe, expect, it } from 'vitest';
import { localDay } from '../../src/learning/dates.js';
import { MODEL_EXPLANATION } from '../../src/learning/readiness.js';
import type { StoreData } from '../../src/store/schema.js';
import { Store } from '../../src/store/store.js';
import { tempDir } from '../helpers/paths.js';
import { renderApp } from '../helpers/ui.js';

afterEach(() => cleanup());

const NOW = new Date(2027, 0, 20, 9);
const now = () => NOW;
const TODAY = localDay(NOW);
const DAY = 86_400_000;

async function seeded(change: (d: StoreData) => void): Promise<string> {
  const dir = tempDir();
  await (await Store.open(dir)).update(change);
  return dir;
}

describe('the progress screen', () => {
  it('shows readiness 0 and not ready for a new learner, the model in two lines and a bar per domain, and keeps the snapshot', async () => {
    const app = await renderApp({ route: { name: 'progress' }, now });
    const frame = await app.waitFor('Readiness 0 / 100 · pass line 67 · not ready');
    for (const line of MODEL_EXPLANATION) expect(frame).toContain(line);
    for (const [title, weight] of [
      ['Cluster Setup', 15],
      ['System Hardening', 10],
      ['Monitoring, Logging and Runtime Security', 20],
    ] as const) {
      expect(frame).toMatch(new RegExp(`${title} +${weight}% ░+┃░+ +0\\n`));
    }
    await expect.poll(async () => (await app.store.reload()).snapshots[TODAY]?.readiness).toBe(0);
  });

  it('draws the readiness line from the daily snapshots against the pass line', async () => {
    const dataDir = await seeded((d) => {
      d.snapshots[localDay(new Date(NOW.getTime() - 9 * DAY))] = { readiness: 20, domains: {} };
      d.snapshots[localDay(new Date(NOW.getTime() - 4 * DAY))] = { readiness: 90, domains: {} };
    });
    const app = await renderApp({ route: { name: 'progress' }, dataDir, now });
    const frame = await app.waitFor('readiness per day');
    const rows = frame.split('\n').filter((l) => l.includes(' ┤'));
    const column = (c: number) => rows.findIndex((l) => l.slice(l.indexOf('┤') + 1)[c] === '•');
    // Ten days, one column a day: the two seeded points and today's (0); nothing on the other days.
    expect(rows.join('').match(/•/g)).toHaveLength(3);
    expect(column(4)).toBeLessThan(column(0));
    expect(column(9)).toBe(rows.length - 1);
    expect(rows.find((l) => l.startsWith('  67 ┤'))).toMatch(/┈{6}/);
    expect(frame).toContain(`${localDay(new Date(NOW.getTime() - 9 * DAY))} ${TODAY}  readiness per day`);
  });

  it('ranks the weakest competencies and jumps to their lesson, cards and drill with one key', async () => {
    const app = await renderApp({ route: { name: 'progress' }, now });
    await app.waitFor('1 overview');
    await app.press('3');
    const weakest = await app.waitFor('Exam points at stake');
    // The fixture's one competency with content: all 15 points of its domain still at stake.
    expect(weakest).toContain('› 15.0  Service accounts: disable defaults, minimise permissions of new ones  Hardening · 0');
    expect(weakest).toMatch(/l lesson\s+c cards\s+d drill/);

    await app.press('c');
    await app.waitFor('lesson Service account tokens');
    await app.press('esc');
    await app.waitFor('Exam points at stake');
    await app.press('l');
    await app.waitFor(/Service account tokens\n.*Module 1: Fixture basics/);
    await app.press('esc');
    await app.waitFor('Exam points at stake');
    await app.press('d');
    await app.waitFor('Stop token automounting for service account app');
  });

  it('lists the mock exams taken, newest first, with their per-domain figures', async () => {
    const dataDir = await seeded((d) => {
      for (const [i, percent] of [58, 74].entries()) {
        const at = new Date(NOW.getTime() - (3 - i) * DAY).toISOString();
        d.exams.push({ id: `m${i}`, startedAt: at, finishedAt: at, minutes: 120, practice: false, percent, passed: percent >= 67, domains: { 'cluster-hardening': percent, 'supply-chain': 50 }, tasks: [] });
      }
    });
    const app = await renderApp({ route: { name: 'progress' }, dataDir, now });
    await app.press('4');
    const frame = await app.waitFor(' 74 %');
    expect(frame.indexOf(' 74 %  pass')).toBeLessThan(frame.indexOf(' 58 %  fail'));
    expect(frame).toContain('Hardening 74 · Supply chain 50');
    // The recent mock counts in the cluster hardening mastery.
    await app.press('1');
    expect(await app.waitFor('Cluster Hardening')).not.toMatch(/Cluster Hardening +15% ░+┃░+ +0\n/);
  });

  it('shows the exam-day checklist and moves between sections with tab', async () => {
    const app = await renderApp({ route: { name: 'progress' }, now });
    await app.waitFor('1 overview');
    for (let i = 0; i < 4; i++) await app.press('tab');
    const frame = await app.waitFor('☐ Docs');
    expect(frame).toContain('kubernetes.io docs/blog, Falco, etcd, ingress-nginx, Cilium, Istio, bom, AppArmor, Trivy.');
    for (const topic of ['Format', 'Time', 'Contexts', 'ssh', 'Static pods']) expect(frame).toContain(`☐ ${topic}: `);
    await app.press('tab');
    await app.waitFor('readiness per day');
  });
});
