/** How a recovery phrase may be laid out, shared by the English and Chinese phrase detectors. */
import type { SecretFinding } from './secret-finding';

export const MIN_PHRASE_WORDS = 12;
export const MAX_PHRASE_WORDS = 24;
export const PHRASE_LENGTHS: ReadonlySet<number> = new Set([12, 15, 18, 21, 24]);

/**
 * What may stand between two words of a phrase as people paste them: spaces, line breaks, commas,
 * numbering ("1.", "2)", "(3)", "4、"), bullets, quotes and brackets of a JSON array. Letters never do,
 * and neither do numbers of 3 or more digits ("sent 250 ..."), which are amounts, not numbering.
 */
const PHRASE_GAP = /^[\s\d.,;:!?()[\]{}<>"'`“”‘’\-–—_+*#/\\|•·、，。；：！？（）【】「」]*$/;
const MAX_PHRASE_GAP_LENGTH = 16;
const THREE_DIGITS = /\d{3}/;

/**
 * A colon right after a word ends a label ("seed phrase: …", "text:\n1. …"), and a full stop, "!" or "?"
 * right after a word ends a sentence ("… toilet. Can you help"): the phrase starts after them, or ends
 * before them. Numbering ("2: word", "3. word") puts a digit before its colon or stop, and is kept.
 */
const LABEL_OR_SENTENCE_END = /^[^\d]*[:：.!?。！？]/;

export function isPhraseGap(gap: string): boolean {
  return gap.length <= MAX_PHRASE_GAP_LENGTH && PHRASE_GAP.test(gap) && !THREE_DIGITS.test(gap) && !LABEL_OR_SENTENCE_END.test(gap);
}

/** Spaces join the blocks of one line ("的一是在 不了有和"); a line break more often ends a heading or a sentence. */
export const HORIZONTAL_SPACE_ONLY = /^[ \t\u3000]*$/;

export function phraseFinding(start: number, end: number): SecretFinding {
  return { kind: 'recovery-phrase', start, end };
}

/** Findings arrive by increasing start; one that overlaps the last is the same phrase seen through another window. */
export function appendMerged(findings: SecretFinding[], finding: SecretFinding): void {
  const last = findings.at(-1);
  if (last && finding.start <= last.end) last.end = Math.max(last.end, finding.end);
  else findings.push(finding);
}
