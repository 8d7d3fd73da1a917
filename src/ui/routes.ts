// Every screen the app can show, with its parameters.
export type Route =
  | { name: 'home' }
  | { name: 'help' }
  | { name: 'modules' }
  | { name: 'lessons'; module: string }
  | { name: 'not-built'; title: string; what: string };

export const COMMANDS: Record<string, { route: Route; help: string }> = {
  home: { route: { name: 'home' }, help: 'home screen' },
  learn: { route: { name: 'modules' }, help: 'modules and lessons' },
  help: { route: { name: 'help' }, help: 'keys and commands' },
};

/** Commands that exist but whose screen is not built yet: they say so plainly. */
export const NOT_BUILT: Record<string, string> = {
  today: "today's agenda",
  review: 'flashcard review',
  quiz: 'practice questions',
  drills: 'timed drills',
  exam: 'mock exam',
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
