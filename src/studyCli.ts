// `cks-tutor review` and `cks-tutor quiz` on the command line: options checked (a bad value is a
// one-line error naming its flag), settings saved, and the plain-text output used without a terminal.
import type { Catalog } from './content/catalog.js';
import { DOMAIN_IDS, type DomainId } from './content/domains.js';
import { UserError } from './errors.js';
import { quizOverview } from './learning/quiz.js';
import { applySettings, describeFilter, dueOverview, parseReviewSettings, type ReviewFilter } from './learning/review.js';
import type { Session } from './session.js';
import type { StoreData } from './store/schema.js';
import type { Route } from './ui/routes.js';

export interface StudyOptions {
  domain?: string;
  module?: string;
  lesson?: string;
  retention?: string;
  newPerDay?: string;
}

function checkedFilter(catalog: Catalog, opts: StudyOptions): ReviewFilter {
  if (opts.domain !== undefined && !DOMAIN_IDS.includes(opts.domain as DomainId)) {
    throw new UserError(`--domain must be one of ${DOMAIN_IDS.join(', ')}; got ${opts.domain}`);
  }
  if (opts.module !== undefined && !catalog.modules.some((m) => m.id === opts.module)) {
    throw new UserError(`--module must be one of ${catalog.modules.map((m) => m.id).join(', ')}; got ${opts.module}`);
  }
  if (opts.lesson !== undefined && !catalog.lessonById.has(opts.lesson)) throw new UserError(`--lesson: no lesson with id ${opts.lesson} (cks-tutor learn lists them)`);
  return { domain: opts.domain as DomainId | undefined, module: opts.module, lesson: opts.lesson };
}

/** Validates the review options, saves --retention / --new-per-day, and gives the screen to open. */
export async function prepareReview({ catalog, store }: Session, opts: StudyOptions): Promise<Route> {
  const settings = parseReviewSettings(opts);
  const filter = checkedFilter(catalog, opts);
  if (Object.keys(settings).length) await store.update((d) => applySettings(d, settings));
  return { name: 'review', ...filter };
}

export async function prepareQuiz({ catalog }: Session, opts: StudyOptions): Promise<Route> {
  const { domain, module } = checkedFilter(catalog, opts);
  return { name: 'quiz', domain, module };
}

export function plainReview(catalog: Catalog, data: StoreData, filter: ReviewFilter, now: Date): string[] {
  const o = dueOverview(catalog, data, filter, now);
  const width = Math.max(...o.domains.map((d) => d.title.length));
  return [
    `flashcards (${describeFilter(catalog, filter)}): ${o.due} due now, ${o.fresh} new for today`,
    ...o.domains.map((d) => `  ${d.title.padEnd(width)}  ${String(d.due).padStart(4)} due of ${d.cards}`),
    `settings: desired retention ${data.settings.desiredRetention}, ${data.settings.newCardsPerDay} new cards per day`,
    'review them in a terminal: cks-tutor review',
  ];
}

export function plainQuiz(catalog: Catalog, data: StoreData, filter: ReviewFilter): string[] {
  const rows = quizOverview(catalog, data, filter);
  const width = Math.max(...rows.map((d) => d.title.length));
  const total = rows.reduce((n, d) => n + d.questions, 0);
  return [
    `practice questions (${filter.domain || filter.module ? describeFilter(catalog, filter) : 'all domains'}): ${total}`,
    ...rows.map((d) => `  ${d.title.padEnd(width)}  ${String(d.questions).padStart(3)} questions, ${d.answered} answered, ${d.lastRight} right at the last try`),
    'answer them in a terminal: cks-tutor quiz',
  ];
}
