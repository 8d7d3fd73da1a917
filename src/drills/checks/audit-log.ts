// `audit-log`: the lab's audit log (JSON lines) as `events`, judged by CEL.
import { readFile } from 'node:fs/promises';
import { onNode } from '../../lab/layout.js';
import type { CheckRunner } from './types.js';
import { judge, need } from './predicate.js';

export const auditLog: CheckRunner = async (check, ctx) => {
  const lab = need(ctx.lab, 'the lab');
  const path = check['audit-log']!.path;
  let text: string;
  try {
    text = await readFile(onNode(lab, path), 'utf8');
  } catch {
    return { passed: false, message: `no audit log at ${path} yet` };
  }
  const events: unknown[] = [];
  for (const line of text.split('\n')) {
    if (!line.trim()) continue;
    try {
      events.push(JSON.parse(line));
    } catch {
      // a line being written right now
    }
  }
  return judge(check, { events }, `the audit log at ${path} does not show what is required`);
};
