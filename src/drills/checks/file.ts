// `file`: a file in the learner's workspace, parsed as YAML, a YAML stream, JSON or text, judged by CEL
// over `content` (parsed) and `text` (raw), and/or a regular expression.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parse, parseAllDocuments } from 'yaml';
import { onNode } from '../../lab/layout.js';
import type { CheckRunner } from './types.js';
import { judge, need } from './predicate.js';

export const file: CheckRunner = async (check, ctx) => {
  const spec = check.file!;
  const path = spec.node ? onNode(need(ctx.lab, 'the lab'), spec.path) : join(ctx.workspace, spec.path);
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch {
    return { passed: false, message: `${spec.path} does not exist yet` };
  }
  let content: unknown = text;
  try {
    if (spec.format === 'yaml') content = parse(text);
    else if (spec.format === 'json') content = JSON.parse(text);
    else if (spec.format === 'yaml-stream') {
      content = parseAllDocuments(text).map((d) => {
        if (d.errors.length) throw d.errors[0];
        return d.toJS();
      });
    }
  } catch (e) {
    return { passed: false, message: `${spec.path} is not valid ${spec.format}: ${(e as Error).message.split('\n')[0]}` };
  }
  if (spec.matches !== undefined && !new RegExp(spec.matches, 'm').test(text)) return { passed: false, message: `${spec.path} does not contain what is required` };
  return judge(check, { content: content ?? null, text }, `${spec.path} is not as required`);
};
