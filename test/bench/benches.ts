// The benches, one entry per budget. Each returns one or more rows for the table.
import { cpSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadCatalog } from '../../src/content/load.js';
import { buildLab } from '../../src/lab/binaries.js';
import { labDown, labUp, layoutFor } from '../../src/lab/lab.js';
import { resolveTarget } from '../../src/cluster/target.js';
import { runChecks } from '../../src/drills/checks/index.js';
import { checkContext, cleanup, preflight, setup } from '../../src/drills/runtime.js';
import { readStatus } from '../../src/lab/supervisor.js';
import { lessonMarkdown, renderMarkdown } from '../../src/ui/markdown.js';
import { withManifestChange } from '../helpers/manifestChange.js';
import { median, REPO, tempDir, timeInPty } from './measure.js';

export interface BenchResult {
  name: string;
  value: number;
  unit: string;
  budget?: string;
  note?: string;
}

export interface Bench {
  name: string;
  /** Runs only when asked for by name (it takes minutes). */
  manual?: boolean;
  run(): Promise<BenchResult[]>;
}

const RUNS = 7;

async function repeat(n: number, f: () => Promise<number> | number): Promise<number[]> {
  const out: number[] = [];
  for (let i = 0; i < n; i++) out.push(await f());
  return out;
}

async function timeAsync(f: () => Promise<unknown>): Promise<number> {
  const start = process.hrtime.bigint();
  await f();
  return Number(process.hrtime.bigint() - start) / 1e6;
}

function rssMb(pid: number): number {
  const kb = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
  return Number(kb) / 1024;
}

function timeSync(f: () => unknown): number {
  const start = process.hrtime.bigint();
  f();
  return Number(process.hrtime.bigint() - start) / 1e6;
}

/** Ten copies of the real content with every id suffixed, for the linearity check. */
function syntheticContent(copies: number): string {
  const root = tempDir();
  cpSync(join(REPO, 'study-plan'), join(root, 'study-plan'), { recursive: true });
  cpSync(join(REPO, 'drills'), join(root, 'drills'), { recursive: true });
  const modules = readdirSync(join(REPO, 'lessons'));
  for (let k = 0; k < copies; k++) {
    for (const m of modules) {
      const target = join(root, 'lessons', k === 0 ? m : `${m}-copy${k}`);
      mkdirSync(target, { recursive: true });
      for (const f of readdirSync(join(REPO, 'lessons', m))) {
        let text = readFileSync(join(REPO, 'lessons', m, f), 'utf8');
        if (k > 0) {
          text = text
            .replace(/^(\s*-?\s*id: )([a-z0-9-]+)$/gm, `$1$2-copy${k}`)
            .replace(/^(\s*cards: )\[([^\]]*)\]$/gm, (_all, lead: string, ids: string) => `${lead}[${ids.split(',').map((i) => i.trim()).filter(Boolean).map((i) => `${i}-copy${k}`).join(', ')}]`);
        }
        writeFileSync(join(target, f), text);
      }
    }
  }
  return root;
}

export const BENCHES: Bench[] = [
  {
    name: 'cold start to first home frame',
    async run() {
      const data = tempDir();
      const baseline = median(await repeat(RUNS, () => timeInPty('node -e 1')));
      const start = median(await repeat(RUNS, () => timeInPty(`node ${join(REPO, 'dist', 'cli.js')} --data-dir ${data}`, 'Next lesson')));
      return [
        { name: 'baseline: node -e 1 in a pty', value: baseline, unit: 'ms' },
        { name: 'cold start to first home frame', value: start, unit: 'ms', budget: '<= 500 ms', note: `${(start / baseline).toFixed(1)}x baseline` },
      ];
    },
  },
  {
    name: 'catalog load and validation',
    async run() {
      loadCatalog(REPO);
      const times = await repeat(15, () => timeSync(() => loadCatalog(REPO)));
      const catalog = loadCatalog(REPO);
      const synthetic = syntheticContent(10);
      const big = loadCatalog(synthetic);
      const bigTimes = await repeat(7, () => timeSync(() => loadCatalog(synthetic)));
      const base = median(times);
      const tenfold = median(bigTimes);
      return [
        { name: 'catalog load and validation', value: base, unit: 'ms', budget: '<= 150 ms', note: `${catalog.lessons.length} lessons, ${catalog.cards.length} cards, ${catalog.questions.length} questions, ${catalog.drills.length} drills` },
        { name: 'catalog load, 10x synthetic content', value: tenfold, unit: 'ms', note: `${(tenfold / base).toFixed(1)}x the real content (linear = 10x): ${big.lessons.length} lessons, ${big.cards.length} cards` },
      ];
    },
  },
  {
    name: 'lesson render',
    async run() {
      const longest = [...loadCatalog(REPO).lessons].sort((a, b) => b.body.length - a.body.length)[0]!;
      const cli = `node ${join(REPO, 'dist', 'cli.js')} --data-dir ${tempDir()}`;
      // Cold: a fresh process opens the reader on the lesson (lazy import of marked-terminal and
      // highlight.js, render, first frame), against the same process opening the module list.
      const modules = median(await repeat(RUNS, () => timeInPty(`${cli} learn`, 'Modules')));
      const reader = median(await repeat(RUNS, () => timeInPty(`${cli} learn ${longest.id}`, 'lines 1-')));
      // Warm: the renderer is loaded (renderMarkdown itself caches nothing; the reader caches per width).
      process.env.FORCE_COLOR = '3';
      const lines = (await renderMarkdown(lessonMarkdown(longest), 96)).length;
      const warm = median(await repeat(15, () => timeAsync(() => renderMarkdown(lessonMarkdown(longest), 96))));
      return [
        { name: 'cold start to the module list', value: modules, unit: 'ms' },
        { name: 'cold start to the longest lesson on screen', value: reader, unit: 'ms', note: `${longest.id}: +${(reader - modules).toFixed(0)} ms for loading the renderer and rendering` },
        { name: 'render the longest lesson, renderer loaded', value: warm, unit: 'ms', note: `${lines} lines at 96 columns, highlighted` },
      ];
    },
  },
  {
    name: 'lab up, restart after a manifest edit, memory',
    async run() {
      const data = tempDir();
      const first = await timeAsync(() => labUp(data));
      await labDown(data);
      const ups: number[] = [];
      for (let i = 0; i < 3; i++) {
        ups.push(await timeAsync(() => labUp(data)));
        if (i < 2) await labDown(data);
      }
      const layout = layoutFor(data);
      const restarts: number[] = [];
      const original = readFileSync(layout.apiserverManifest, 'utf8');
      const edited = withManifestChange(original, { flags: ['--profiling=false'] });
      for (let i = 0; i < 3; i++) {
        const before = readStatus(layout)!.components['kube-apiserver'].pid;
        const start = process.hrtime.bigint();
        writeFileSync(layout.apiserverManifest, i % 2 === 0 ? edited : original);
        for (const deadline = Date.now() + 60_000; ; ) {
          const c = readStatus(layout)?.components['kube-apiserver'];
          if (c?.state === 'ready' && c.pid !== before) break;
          if (Date.now() > deadline) throw new Error(`kube-apiserver not ready 60 s after a manifest edit: ${c?.state} ${c?.message ?? ''}`);
          await new Promise((r) => setTimeout(r, 50));
        }
        restarts.push(Number(process.hrtime.bigint() - start) / 1e6);
      }
      const status = readStatus(layout)!;
      const rss = Object.entries(status.components).map(([name, c]) => [name, rssMb(c.pid!)] as const);
      await labDown(data);
      return [
        { name: 'lab up: new lab (PKI, manifests) to ready', value: first, unit: 'ms', budget: '<= 15 s' },
        { name: 'lab up: existing lab to ready', value: median(ups), unit: 'ms', budget: '<= 15 s' },
        { name: 'apiserver ready again after a manifest edit', value: median(restarts), unit: 'ms', budget: '<= 10 s' },
        ...rss.map(([name, mb]) => ({ name: `resident memory: ${name}`, value: mb, unit: 'MB' })),
        { name: 'resident memory: the three together', value: rss.reduce((a, [, mb]) => a + mb, 0), unit: 'MB' },
      ];
    },
  },
  {
    name: 'lab build',
    manual: true,
    async run() {
      // A fresh output folder; Go's module and build caches stay as the machine has them.
      process.env.CKS_TUTOR_CACHE = tempDir();
      const ms = await timeAsync(() => buildLab(() => {}));
      return [{ name: 'lab build into an empty cache folder', value: ms / 1000, unit: 's', note: "Go's own caches as this machine has them" }];
    },
  },
  {
    name: 'drill check pass on the lab',
    async run() {
      // Six-check drills of different kinds: SubjectAccessReviews, admission dry-runs, flags and handshakes.
      const ids = ['apiserver-cis-fixes', 'tenant-quota-limits-netpol', 'vap-tenant-host-namespaces'];
      const data = tempDir();
      await labUp(data);
      const catalog = loadCatalog(REPO);
      const rows: BenchResult[] = [];
      try {
        for (const id of ids) {
          const drill = catalog.drillById.get(id)!;
          const pre = await preflight(drill, data, async () => resolveTarget(data));
          if (!pre.ok) throw new Error(pre.reasons.join('; '));
          await setup(drill, pre.env);
          const ctx = checkContext(drill, pre.env);
          await runChecks(drill.checks, ctx);
          const times = await repeat(10, () => timeAsync(() => runChecks(drill.checks, ctx)));
          await cleanup(drill, pre.env);
          rows.push({ name: `one check pass: ${id} (${drill.checks.length} checks)`, value: median(times), unit: 'ms', budget: '<= 300 ms' });
        }
      } finally {
        await labDown(data);
      }
      return rows;
    },
  },
];
