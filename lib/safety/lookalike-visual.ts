/**
 * Characters that look like other characters.
 *
 * `skeleton` is the UTS #39 skeleton: NFD, map every code point to its prototype from
 * Unicode's confusables.txt, NFD again. The mapping table comes from `unhomoglyph`
 * (nodeca), which ships confusables.txt 13.0 as a code-point → prototype map and applies
 * exactly that replacement; the NFD steps around it are ours. Two strings are confusable
 * when their skeletons are equal.
 *
 * UTS #39 is case-sensitive and leaves ASCII tricks such as "vv" for "w" or "i" for "l"
 * alone, while DNS names and handles are case-insensitive; `visualFold` therefore lowercases
 * the skeleton, drops diacritics, and folds the ASCII look-alikes dnstwist uses.
 */
import unhomoglyph from 'unhomoglyph';

export function skeleton(text: string): string {
  return unhomoglyph(text.normalize('NFD')).normalize('NFD');
}

const COMBINING_MARKS = /\p{M}/gu;

/** Sequences first, so that "rn" (the skeleton of "m") folds back before its letters do. */
const ASCII_SEQUENCES: readonly [string, string][] = [
  ['rn', 'm'],
  ['nn', 'm'],
  ['vv', 'w'],
  ['cl', 'd'],
];

/** Digits and letters that pass for others in a sans-serif font, and leetspeak digits. */
const ASCII_LETTERS: Readonly<Record<string, string>> = {
  '0': 'o',
  '1': 'l',
  i: 'l',
  '|': 'l',
  '3': 'e',
  '4': 'a',
  '5': 's',
  '7': 't',
  '8': 'b',
  '9': 'g',
  q: 'g',
};

function foldAsciiLookalikes(text: string): string {
  let folded = text;
  for (const [sequence, letter] of ASCII_SEQUENCES) folded = folded.split(sequence).join(letter);
  return [...folded].map((char) => ASCII_LETTERS[char] ?? char).join('');
}

/** A comparison key: two names with the same key look the same to a hurried reader. */
export function visualFold(text: string): string {
  return foldAsciiLookalikes(skeleton(text).toLowerCase().replace(COMBINING_MARKS, '').normalize('NFC'));
}

/** True when, diacritics aside, the text is not plain ASCII: another script or a symbol. */
export function hasForeignCharacters(text: string): boolean {
  const bare = text.normalize('NFD').replace(COMBINING_MARKS, '');
  return /[^\x00-\x7f]/.test(bare);
}

/**
 * 'confusable' when non-ASCII characters (Cyrillic "а", Greek "ο", …) make the name look
 * like the brand; 'homoglyph' when ASCII or accented Latin does (0 for o, 1 or I for l, à).
 */
export function visualTechnique(candidate: string, brand: string): 'homoglyph' | 'confusable' | null {
  if (candidate === brand || visualFold(candidate) !== visualFold(brand)) return null;
  return hasForeignCharacters(candidate) ? 'confusable' : 'homoglyph';
}

const SCRIPTS = [
  'Latin', 'Cyrillic', 'Greek', 'Armenian', 'Georgian', 'Cherokee', 'Coptic', 'Arabic', 'Hebrew',
  'Han', 'Hiragana', 'Katakana', 'Bopomofo', 'Hangul', 'Thai', 'Lao', 'Devanagari', 'Bengali',
  'Tamil', 'Ethiopic', 'Canadian_Aboriginal', 'Lisu', 'Vai', 'Tifinagh', 'Mongolian', 'Runic',
] as const;
const SCRIPT_PATTERNS = SCRIPTS.map((name) => [name, new RegExp(`\\p{Script=${name}}`, 'u')] as const);

function scriptOf(char: string): string | null {
  if (!/\p{L}/u.test(char)) return null; // digits, hyphens and marks belong to every script
  return SCRIPT_PATTERNS.find(([, pattern]) => pattern.test(char))?.[0] ?? 'Other';
}

export function scriptsIn(label: string): string[] {
  const scripts = new Set<string>();
  for (const char of label) {
    const script = scriptOf(char);
    if (script) scripts.add(script);
  }
  return [...scripts];
}

/** UTS #39 "highly restrictive": Latin may mix only with the scripts written alongside it in East Asia. */
const ALLOWED_MIXES: readonly ReadonlySet<string>[] = [
  new Set(['Latin', 'Han', 'Hiragana', 'Katakana']),
  new Set(['Latin', 'Han', 'Bopomofo']),
  new Set(['Latin', 'Han', 'Hangul']),
];

export function isSuspiciousScriptMix(scripts: readonly string[]): boolean {
  if (scripts.length < 2) return false;
  return !ALLOWED_MIXES.some((allowed) => scripts.every((script) => allowed.has(script)));
}
