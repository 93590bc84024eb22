import { MAX_ANSWERS } from './graph';

/** A choice id as it may appear in a flow's URL; anything else in the path is not an answer. */
const ANSWER = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * The answers in a flow URL's path segments, or null when the path cannot be one: too many
 * segments, or a segment that no choice id could be (`..`, `%00`, `__proto__`, upper case).
 */
export function parseAnswers(segments: readonly string[] | undefined): string[] | null {
  const answers = segments ?? [];
  if (answers.length > MAX_ANSWERS) return null;
  const decoded = answers.map((segment) => {
    try {
      return decodeURIComponent(segment);
    } catch {
      return '';
    }
  });
  return decoded.every((answer) => ANSWER.test(answer) && answer.length <= 60) ? decoded : null;
}
