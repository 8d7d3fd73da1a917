import { describe, expect, it } from 'vitest';
import { activeSeconds, MAX_ACTIVE_GAP_SECONDS, openLesson, saveReading, toggleDone } from '../../src/learning/lessonProgress.js';
import { emptyStore } from '../../src/store/schema.js';

const now = new Date(2026, 10, 23, 10, 0, 0);
const today = '2026-11-23';

describe('lesson progress in the store', () => {
  it('opening marks a lesson in progress and keeps a done lesson done, with its position', () => {
    const data = emptyStore(now);
    openLesson('rbac', now)(data);
    expect(data.lessons.rbac).toEqual({ status: 'in-progress', position: 0, updatedAt: now.toISOString() });
    data.lessons.rbac = { status: 'done', position: 42, updatedAt: 'earlier' };
    openLesson('rbac', now)(data);
    expect(data.lessons.rbac).toMatchObject({ status: 'done', position: 42 });
  });

  it('saving records the position and adds the reading time to the day', () => {
    const data = emptyStore(now);
    saveReading('rbac', 120, 95.4, now)(data);
    saveReading('rbac', 130, 30, now)(data);
    expect(data.lessons.rbac).toMatchObject({ status: 'in-progress', position: 130 });
    expect(data.days[today]).toMatchObject({ seconds: 125, lessons: 0 });
  });

  it('done toggles, and finishing counts for the day (un-finishing takes it back)', () => {
    const data = emptyStore(now);
    toggleDone('rbac', now)(data);
    expect(data.lessons.rbac!.status).toBe('done');
    expect(data.days[today]!.lessons).toBe(1);
    toggleDone('rbac', now)(data);
    expect(data.lessons.rbac!.status).toBe('in-progress');
    expect(data.days[today]!.lessons).toBe(0);
  });

  it('counts a long pause between keys as at most five minutes of reading', () => {
    expect(activeSeconds(0, 30_000)).toBe(30);
    expect(activeSeconds(0, 3_600_000)).toBe(MAX_ACTIVE_GAP_SECONDS);
    expect(activeSeconds(10, 0)).toBe(0);
  });
});
