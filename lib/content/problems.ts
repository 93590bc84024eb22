import type { z } from 'zod';

/** One thing wrong with the content, pinned to a file and (where there is one) a field. */
export interface ContentProblem {
  file: string;
  field?: string;
  message: string;
  severity: 'error' | 'warning';
}

export function formatProblem(problem: ContentProblem): string {
  return problem.field
    ? `${problem.file}: ${problem.field}: ${problem.message}`
    : `${problem.file}: ${problem.message}`;
}

/** Thrown when content has errors; carries every problem so the build can list them all at once. */
export class ContentError extends Error {
  readonly problems: readonly ContentProblem[];

  constructor(problems: readonly ContentProblem[]) {
    const errors = problems.filter((problem) => problem.severity === 'error');
    super(
      `${errors.length} content ${errors.length === 1 ? 'error' : 'errors'}:\n` +
        errors.map((problem) => `  ${formatProblem(problem)}`).join('\n'),
    );
    this.name = 'ContentError';
    this.problems = problems;
  }
}

/** `['social', 0, 'url']` -> `social[0].url`, the way a writer would point at it. */
export function formatPath(path: readonly PropertyKey[]): string {
  return path
    .map((key) => (typeof key === 'number' ? `[${key}]` : `.${String(key)}`))
    .join('')
    .replace(/^\./, '');
}

/** Turns a zod failure into problems, one per issue, naming the field each one is about. */
export function problemsFromZod(
  file: string,
  error: z.ZodError,
  knownKeys: readonly string[] = [],
): ContentProblem[] {
  return error.issues.flatMap((issue): ContentProblem[] => {
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => ({
        file,
        field: formatPath([...issue.path, key]),
        message: unknownKeyMessage(key, knownKeys),
        severity: 'error',
      }));
    }
    return [{ file, field: formatPath(issue.path) || undefined, message: issue.message, severity: 'error' }];
  });
}

function unknownKeyMessage(key: string, knownKeys: readonly string[]): string {
  const suggestion = knownKeys.find((known) => editDistance(key, known) <= 2);
  const hint = suggestion ? ` (did you mean ${suggestion}?)` : knownKeys.length ? ` (known: ${knownKeys.join(', ')})` : '';
  return `is not a known field${hint}`;
}

/** Levenshtein distance; only used on short field names, so the simple table is fine. */
export function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitution = (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1);
      current.push(Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, substitution));
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}
