// The study streak: consecutive calendar days with any activity, ending today (or yesterday, so the
// streak is not shown as broken in the morning before the learner has started).
import type { StoreData } from '../store/schema.js';
import { addDays, type Day } from './dates.js';

type DayActivity = StoreData['days'][string];

export function isActive(a: DayActivity | undefined): boolean {
  return !!a && (a.seconds > 0 || a.reviews > 0 || a.lessons > 0 || a.drills > 0 || a.questions > 0);
}

export function streak(days: StoreData['days'], today: Day): number {
  let day = isActive(days[today]) ? today : addDays(today, -1);
  let count = 0;
  while (isActive(days[day])) {
    count += 1;
    day = addDays(day, -1);
  }
  return count;
}

/** Seconds studied over the seven days ending today. */
export function secondsThisWeek(days: StoreData['days'], today: Day): number {
  let total = 0;
  for (let i = 0; i < 7; i++) total += days[addDays(today, -i)]?.seconds ?? 0;
  return total;
}
