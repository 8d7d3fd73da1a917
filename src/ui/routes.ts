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
  | { name: 'not-built'; title: string; what: string };

export const COMMANDS: Record<string, { route: Route; help: string }> = {
  home: { route: { name: 'home' }, help: 'home screen' },
  learn: { route: { name: 'modules' }, help: 'modules and lessons' },
  review: { route: { name: 'review' }, help: 'flashcard review (f picks a domain or module)' },
  quiz: { route: { name: 'quiz' }, help: 'scenario practice questions, mixed or by domain' },
  drills: { route: { name: 'drills' }, help: 'timed drills on a cluster' },
  exam: { route: { name: 'exam', minutes: 120, count: 16, practice: false }, help: 'a two-hour mock exam, or the one in progress' },
  help: { route: { name: 'help' }, help: 'keys and commands' },
};

/** Commands that exist but whose screen is not built yet: they say so plainly. */
export const NOT_BUILT: Record<string, string> = {
  today: "today's agenda",
  plan: 'six-week study plan',
  progress: 'progress and readiness',
};

export function routeForCommand(command: string): Route | undefined {
  const name = command.trim().replace(/^:/, '');
  const known = COMMANDS[name];
  if (known) return known.route;
  const what = NOT_BUILT[name];
  if (what) return { name: 'not-built', title: name, what };
  return undefined;
}
