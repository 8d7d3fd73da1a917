// A second process that writes the progress file, for the crash and concurrency tests.
// argv: <dir> <mode: increment|bulk> <count>
// increment: adds 1 to a counter `count` times; bulk: writes ever-growing payloads and prints each
// acknowledged sequence number, so the parent can kill it mid-write and check nothing acked was lost.
import { Store } from '../../src/store/store.js';

const [dir, mode, countText] = process.argv.slice(2);
const count = Number(countText);
const store = await Store.open(dir!, { lockWaitMs: 30_000 });

for (let i = 1; i <= count; i++) {
  if (mode === 'increment') {
    await store.update((d) => {
      const prev = d.days['2026-01-01']?.reviews ?? 0;
      d.days['2026-01-01'] = { seconds: 0, reviews: prev + 1, newCards: 0, lessons: 0, drills: 0, questions: 0 };
    });
  } else {
    await store.update((d) => {
      // The file grows by ~1 MB a write so that a kill often lands while it is being written.
      d.questions[`q${i}`] = Array.from({ length: 20_000 }, (_, n) => ({ at: `2026-01-01T00:00:${String(n % 60).padStart(2, '0')}Z`, correct: n % 2 === 0 }));
      d.settings.newCardsPerDay = i % 200;
    });
    process.stdout.write(`${i}\n`);
  }
}
