import { isHan, normalize } from './tokenize';

const SNIPPET_LENGTH = 160;
const LEAD = 40;
const MATCHES_READ = 12;

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
export const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (character) => ESCAPES[character]!);

/** What to mark in results: one pattern with a capturing group per query clause (a word and its synonyms). */
export interface Highlighter {
  pattern: RegExp;
  clauses: number;
}

interface Match {
  index: number;
  end: number;
  clause: number;
}

const WORD_CHARACTER = /[\p{L}\p{N}]/u;

/**
 * The highlighter for `targets`, grouped by the clause they stand for. Latin targets match at the
 * start of a word and take the rest of it (withdr -> withdrawal); Han targets match anywhere; a
 * phrase (take out money) matches with any spacing between its words.
 *
 * The pattern is plain text alternatives, and word edges are checked in code: with Unicode
 * classes and case folding, V8 took about 10 ms to compile each new pattern, which every new
 * query (every keystroke in the header box) paid again.
 */
export function highlighter(targets: readonly (readonly string[])[]): Highlighter | null {
  const seen = new Set<string>();
  const groups = targets
    .map((group) => {
      // Longest first, so "withdrawal" is marked whole rather than as "withdraw" plus the rest.
      const unique: string[] = [];
      for (const target of group.map(normalize)) {
        if (target && !seen.has(target)) unique.push(target);
        seen.add(target);
      }
      return unique
        .sort((a, b) => b.length - a.length)
        .map((target) => target.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+'));
    })
    .filter((group) => group.length > 0);
  if (groups.length === 0) return null;
  return { pattern: new RegExp(groups.map((group) => `(${group.join('|')})`).join('|'), 'gi'), clauses: groups.length };
}

/** The matches in `text`, in order: a Latin match only at the start of a word, stretched to its end. */
function* matches(text: string, marks: Highlighter): Generator<Match> {
  const pattern = marks.pattern;
  pattern.lastIndex = 0;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    const { index } = match;
    const latin = !isHan(match[0]);
    if (latin && index > 0 && WORD_CHARACTER.test(text[index - 1]!)) {
      pattern.lastIndex = index + 1;
      continue;
    }
    let end = index + match[0].length;
    if (latin) while (end < text.length && WORD_CHARACTER.test(text[end]!)) end++;
    pattern.lastIndex = end;
    yield { index, end, clause: match.findIndex((group, i) => i > 0 && group !== undefined) };
  }
}

/**
 * A short window of `text` around the best match, as HTML: the text is escaped and only our own
 * <mark> tags are added, so article text and queries can never become markup.
 */
export function snippet(text: string, marks: Highlighter | null): string {
  if (!marks) return escapeHtml(clip(text, 0));
  return highlight(clip(text, bestWindowStart(text, marks)), marks);
}

/** Wraps every match in <mark>, escaping everything else. */
export function highlight(text: string, marks: Highlighter | null): string {
  if (!marks) return escapeHtml(text);
  let html = '';
  let last = 0;
  for (const { index, end } of matches(text, marks)) {
    html += escapeHtml(text.slice(last, index)) + `<mark>${escapeHtml(text.slice(index, end))}</mark>`;
    last = end;
  }
  return html + escapeHtml(text.slice(last));
}

/**
 * Starts the window a little before the run of matches that covers the most clauses. Reading stops
 * as soon as one window covers them all (for a one-word query, at the first match) or after a few
 * matches: scanning a whole long article would cost more than the rest of the search.
 */
function bestWindowStart(text: string, marks: Highlighter): number {
  const found: Match[] = [];
  const inWindow = new Map<number, number>();
  let first = 0;
  let best = { index: -1, clauses: 0 };
  for (const match of matches(text, marks)) {
    found.push(match);
    inWindow.set(match.clause, (inWindow.get(match.clause) ?? 0) + 1);
    while (found[first]!.index + SNIPPET_LENGTH - LEAD <= match.index) {
      const left = found[first++]!.clause;
      const count = inWindow.get(left)! - 1;
      if (count === 0) inWindow.delete(left);
      else inWindow.set(left, count);
    }
    if (inWindow.size > best.clauses) best = { index: found[first]!.index, clauses: inWindow.size };
    if (best.clauses === marks.clauses || found.length === MATCHES_READ) break;
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
  // Never cut between the two halves of a character outside the BMP (an emoji, a rare Han character).
  if (isLowSurrogate(text.charCodeAt(from))) from += 1;
  if (isLowSurrogate(text.charCodeAt(to))) to -= 1;
  return `${from > 0 ? '…' : ''}${text.slice(from, to).trim()}${to < text.length ? '…' : ''}`;
}

const isLowSurrogate = (code: number) => code >= 0xdc00 && code <= 0xdfff;
