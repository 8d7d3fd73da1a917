import { describe, expect, it } from 'vitest';
import type { Drill } from '../../src/content/catalog.js';
import { checkShare, recordAttempt, scoreAttempt, timeFactor } from '../../src/drills/score.js';
import type { Check } from '../../src/content/schema.js';
import { emptyStore } from '../../src/store/schema.js';

const drill = { id: 'd', minutes: 5, cards: ['card-a', 'card-b'] } as unknown as Drill;
const at = new Date('2026-11-23T10:00:00Z');
const run = (over: Partial<Parameters<typeof scoreAttempt>[1]> = {}) => ({ seconds: 200, hintsUsed: 0, gaveUp: false, checksPassed: 4, checksTotal: 4, ...over });

describe('drill scoring', () => {
  it('is 100 for every check passed within the target time', () => {
    expect(scoreAttempt(drill, run(), at)).toMatchObject({ passed: true, score: 100, targetSeconds: 300, seconds: 200 });
  });

  it('loses up to 30 % for slowness by twice the target, 40 % beyond', () => {
    expect(timeFactor(300, 300)).toBe(1);
    expect(timeFactor(450, 300)).toBeCloseTo(0.85);
    expect(timeFactor(600, 300)).toBe(0.6);
    expect(scoreAttempt(drill, run({ seconds: 450 }), at).score).toBe(85);
    expect(scoreAttempt(drill, run({ seconds: 5000 }), at).score).toBe(60);
  });

  it('counts the share of checks, minus 10 per hint, never below 0; giving up scores 0 and fails', () => {
    expect(scoreAttempt(drill, run({ checksPassed: 3 }), at)).toMatchObject({ passed: false, score: 75 });
    expect(scoreAttempt(drill, run({ hintsUsed: 2 }), at)).toMatchObject({ passed: true, score: 80 });
    expect(scoreAttempt(drill, run({ checksPassed: 0, hintsUsed: 3 }), at).score).toBe(0);
    expect(scoreAttempt(drill, run({ gaveUp: true }), at)).toMatchObject({ passed: false, score: 0, gaveUp: true });
  });

  it('records the attempt and the day, and makes the linked cards due after a fail or a hint', () => {
    const data = emptyStore(at);
    recordAttempt(data, drill, scoreAttempt(drill, run(), at), at);
    expect(data.drills.d).toHaveLength(1);
    expect(data.days['2026-11-23']).toMatchObject({ drills: 1, seconds: 200 });
    expect(data.cards['card-a']).toBeUndefined();

    recordAttempt(data, drill, scoreAttempt(drill, run({ hintsUsed: 1 }), at), at);
    expect(data.cards['card-a']?.due).toBe(at.toISOString());
    expect(data.drills.d).toHaveLength(2);
  });

  it('credits only the task checks, and a broken guard zeroes the task', () => {
    const checks = [{ id: 'a' }, { id: 'b' }, { id: 'g', guard: true }] as Check[];
    expect(checkShare(checks, new Set(['g']))).toEqual({ passed: 0, total: 2 });
    expect(checkShare(checks, new Set(['a', 'g']))).toEqual({ passed: 1, total: 2 });
    expect(checkShare(checks, new Set(['a', 'b']))).toEqual({ passed: 0, total: 2 });
    expect(checkShare(checks, new Set(['a', 'b', 'g']))).toEqual({ passed: 2, total: 2 });
  });
});
