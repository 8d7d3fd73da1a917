// The progress file's shape. Every field has a default, so a file written by an older version that
// lacks a newer field still reads; renames and reshapes go through MIGRATIONS with a version bump.
import { z } from 'zod';

export const STORE_VERSION = 1;

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const isoTime = z.string();

/** A ts-fsrs Card with its dates as ISO strings. */
export const storedCardSchema = z.object({
  due: isoTime,
  stability: z.number(),
  difficulty: z.number(),
  elapsed_days: z.number(),
  scheduled_days: z.number(),
  learning_steps: z.number(),
  reps: z.number(),
  lapses: z.number(),
  state: z.number(),
  last_review: isoTime.optional(),
});

export const drillAttemptSchema = z.object({
  at: isoTime,
  passed: z.boolean(),
  seconds: z.number(),
  targetSeconds: z.number(),
  hintsUsed: z.number(),
  checksPassed: z.number(),
  checksTotal: z.number(),
  gaveUp: z.boolean(),
  /** 0-100 */
  score: z.number(),
  /** Drill taken as part of a mock exam. */
  exam: z.boolean().default(false),
});

export const questionAnswerSchema = z.object({ at: isoTime, correct: z.boolean() });

export const lessonProgressSchema = z.object({
  status: z.enum(['in-progress', 'done']),
  /** Line the reader was at, to resume. */
  position: z.number().default(0),
  updatedAt: isoTime,
});

export const dayActivitySchema = z.object({
  seconds: z.number().default(0),
  reviews: z.number().default(0),
  /** Cards seen for the first time, counted against the new-cards-per-day limit. */
  newCards: z.number().default(0),
  lessons: z.number().default(0),
  drills: z.number().default(0),
  questions: z.number().default(0),
});

export const snapshotSchema = z.object({
  readiness: z.number(),
  domains: z.record(z.string(), z.number()),
});

export const examRecordSchema = z.object({
  id: z.string(),
  startedAt: isoTime,
  finishedAt: isoTime,
  minutes: z.number(),
  practice: z.boolean(),
  percent: z.number(),
  passed: z.boolean(),
  domains: z.record(z.string(), z.number()),
  tasks: z.array(
    z.object({ drill: z.string(), domain: z.string(), weight: z.number(), score: z.number(), seconds: z.number() }),
  ),
});

export const storeSchema = z.object({
  version: z.number(),
  createdAt: isoTime,
  settings: z
    .object({
      examDate: isoDate.nullable().default(null),
      /** The day the exam date was set: the plan is laid out from it, so its weeks stay put as the days pass. */
      planFrom: isoDate.nullable().default(null),
      /** The plan week whose new-cards quota was applied last: a new week applies its own, once. */
      quotaWeek: z.number().nullable().default(null),
      desiredRetention: z.number().min(0.7).max(0.99).default(0.9),
      newCardsPerDay: z.number().int().min(0).max(200).default(20),
      /** Non-local kube contexts the learner allowed drills to touch. */
      trustedContexts: z.array(z.string()).default([]),
    })
    .prefault({}),
  cards: z.record(z.string(), storedCardSchema).default({}),
  lessons: z.record(z.string(), lessonProgressSchema).default({}),
  drills: z.record(z.string(), z.array(drillAttemptSchema)).default({}),
  questions: z.record(z.string(), z.array(questionAnswerSchema)).default({}),
  /** Local calendar day (YYYY-MM-DD) -> what was done that day. */
  days: z.record(z.string(), dayActivitySchema).default({}),
  snapshots: z.record(z.string(), snapshotSchema).default({}),
  exams: z.array(examRecordSchema).default([]),
  /** A mock exam in progress, saved as it goes so a crash resumes it (shape owned by src/exam). */
  activeExam: z.unknown().nullable().default(null),
  /** Today's agenda, so an interrupted day resumes where it stopped (shape owned by src/learning). */
  agenda: z.unknown().nullable().default(null),
});

export type StoreData = z.output<typeof storeSchema>;
export type StoredCard = z.output<typeof storedCardSchema>;
export type DrillAttempt = z.output<typeof drillAttemptSchema>;
export type ExamRecord = z.output<typeof examRecordSchema>;

export function emptyStore(now: Date): StoreData {
  return storeSchema.parse({ version: STORE_VERSION, createdAt: now.toISOString() });
}

/** MIGRATIONS[n] turns a version-n file into version n+1. */
export type Migration = (data: Record<string, unknown>) => Record<string, unknown>;
export const MIGRATIONS: Record<number, Migration> = {};

export class NewerStoreError extends Error {}

/** Brings raw JSON up to STORE_VERSION; throws NewerStoreError for files from a newer cks-tutor. */
export function migrate(raw: unknown, migrations: Record<number, Migration> = MIGRATIONS, target = STORE_VERSION): StoreData {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) throw new z.ZodError([{ code: 'custom', path: [], message: 'not a JSON object', input: raw }]);
  let data = raw as Record<string, unknown>;
  let version = typeof data.version === 'number' ? data.version : 0;
  if (version > target) throw new NewerStoreError(`written by a newer cks-tutor (store version ${version}, this one reads up to ${target})`);
  while (version < target) {
    const step = migrations[version];
    if (!step) throw new Error(`no migration from store version ${version}`);
    data = { ...step(data), version: version + 1 };
    version += 1;
  }
  return storeSchema.parse(data);
}
