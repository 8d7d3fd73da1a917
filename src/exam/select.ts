// Drawing a mock exam: 15-20 tasks spread over the domains by the exam weights, each task weighted in
// percent (summing to 100) by its domain's weight and its size. Pure: the caller says which drills this
// environment can run and supplies the randomness.
import type { Catalog, Drill } from '../content/catalog.js';
import { domainById, DOMAINS, type DomainId } from '../content/domains.js';

export interface ExamTask {
  drill: string;
  domain: DomainId;
  /** Share of the exam in percent; all tasks sum to 100. */
  weight: number;
}

export interface Shortfall {
  domain: DomainId;
  /** How many tasks the weights ask for, and how many runnable drills there were. */
  wanted: number;
  available: number;
}

export interface ExamPlan {
  tasks: ExamTask[];
  /** Domains that could not get their share because too few of their drills can run here. */
  shortfalls: Shortfall[];
}

export interface SelectOptions {
  count: number;
  /** Returns a number in [0, 1). */
  random: () => number;
  canRun: (drill: Drill) => boolean;
  /** At most this many tasks that edit the lab's control plane (they all restart the one apiserver). */
  maxLabTasks?: number;
}

/** Splits `total` over the weights by largest remainder, so the parts sum to `total` exactly. */
export function apportion(weights: readonly number[], total: number): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  if (sum === 0) return weights.map(() => 0);
  const exact = weights.map((w) => (w / sum) * total);
  const parts = exact.map(Math.floor);
  let left = total - parts.reduce((a, b) => a + b, 0);
  const order = exact.map((e, i) => ({ i, rest: e - Math.floor(e) })).sort((a, b) => b.rest - a.rest || a.i - b.i);
  for (const { i } of order) {
    if (left <= 0) break;
    parts[i]! += 1;
    left -= 1;
  }
  return parts;
}

function shuffle<T>(items: readonly T[], random: () => number): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

export function selectTasks(catalog: Catalog, options: SelectOptions): ExamPlan {
  const count = Math.max(1, Math.round(options.count));
  const wanted = apportion(DOMAINS.map((d) => d.weight), count);
  let labLeft = options.maxLabTasks ?? 4;
  const chosen: Drill[] = [];
  const shortfalls: Shortfall[] = [];
  const pools = DOMAINS.map((domain) => shuffle(catalog.drills.filter((d) => d.domain === domain.id && options.canRun(d)), options.random));
  const take = (pool: Drill[]): Drill | undefined => {
    const index = pool.findIndex((d) => !d.requires.includes('lab') || labLeft > 0);
    if (index < 0) return undefined;
    const [drill] = pool.splice(index, 1);
    if (drill!.requires.includes('lab')) labLeft -= 1;
    return drill;
  };
  DOMAINS.forEach((domain, i) => {
    let picked = 0;
    while (picked < wanted[i]!) {
      const drill = take(pools[i]!);
      if (!drill) break;
      chosen.push(drill);
      picked += 1;
    }
    if (picked < wanted[i]!) shortfalls.push({ domain: domain.id, wanted: wanted[i]!, available: picked });
  });
  // Slots a short domain could not fill go to the other domains, heaviest first, so the exam keeps its size.
  const byWeight = DOMAINS.map((d, i) => ({ weight: d.weight, i })).sort((a, b) => b.weight - a.weight);
  let progress = true;
  while (chosen.length < count && progress) {
    progress = false;
    for (const { i } of byWeight) {
      if (chosen.length >= count) break;
      const drill = take(pools[i]!);
      if (drill) {
        chosen.push(drill);
        progress = true;
      }
    }
  }
  // A task's weight follows its domain's exam weight, shared among that domain's tasks by their size.
  const minutesByDomain = new Map<DomainId, number>();
  for (const d of chosen) minutesByDomain.set(d.domain, (minutesByDomain.get(d.domain) ?? 0) + d.minutes);
  const raw = chosen.map((d) => (DOMAINS.find((x) => x.id === d.domain)!.weight * d.minutes) / minutesByDomain.get(d.domain)!);
  const weights = apportion(raw, 100);
  return { tasks: chosen.map((d, i) => ({ drill: d.id, domain: d.domain, weight: weights[i]! })), shortfalls };
}

/** One line on a domain that could not get its tasks: what happened to its slots and its score share. */
export function describeShortfall(s: Shortfall): string {
  const title = domainById(s.domain).title;
  return s.available === 0
    ? `${title}: none of its ${s.wanted} tasks can run here; its slots and its share of the score went to the other domains.`
    : `${title}: ${s.available} of its ${s.wanted} tasks can run here; the other slots went to other domains.`;
}

/** Tasks and share of the score per domain, in exam order, leaving out domains with no task. */
export function domainShares(tasks: readonly ExamTask[]): Array<{ domain: DomainId; tasks: number; weight: number }> {
  return DOMAINS.map((d) => {
    const of = tasks.filter((t) => t.domain === d.id);
    return { domain: d.id, tasks: of.length, weight: of.reduce((sum, t) => sum + t.weight, 0) };
  }).filter((s) => s.tasks > 0);
}

/** A small seeded generator (mulberry32), so `--seed` draws the same exam again. */
export function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
