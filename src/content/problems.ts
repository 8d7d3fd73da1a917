// A content problem is reported as `file: field: what is wrong`, one per line, all of them at once.
import type { z } from 'zod';

export interface Problem {
  /** Path relative to the content root, e.g. lessons/01-overview/01-the-exam.md */
  file: string;
  /** Where in the file: a field path such as `[3].front` or `checks[1].expect`, or `line 4`. */
  field: string;
  message: string;
}

export function formatProblem(p: Problem): string {
  return `${p.file}: ${p.field}: ${p.message}`;
}

export function fieldPath(path: ReadonlyArray<PropertyKey>): string {
  let out = '';
  for (const part of path) out += typeof part === 'number' ? `[${part}]` : `${out ? '.' : ''}${String(part)}`;
  return out || '(file)';
}

export function zodProblems(file: string, error: z.ZodError, prefix: ReadonlyArray<PropertyKey> = []): Problem[] {
  return error.issues.map((issue) => ({
    file,
    field: fieldPath([...prefix, ...issue.path]),
    message: issue.message,
  }));
}

export class ContentError extends Error {
  constructor(readonly problems: Problem[]) {
    super(problems.map(formatProblem).join('\n'));
    this.name = 'ContentError';
  }
}
