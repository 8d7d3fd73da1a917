// Evaluates a check's CEL predicate. Anything but boolean true is a failure, with the reason.
import { celEnvironment } from '../../content/cel.js';
import type { Check } from '../../content/schema.js';
import type { Outcome } from './types.js';

export function judge(check: Check, variables: Record<string, unknown>, failure = 'present, but not as required'): Outcome {
  if (check.expect === undefined) return { passed: true, message: 'ok' };
  try {
    const result = celEnvironment(check.kind).evaluate(check.expect, variables);
    return result === true ? { passed: true, message: 'ok' } : { passed: false, message: failure };
  } catch (e) {
    return { passed: false, message: `${failure} (${(e as Error).message.split('\n')[0]})` };
  }
}

export function need<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`${what} is not available to this check`);
  return value;
}
