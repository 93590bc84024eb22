/**
 * Explains how a name (a domain label or a handle) imitates an official one, using the
 * classes of dnstwist's fuzzers, UTS #39 confusables and brand + scam-word combinations.
 *
 * Detection compares the candidate with the official name directly, rather than generating
 * every variant of the brand first: the answer is the same for one-edit variants, and it
 * also explains combinations (a homoglyph inside "harb0rline-support").
 */
import { areKeyboardNeighbours } from './lookalike-keyboard';
import { hasForeignCharacters, visualFold, visualTechnique } from './lookalike-visual';
import { peelWords, SCAM_WORDS, splitIntoWords } from './lookalike-words';
import type { Technique } from './verify-types';

export interface LookalikeTarget {
  /** The official name in lower case: a domain's label ("harborline") or a handle. */
  name: string;
  /** The official public suffix ("example"), for the "harborline-example.com" trick; '' for handles. */
  suffix: string;
}

const SEPARATORS = /[-_.]+/g;
const VOWELS = new Set(['a', 'e', 'i', 'o', 'u']);

/** Techniques explaining `candidate` as an imitation of `target`; [] when it is the name itself or unrelated. */
export function explainName(candidate: string, target: LookalikeTarget): Technique[] {
  const name = candidate.toLowerCase();
  const official = target.name.toLowerCase();
  if (name === official || name.length === 0 || official.length === 0) return [];
  // The skeleton is taken before lower-casing: a Cyrillic "Н" passes for "H", its "н" for nothing.
  const visual = visualTechnique(candidate, official);
  if (visual) return [visual];
  const edit = singleEditTechnique(name, official);
  if (edit) return [edit];
  const composite = compositeTechniques(name, official, target.suffix);
  if (composite.length > 0) return composite;
  return isWithinTwoEdits(visualFold(name), visualFold(official)) ? ['similar'] : [];
}

// ---------------------------------------------------------------------------------------------
// One edit away: the classic typo-squats.

function singleEditTechnique(name: string, official: string): Technique | null {
  if (name.length === official.length) return substitutionTechnique(name, official);
  if (name.length === official.length + 1) return extraCharacterTechnique(name, official);
  if (name.length === official.length + 2 && name === `${official}es`) return 'plural';
  if (name.length === official.length - 1 && isOneCharacterRemoved(official, name)) return 'omission';
  return null;
}

function differingPositions(a: string, b: string): number[] {
  const positions: number[] = [];
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) positions.push(i);
  return positions;
}

function substitutionTechnique(name: string, official: string): Technique | null {
  const diff = differingPositions(name, official);
  if (diff.length === 2) {
    const [i, j] = diff as [number, number];
    const swapped = j === i + 1 && name[i] === official[j] && name[j] === official[i];
    return swapped ? 'transposition' : null;
  }
  if (diff.length !== 1) return null;
  const i = diff[0] as number;
  const [typed, meant] = [name[i] as string, official[i] as string];
  if (VOWELS.has(typed) && VOWELS.has(meant)) return 'vowel-swap';
  if (areKeyboardNeighbours(typed, meant)) return 'replacement';
  if (isOneBitFlip(typed, meant)) return 'bitsquatting';
  return 'replacement';
}

/** A flipped bit in memory turns one valid hostname character into another (Dinaburg, 2011). */
function isOneBitFlip(typed: string, meant: string): boolean {
  const xor = typed.charCodeAt(0) ^ meant.charCodeAt(0);
  return xor !== 0 && (xor & (xor - 1)) === 0 && /^[a-z0-9-]$/.test(typed);
}

function isOneCharacterRemoved(longer: string, shorter: string): boolean {
  return extraCharacterIndex(longer, shorter) !== null;
}

/** Index of the one character `longer` has beyond `shorter`, or null. */
function extraCharacterIndex(longer: string, shorter: string): number | null {
  let i = 0;
  while (i < shorter.length && longer[i] === shorter[i]) i++;
  return longer.slice(i + 1) === shorter.slice(i) ? i : null;
}

function extraCharacterTechnique(name: string, official: string): Technique | null {
  const i = extraCharacterIndex(name, official);
  if (i === null) return null;
  const extra = name[i] as string;
  if (name === `${official}s`) return 'plural';
  if (extra === name[i - 1] || extra === name[i + 1]) return 'repetition';
  if (extra === '-' || extra === '_' || extra === '.') return 'hyphenation';
  const inside = i > 0 && i < name.length - 1;
  if (inside && (areKeyboardNeighbours(extra, name[i - 1]) || areKeyboardNeighbours(extra, name[i + 1]))) return 'insertion';
  return 'addition';
}

// ---------------------------------------------------------------------------------------------
// More than one edit: separators, scam words, the official TLD glued on, and combinations.

function compositeTechniques(name: string, official: string, suffix: string): Technique[] {
  const bare = name.replace(SEPARATORS, '');
  if (bare !== name && bare === official) return ['hyphenation'];
  const suffixWords = officialSuffixWords(suffix);
  const around = brandWithWords(name, official, suffixWords);
  if (around) return [around];
  const visual = visualTechnique(bare, official);
  if (visual && bare !== name) return [visual, 'hyphenation'];
  const foldedSuffixWords = new Set([...suffixWords].map(visualFold));
  const foldedScamWords = new Set([...SCAM_WORDS].map(visualFold));
  const foldedAround = brandWithWords(visualFold(name), visualFold(official), foldedSuffixWords, foldedScamWords);
  // Only the folded forms matched, so the disguise is what hid the brand.
  if (foldedAround) return [hasForeignCharacters(name) ? 'confusable' : 'homoglyph', foldedAround];
  return misspeltBrandWithWords(name, official);
}

/** "example" and "co-uk"/"couk" style words for an official suffix such as "example" or "co.uk". */
function officialSuffixWords(suffix: string): Set<string> {
  if (!suffix) return new Set();
  const parts = suffix.split('.');
  return new Set([...parts, parts.join(''), parts.join('-')]);
}

/**
 * The brand with words around it: 'tld-in-name' when one of them is the official suffix
 * (harborline-example.com), 'dictionary' when all are scam words, 'contains-brand' otherwise.
 */
function brandWithWords(
  name: string,
  official: string,
  suffixWords: ReadonlySet<string>,
  otherWords: ReadonlySet<string> = new Set(),
): Technique | null {
  const at = name.indexOf(official);
  if (at < 0) return null;
  const rest = [name.slice(0, at), name.slice(at + official.length)].flatMap((side) => side.split(SEPARATORS)).filter(Boolean);
  if (rest.length === 0) return null;
  const words = rest.map((part) => splitIntoWords(part, new Set([...suffixWords, ...otherWords])));
  if (words.every((split) => split !== null)) {
    return words.flat().some((word) => suffixWords.has(word ?? '')) ? 'tld-in-name' : 'dictionary';
  }
  return 'contains-brand';
}

/** "harbrline-support", "secureharb0rline": a misspelt or disguised brand among scam words. */
function misspeltBrandWithWords(name: string, official: string): Technique[] {
  const { core, words } = peelWords(name, official.length - 2);
  if (words.length === 0 || core === name) return [];
  const coreTechnique = visualTechnique(core, official) ?? singleEditTechnique(core, official);
  if (coreTechnique) return [coreTechnique, 'dictionary'];
  return core === official ? ['dictionary'] : [];
}

// ---------------------------------------------------------------------------------------------

/** Optimal-string-alignment distance ≤ 2 (≤ 1 for short names, where 2 edits is a different word). */
export function isWithinTwoEdits(a: string, b: string): boolean {
  const limit = Math.min(a.length, b.length) >= 6 ? 2 : 1;
  if (Math.abs(a.length - b.length) > limit) return false;
  return osaDistance(a, b) <= limit;
}

function osaDistance(a: string, b: string): number {
  const rows = a.length + 1;
  const cols = b.length + 1;
  const d: number[][] = Array.from({ length: rows }, (_, i) => Array.from({ length: cols }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  const at = (i: number, j: number) => d[i]?.[j] ?? Number.POSITIVE_INFINITY;
  for (let i = 1; i < rows; i++) {
    for (let j = 1; j < cols; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(at(i - 1, j) + 1, at(i, j - 1) + 1, at(i - 1, j - 1) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, at(i - 2, j - 2) + 1);
      (d[i] as number[])[j] = best;
    }
  }
  return at(a.length, b.length);
}
