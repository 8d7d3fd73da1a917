// The benches, one entry per budget. Each returns one or more rows for the table.
import { cpSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadCatalog } from '../../src/content/load.js';
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
  run(): Promise<BenchResult[]>;
}

const RUNS = 7;

async function repeat(n: number, f: () => Promise<number> | number): Promise<number[]> {
  const out: number[] = [];
  for (let i = 0; i < n; i++) out.push(await f());
  return out;
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
];
