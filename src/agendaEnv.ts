// What today's drills can use on this machine: the lab (it is up and no other --context was asked for) and
// the tools drills name. A pid file and a PATH lookup per tool, so it is cheap enough for the home screen.
import { labIsRunning, LAB_CONTEXT } from './lab/state.js';
import type { AgendaOptions } from './learning/agenda.js';
import { which } from './tools.js';

export function agendaOptions(dataDir: string, contextFlag?: string): AgendaOptions {
  const found = new Map<string, boolean>();
  return {
    labRunning: (!contextFlag || contextFlag === LAB_CONTEXT) && labIsRunning(dataDir),
    hasTool: (name) => {
      if (!found.has(name)) found.set(name, which(name) !== undefined);
      return found.get(name)!;
    },
  };
}
