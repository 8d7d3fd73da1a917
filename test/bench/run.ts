// `npm run bench`: the speed budgets of DESIGN.md, measured as medians with a baseline from the same
// run, printed as a table. Nothing here asserts; the figures go into the issue notes.
// `npm run bench -- start catalog` runs only the benches whose names contain those words.
import { BENCHES, type BenchResult } from './benches.js';
import { REVIEW_BENCHES } from './review.js';

const only = process.argv.slice(2);
const results: BenchResult[] = [];
for (const bench of [...BENCHES, ...REVIEW_BENCHES]) {
  if (only.length ? !only.some((o) => bench.name.includes(o)) : bench.manual) continue;
  process.stderr.write(`bench: ${bench.name} ...\n`);
  try {
    results.push(...(await bench.run()));
  } catch (e) {
    results.push({ name: bench.name, value: NaN, unit: '', note: `failed: ${(e as Error).message.split('\n')[0]}` });
  }
}

const width = Math.max(...results.map((r) => r.name.length));
console.log(`\n${'measurement'.padEnd(width)}  ${'median'.padStart(10)}  budget / note`);
for (const r of results) {
  const value = Number.isNaN(r.value) ? 'n/a' : `${r.value.toFixed(r.value < 10 ? 2 : 0)} ${r.unit}`;
  console.log(`${r.name.padEnd(width)}  ${value.padStart(10)}  ${[r.budget, r.note].filter(Boolean).join(' · ')}`);
}
