// The append-only review log (one JSON object per line beside progress.json), kept apart from the
// progress file so that a long history never makes a progress write slower. Undo appends a tombstone
// instead of rewriting, and a torn last line left by a crash is ignored on read.
import { appendFile, readFile } from 'node:fs/promises';
import { join } from 'node:path';

export const REVIEW_LOG_FILE = 'reviews.jsonl';

export interface ReviewEntry {
  /** Unique per entry, so an undo can name the review it cancels. */
  seq: string;
  card: string;
  /** ts-fsrs Rating: 1 Again, 2 Hard, 3 Good, 4 Easy. */
  rating: number;
  /** Card state before the review (ts-fsrs State). */
  state: number;
  due: string;
  stability: number;
  difficulty: number;
  elapsed_days: number;
  last_elapsed_days: number;
  scheduled_days: number;
  learning_steps: number;
  review: string;
  /** How the grade was reached: self-graded, or a typed command judged by the app. */
  source?: 'self' | 'typed' | 'quiz' | 'drill';
}

export interface UndoEntry {
  undo: string;
  at: string;
}

export type LogLine = ReviewEntry | UndoEntry;

export function reviewLogPath(dir: string): string {
  return join(dir, REVIEW_LOG_FILE);
}

export async function appendToLog(dir: string, lines: LogLine[]): Promise<void> {
  if (lines.length === 0) return;
  // Each entry starts with a newline so an entry after a torn line (a crash mid-append) stays whole.
  await appendFile(reviewLogPath(dir), lines.map((l) => `\n${JSON.stringify(l)}`).join(''), 'utf8');
}

export interface ReadLog {
  reviews: ReviewEntry[];
  /** Lines that could not be parsed (a torn write); they are skipped. */
  skipped: number;
}

/** The effective history: reviews in order, with undone ones removed. */
export async function readLog(dir: string): Promise<ReadLog> {
  let text = '';
  try {
    text = await readFile(reviewLogPath(dir), 'utf8');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
  }
  const reviews: ReviewEntry[] = [];
  const undone = new Set<string>();
  let skipped = 0;
  for (const line of text.split('\n')) {
    if (!line) continue;
    try {
      const entry = JSON.parse(line) as LogLine;
      if ('undo' in entry) undone.add(entry.undo);
      else reviews.push(entry);
    } catch {
      skipped += 1;
    }
  }
  return { reviews: reviews.filter((r) => !undone.has(r.seq)), skipped };
}
