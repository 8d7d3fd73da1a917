// What reading a lesson changes in the progress file: its status, the line to resume at, and the day's
// study time. Each function is a change for store.update(): it edits the fresh copy it is given.
import type { StoreData } from '../store/schema.js';
import { localDay } from './dates.js';

/** A pause longer than this between two keys counts as this long: the learner may have walked away. */
export const MAX_ACTIVE_GAP_SECONDS = 300;

/** Seconds of reading between two moments, capped as an idle gap. */
export function activeSeconds(fromMs: number, toMs: number): number {
  return Math.min(MAX_ACTIVE_GAP_SECONDS, Math.max(0, (toMs - fromMs) / 1000));
}

function dayOf(data: StoreData, now: Date) {
  return (data.days[localDay(now)] ??= { seconds: 0, reviews: 0, newCards: 0, lessons: 0, drills: 0, questions: 0 });
}

/** Opening a lesson marks it in progress, unless it is already done. */
export function openLesson(id: string, now: Date) {
  return (data: StoreData): void => {
    const prev = data.lessons[id];
    data.lessons[id] = { status: prev?.status ?? 'in-progress', position: prev?.position ?? 0, updatedAt: now.toISOString() };
  };
}

/** Records where the learner is and how long they read since the last save. */
export function saveReading(id: string, position: number, seconds: number, now: Date) {
  return (data: StoreData): void => {
    const prev = data.lessons[id];
    data.lessons[id] = { status: prev?.status ?? 'in-progress', position, updatedAt: now.toISOString() };
    if (seconds > 0) dayOf(data, now).seconds += Math.round(seconds);
  };
}

/** Done <-> in progress; finishing a lesson counts for the day (and un-finishing it takes that back). */
export function toggleDone(id: string, now: Date) {
  return (data: StoreData): void => {
    const prev = data.lessons[id];
    const done = prev?.status !== 'done';
    data.lessons[id] = { status: done ? 'done' : 'in-progress', position: prev?.position ?? 0, updatedAt: now.toISOString() };
    const day = dayOf(data, now);
    day.lessons = Math.max(0, day.lessons + (done ? 1 : -1));
  };
}
