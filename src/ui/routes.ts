// Every screen the app can show, with its parameters.
import type { DomainId } from '../content/domains.js';

export type Route =
  | { name: 'home' }
  | { name: 'help' }
  | { name: 'modules' }
  | { name: 'lessons'; module: string }
  /** The lesson reader; `line` jumps to a line (a search hit), else it resumes where the learner was. */
  | { name: 'lesson'; id: string; line?: number; /** The search that led here: n/N move between its matches. */ query?: string }
  /** Search across all lessons. */
  | { name: 'search'; query?: string }
  /** Flashcard review, optionally only the cards of one domain, module or lesson. */
  | { name: 'review'; domain?: DomainId; module?: string; lesson?: string }
  | { name: 'quiz'; domain?: DomainId; module?: string }
  | { name: 'drills'; domain?: DomainId }
  /** One drill: preflight, setup, the live checklist, the result. */
  | { name: 'drill'; id: string }
  /** The mock exam: a new one with these settings, or the saved one to resume. */
  | { name: 'exam'; minutes: number; count: number; practice: boolean; seed?: number }
  /** Today's agenda, walked through in order. */
  | { name: 'today' }
  /** The six-week plan on the calendar; the exam date is set here. */
  | { name: 'plan' }
  /** Mastery per domain, readiness, the trend, weakest competencies, the exam-day checklist. */
  | { name: 'progress' };

/** Screens that size themselves to the space they are given (the reader measures its text area); every
 * other screen keeps its natural height and is cut at the bottom on a short terminal. */
export const SELF_SIZED: ReadonlySet<Route['name']> = new Set(['lesson']);

export const COMMANDS: Record<string, { route: Route; help: string }> = {
  home: { route: { name: 'home' }, help: 'home screen' },
  today: { route: { name: 'today' }, help: "today's agenda, in order" },
  learn: { route: { name: 'modules' }, help: 'modules and lessons' },
  review: { route: { name: 'review' }, help: 'flashcard review (f picks a domain or module)' },
  quiz: { route: { name: 'quiz' }, help: 'scenario practice questions, mixed or by domain' },
  drills: { route: { name: 'drills' }, help: 'timed drills on a cluster' },
  exam: { route: { name: 'exam', minutes: 120, count: 16, practice: false }, help: 'a two-hour mock exam, or the one in progress' },
  plan: { route: { name: 'plan' }, help: 'the six-week plan; e sets the exam date' },
  progress: { route: { name: 'progress' }, help: 'mastery per domain, readiness, weakest competencies' },
  help: { route: { name: 'help' }, help: 'keys and commands' },
};

export function routeForCommand(command: string): Route | undefined {
  const name = command.trim().replace(/^:/, '');
  return COMMANDS[name]?.route;
}
