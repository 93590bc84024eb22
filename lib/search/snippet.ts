import { isHan, normalize } from './tokenize';

const SNIPPET_LENGTH = 160;
const LEAD = 40;
const MATCHES_READ = 12;

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
export const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (character) => ESCAPES[character]!);

/**
 * A short window of `text` around the best match, as HTML: the text is escaped and only our own
 * <mark> tags are added, so article text and queries can never become markup.
 */
export function snippet(text: string, targets: readonly string[] | RegExp | null): string {
  const pattern = targets === null || targets instanceof RegExp ? targets : targetPattern(targets);
  if (!pattern) return escapeHtml(clip(text, 0));
  return highlight(clip(text, bestWindowStart(text, pattern)), pattern);
}

/** Wraps every match of `pattern` in <mark>, escaping everything else. */
export function highlight(text: string, pattern: RegExp | null): string {
  if (!pattern) return escapeHtml(text);
  let html = '';
  let last = 0;
  for (const match of text.matchAll(pattern)) {
    html += escapeHtml(text.slice(last, match.index)) + `<mark>${escapeHtml(match[0])}</mark>`;
    last = match.index + match[0].length;
  }
  return html + escapeHtml(text.slice(last));
}

/** Latin targets match at the start of a word (withdr -> withdrawal); Han targets match anywhere. */
export function targetPattern(targets: readonly string[]): RegExp | null {
  const unique = uniqueTargets(targets);
  if (unique.length === 0) return null;
  const alternatives = unique.map((target) => {
    // A phrase (take out money) matches with any spacing between its words.
    const escaped = target.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+');
    return isHan(target) ? escaped : `(?<![\\p{L}\\p{N}])${escaped}[\\p{L}\\p{N}]*`;
  });
  return new RegExp(alternatives.join('|'), 'giu');
}

/** Normalised, without repeats, longest first (so a longer target wins where two start together). */
const uniqueTargets = (targets: readonly string[]) =>
  [...new Set(targets.map(normalize).filter(Boolean))].sort((a, b) => b.length - a.length);

/**
 * Starts the window a little before the match with the most different matches close after it,
 * looking at the first matches only: reading a whole long article costs more than the rest of a
 * search, and the first matches are where the article is most about the query.
 */
function bestWindowStart(text: string, pattern: RegExp): number {
  const matches: { index: number; text: string }[] = [];
  for (const match of text.matchAll(pattern)) {
    matches.push({ index: match.index, text: match[0].toLowerCase() });
    if (matches.length === MATCHES_READ) break;
  }
  const inWindow = new Map<string, number>();
  let best = { index: -1, distinct: 0 };
  let end = 0;
  for (const match of matches) {
    while (end < matches.length && matches[end]!.index < match.index + SNIPPET_LENGTH - LEAD) {
      const next = matches[end++]!.text;
      inWindow.set(next, (inWindow.get(next) ?? 0) + 1);
    }
    if (inWindow.size > best.distinct) best = { index: match.index, distinct: inWindow.size };
    const left = inWindow.get(match.text)! - 1;
    if (left === 0) inWindow.delete(match.text);
    else inWindow.set(match.text, left);
  }
  return best.index < 0 ? 0 : Math.max(0, best.index - LEAD);
}

/** Cuts a window at word boundaries where it can, with ellipses where text was left out. */
function clip(text: string, start: number): string {
  let from = start;
  if (from > 0) {
    const space = text.indexOf(' ', from);
    if (space >= 0 && space - from < 15) from = space + 1;
  }
  let to = Math.min(text.length, from + SNIPPET_LENGTH);
  if (to < text.length) {
    const space = text.lastIndexOf(' ', to);
    if (space > from + SNIPPET_LENGTH - 30) to = space;
  }
  return `${from > 0 ? '…' : ''}${text.slice(from, to).trim()}${to < text.length ? '…' : ''}`;
}
