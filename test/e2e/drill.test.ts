// A drill in a real terminal: the brief, the clock, the learner's shell (Ink hands the terminal over and
// takes it back), the live checklist turning green, and the saved result.
import { afterEach, describe, expect, it } from 'vitest';
import { Store } from '../../src/store/store.js';
import { CLI, REPO, tempDir } from '../helpers/paths.js';
import { Terminal, runnable } from '../helpers/tmux.js';

let term: Terminal | undefined;
afterEach(() => term?.close());

describe.skipIf(!runnable)('a drill in a real terminal (needs tmux)', () => {
  it('runs a files drill from brief to a passed result through the shell', async () => {
    const dataDir = tempDir();
    term = new Terminal(`node ${CLI} --data-dir ${dataDir} drill dockerfile-hardening`, {
      width: 110,
      height: 36,
      env: { CKS_TUTOR_CONTENT: REPO, SHELL: '/bin/bash', KUBECONFIG: `${dataDir}/none` },
    });
    const t = term;
    // The brief is Markdown, rendered: no ** or backticks left on screen.
    const brief = await t.waitFor(/A static analysis of Dockerfile reported four problems[\s\S]*enter start the clock/);
    expect(brief).toContain('Harden a Dockerfile against four static-analysis findings');
    expect(brief).not.toContain('**Context:**');

    t.send('Enter');
    const running = await t.waitFor(/✗ Every FROM names a fixed version[\s\S]*s shell/);
    expect(running).toMatch(/00:0\d \/ 06:00/);
    expect(running).toContain('✓ The image still builds and runs the app');

    t.send('s');
    await t.waitFor('type exit to go back to the checklist');
    // The learner fixes the file in their shell (here by running the drill's own reference solution).
    t.type(`WORKSPACE=$PWD bash ${REPO}/drills/supply-chain/dockerfile-hardening/solution/solve.sh && exit`);
    t.send('Enter');
    const green = await t.waitFor(/✓ Files come in with COPY, not ADD[\s\S]*n done: next/, 15_000);
    expect(green).toContain('✓ Every FROM names a fixed version');
    expect(green).not.toContain('✗');

    t.send('n');
    const result = await t.waitFor(/Passed\s+score 100/);
    expect(result).toContain('checks 4/4');
    t.send('Enter');
    await t.waitFor('Next lesson');
    t.send('q');
    await t.waitFor('[exited 0]');
    const attempts = (await Store.open(dataDir)).data.drills['dockerfile-hardening'];
    expect(attempts).toHaveLength(1);
    expect(attempts![0]).toMatchObject({ passed: true, score: 100, hintsUsed: 0, gaveUp: false });
  });
});
