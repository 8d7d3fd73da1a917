// CEL environments for check predicates: one per check kind, each declaring only the variables that
// kind provides, so a typo in a variable name is a content error found by `validate`, not at run time.
import { Environment } from '@marcbachmann/cel-js';
import type { CheckKind } from './schema.js';

const VARIABLES: Record<CheckKind, string[]> = {
  resource: ['object', 'objects'],
  'can-i': [],
  admission: [],
  file: ['content', 'text'],
  'apiserver-flag': ['value', 'values', 'flags'],
  command: ['exitCode', 'stdout', 'stderr'],
  'audit-log': ['events'],
  etcd: ['value'],
};

const environments = new Map<CheckKind, Environment>();

export function celEnvironment(kind: CheckKind): Environment {
  let env = environments.get(kind);
  if (!env) {
    env = new Environment({ enableOptionalTypes: true, homogeneousAggregateLiterals: false });
    for (const name of VARIABLES[kind]) env.registerVariable(name, 'dyn');
    environments.set(kind, env);
  }
  return env;
}

export function celVariables(kind: CheckKind): readonly string[] {
  return VARIABLES[kind];
}

/** Returns a one-line reason when the expression cannot be a predicate for this kind, else undefined. */
export function celProblem(kind: CheckKind, expression: string): string | undefined {
  if (VARIABLES[kind].length === 0) return `a ${kind} check takes no expect expression`;
  const result = celEnvironment(kind).check(expression);
  if (!result.valid) return firstLine(result.error?.message ?? 'invalid expression');
  const type = String(result.type);
  if (type !== 'bool' && type !== 'dyn') return `must be a boolean expression, not ${type}`;
  return undefined;
}

function firstLine(message: string): string {
  return message.split('\n')[0]!.trim();
}
