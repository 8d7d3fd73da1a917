// `apiserver-flag`: a flag of the lab's kube-apiserver as the static pod manifest sets it, read the way
// kube-bench reads it. `value` is the last value (null when unset), `values` every value, `flags` all.
import { readFile } from 'node:fs/promises';
import { parseApiserverManifest, splitFlag } from '../../lab/manifest.js';
import type { CheckRunner } from './types.js';
import { judge, need } from './predicate.js';

export const apiserverFlag: CheckRunner = async (check, ctx) => {
  const lab = need(ctx.lab, 'the lab');
  const name = check['apiserver-flag']!.flag;
  let args: string[];
  try {
    args = parseApiserverManifest(await readFile(lab.apiserverManifest, 'utf8')).args;
  } catch (e) {
    return { passed: false, message: `the kube-apiserver manifest cannot be read: ${(e as Error).message}` };
  }
  const flags: Record<string, string> = {};
  const values: string[] = [];
  for (const a of args) {
    const f = splitFlag(a);
    flags[f.name] = f.value ?? 'true';
    if (f.name === name) values.push(f.value ?? 'true');
  }
  return judge(check, { value: values.at(-1) ?? null, values, flags }, values.length ? `--${name}=${values.at(-1)} is not as required` : `--${name} is not set`);
};
