import { cleanup } from 'ink-testing-library';
import { afterEach, describe, expect, it, onTestFinished } from 'vitest';
import { newExam, tick } from '../../src/exam/session.js';
import { Store } from '../../src/store/store.js';
import { course } from '../helpers/course.js';
import { tempDir } from '../helpers/paths.js';
import { renderApp } from '../helpers/ui.js';

afterEach(() => cleanup());

describe('the mock exam screen', () => {
  it('offers to resume a saved exam with the time it has left, and abandoning clears it', async () => {
    const dataDir = tempDir();
    const store = await Store.open(dataDir);
    const saved = tick({ ...newExam([{ drill: 'sa-no-automount', domain: 'cluster-hardening', weight: 100 }], 120, false, new Date()), ready: true }, 25 * 60_000);
    await store.update((d) => void (d.activeExam = saved));

    const app = await renderApp({ dataDir, route: { name: 'exam', minutes: 120, count: 16, practice: false, seed: 1 } });
    const frame = await app.waitFor('A mock exam is in progress');
    expect(frame).toContain('1 task, 95:00 left on its clock');
    expect(frame).toMatch(/enter resume\s+A abandon it/);
    await app.press('A');
    await app.waitFor('Next lesson');
    expect((await Store.open(dataDir)).data.activeExam).toBeNull();
  });

  it('shows the draw for a new exam and says when no drill can run here', async () => {
    // No lab and no kubeconfig: only drills on files could be drawn, and the fixture has none.
    const saved = process.env.KUBECONFIG;
    process.env.KUBECONFIG = `${tempDir()}/none`;
    onTestFinished(() => {
      if (saved === undefined) delete process.env.KUBECONFIG;
      else process.env.KUBECONFIG = saved;
    });
    const app = await renderApp({ route: { name: 'exam', minutes: 120, count: 15, practice: false, seed: 3 } });
    const frame = await app.waitFor('Mock exam');
    expect(frame).toContain('pass at 67 %');
    // The fixture's only drill needs a cluster and there is none in this test.
    expect(frame).toContain('No drill can run here. Start the lab with cks-tutor lab up.');
    expect(frame).not.toContain('set up and start');
  });

  it('previews the draw per domain, tasks and share of the score, without naming the tasks', async () => {
    const saved = process.env.KUBECONFIG;
    process.env.KUBECONFIG = `${tempDir()}/none`;
    onTestFinished(() => {
      if (saved === undefined) delete process.env.KUBECONFIG;
      else process.env.KUBECONFIG = saved;
    });
    // Without a cluster only the course's two drills on files (System Hardening, Supply Chain) can be drawn.
    const app = await renderApp({ catalog: course(), route: { name: 'exam', minutes: 120, count: 16, practice: false, seed: 3 } });
    const frame = await app.waitFor('2 tasks, 120 minutes');
    const shares = [...frame.matchAll(/^ (.+?) +(\d+) tasks? +(\d+) %$/gm)].map((m) => [m[1], Number(m[2]), Number(m[3])]);
    expect(shares.map(([title, tasks]) => [title, tasks])).toEqual([['System Hardening', 1], ['Supply Chain Security', 1]]);
    expect(shares.reduce((n, s) => n + (s[2] as number), 0)).toBe(100);
    expect(frame).not.toContain('Drill apparmor-profile');
  });
});
