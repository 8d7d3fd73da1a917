// Review benches: today's queue for 5,000 cards with 50,000 review-log entries, and the time from a
// grade key to the next card's frame. The queue needs only card state (progress.json); the review log
// is append-only and never read at start, so the start figure is what the app does (open the store,
// build the session) and reading the whole log is measured beside it for comparison.
import { writeFileSync } from 'node:fs';
import { cleanup, render } from 'ink-testing-library';
import { createElement } from 'react';
import { startSession } from '../../src/learning/review.js';
import { readLog, reviewLogPath, type ReviewEntry } from '../../src/store/reviewLog.js';
import type { StoredCard } from '../../src/store/schema.js';
import { Store } from '../../src/store/store.js';
import { App } from '../../src/ui/App.js';
import { catalogOf, syntheticCards } from '../helpers/cards.js';
import type { Bench } from './benches.js';
import { median, tempDir } from './measure.js';

const CARDS = 5_000;
const REVIEWED = 4_000;
const LOG_ENTRIES = 50_000;
const DAY = 86_400_000;

function ms(start: bigint): number {
  return Number(process.hrtime.bigint() - start) / 1e6;
}

/** A data dir with 4,000 of 5,000 cards reviewed (due dates from 10 days ago to 60 ahead) and a 50,000-line log. */
async function syntheticProgress(now: Date): Promise<string> {
  const dir = tempDir();
  const store = await Store.open(dir);
  const cards: Record<string, StoredCard> = {};
  for (let i = 0; i < REVIEWED; i++) {
    const due = new Date(now.getTime() + ((i * 7919) % 70 - 10) * DAY);
    cards[`card-${String(i).padStart(4, '0')}`] = {
      due: due.toISOString(),
      stability: 5 + (i % 40),
      difficulty: 3 + (i % 5),
      elapsed_days: 3,
      scheduled_days: 7,
      learning_steps: 0,
      reps: 3 + (i % 9),
      lapses: i % 3,
      state: 2,
      last_review: new Date(due.getTime() - 7 * DAY).toISOString(),
    };
  }
  await store.update((d) => {
    d.cards = cards;
  });
  const lines: string[] = [];
  for (let i = 0; i < LOG_ENTRIES; i++) {
    const entry: ReviewEntry = {
      seq: `seq-${i}`,
      card: `card-${String(i % REVIEWED).padStart(4, '0')}`,
      rating: 1 + (i % 4),
      state: 2,
      due: now.toISOString(),
      stability: 10,
      difficulty: 5,
      elapsed_days: 3,
      last_elapsed_days: 2,
      scheduled_days: 7,
      learning_steps: 0,
      review: now.toISOString(),
      source: 'self',
    };
    lines.push(`\n${JSON.stringify(entry)}`);
  }
  writeFileSync(reviewLogPath(dir), lines.join(''));
  return dir;
}

export const REVIEW_BENCHES: Bench[] = [
  {
    name: 'review queue for 5,000 cards',
    async run() {
      const now = new Date();
      const catalog = catalogOf(syntheticCards(CARDS));
      const dir = await syntheticProgress(now);
      const atStart: number[] = [];
      const queueOnly: number[] = [];
      const logRead: number[] = [];
      let size = 0;
      for (let i = 0; i < 15; i++) {
        let t = process.hrtime.bigint();
        const store = await Store.open(dir);
        const session = startSession(catalog, store.data, {}, now);
        atStart.push(ms(t));
        size = session.total;
        t = process.hrtime.bigint();
        startSession(catalog, store.data, {}, now);
        queueOnly.push(ms(t));
        t = process.hrtime.bigint();
        await readLog(dir);
        logRead.push(ms(t));
      }
      return [
        { name: "today's queue at start: open the store + build the session", value: median(atStart), unit: 'ms', budget: '<= 50 ms', note: `${CARDS} cards, ${REVIEWED} with state, ${size} in today's session; the ${LOG_ENTRIES}-entry log is not read` },
        { name: "today's queue: build the session from loaded state", value: median(queueOnly), unit: 'ms' },
        { name: `for comparison: read the ${LOG_ENTRIES}-entry review log`, value: median(logRead), unit: 'ms', note: 'not done at start; only an optimiser would read it' },
      ];
    },
  },
  {
    name: 'review keypress to next card frame',
    async run() {
      const catalog = catalogOf(syntheticCards(CARDS));
      const dir = await syntheticProgress(new Date());
      const store = await Store.open(dir);
      const app = render(createElement(App, { catalog, initialData: store.data, update: (c) => store.update(c), dataDir: dir, initialRoute: { name: 'review' } }));
      const frame = () => app.lastFrame() ?? '';
      const shownCard = () => /Question (\d+)/.exec(frame())?.[1];
      const until = async (test: (f: string) => boolean) => {
        for (let i = 0; i < 100_000 && !test(frame()); i++) await new Promise((r) => setImmediate(r));
      };
      const times: number[] = [];
      try {
        await until((f) => f.includes('space reveal'));
        for (let i = 0; i < 40; i++) {
          app.stdin.write(' ');
          await until((f) => f.includes('3 good'));
          const before = shownCard();
          const t = process.hrtime.bigint();
          app.stdin.write('3');
          await until((f) => !f.includes('3 good') && shownCard() !== before);
          times.push(ms(t));
        }
      } finally {
        app.unmount();
        cleanup();
      }
      return [{ name: 'review: grade key to the next card on screen', value: median(times), unit: 'ms', budget: '<= 16 ms', note: `${CARDS}-card catalog, ${times.length} grades, store writes in the background` }];
    },
  },
];
