/**
 * Cleaning and classifying what a person pasted into the verifier.
 */
import type { ChannelKind } from './verify-types';

export const MAX_INPUT_LENGTH = 500;

/**
 * Characters that take no room on screen: zero-width spaces and joiners, the soft hyphen,
 * bidi embeddings and overrides (which can show "moc.live" as "evil.com"), variation
 * selectors, the byte-order mark, Hangul fillers. Messages from the exchange never contain
 * them; scammers use them to slip past filters or to make a string render as another.
 */
const INVISIBLE = /[\u00AD\u034F\u061C\u115F\u1160\u17B4\u17B5\u180B-\u180F\u200B-\u200F\u202A-\u202E\u2060-\u206F\u3164\uFE00-\uFE0F\uFEFF\uFFA0]/gu;

/**
 * Space at either end, which a paste often brings. Not `trim()`: it also removes U+FEFF, which is
 * invisible rather than space and must be counted as such at the ends as well as inside.
 */
const SURROUNDING_SPACE = /^[^\S\uFEFF]+|[^\S\uFEFF]+$/g;

/** Full stops a Chinese or Japanese input method produces; browsers read them as "." in hosts. */
const IDEOGRAPHIC_FULL_STOPS = /[\u3002\uFF61]/g;

/** Pairs people paste around a link: <…>, "…", “…”, 「…」, (…). */
const WRAPPERS: readonly [string, string][] = [['<', '>'], ['"', '"'], ["'", "'"], ['\u201C', '\u201D'], ['\u300C', '\u300D'], ['(', ')']];

export interface PreparedInput {
  text: string;
  /** NFKC changed something: fullwidth letters, ligatures, circled digits… */
  hadCompatibilityCharacters: boolean;
  hadInvisibleCharacters: boolean;
}

export function prepareInput(raw: string): PreparedInput {
  const trimmed = raw.replace(SURROUNDING_SPACE, '');
  const visible = trimmed.replace(INVISIBLE, '');
  const compatible = visible.normalize('NFKC');
  const text = unwrap(compatible.replace(IDEOGRAPHIC_FULL_STOPS, '.').trim());
  return { text, hadCompatibilityCharacters: compatible !== visible, hadInvisibleCharacters: visible !== trimmed };
}

function unwrap(text: string): string {
  for (const [open, close] of WRAPPERS) {
    const wrapped = text.length >= 2 && text.startsWith(open) && text.endsWith(close);
    // "<support@…>" alone is an address in angle brackets, unwrap it; "Name <a@b>" is not wrapped.
    if (wrapped) return unwrap(text.slice(open.length, -close.length).trim());
  }
  return text;
}

/** Schemes that make "x:" a scheme rather than "host:port". */
const KNOWN_SCHEMES = /^(https?|ftp|file|data|javascript|vbscript|blob|about|ws|wss|intent|chrome|view-source):/i;

export function hasScheme(text: string): boolean {
  return /^[a-z][a-z0-9+.-]*:\/\//i.test(text) || KNOWN_SCHEMES.test(text);
}

const IPV4 = /^\d{1,3}(\.\d{1,3}){3}$/;
const PHONE_CHARACTERS = /^\+?[\d\s\-().\/]+$/;

function looksLikePhone(text: string): boolean {
  const number = text.replace(/^tel:/i, '');
  if (!PHONE_CHARACTERS.test(number) || IPV4.test(number)) return false;
  const digits = number.replace(/\D/g, '').length;
  return digits >= 5 && digits <= 20;
}

function looksLikeEmail(text: string): boolean {
  if (/^mailto:/i.test(text)) return true;
  if (/<[^<>]*@[^<>]*>\s*$/.test(text)) return true; // "Harborline Support <help@…>"
  return /^[^\s@\/?#]+@[^\s@\/?#]+$/.test(text) && !text.startsWith('@');
}

/** Decides which verifier reads the text. Order matters: "https://a@b" is a URL, "a@b" an address. */
export function detectKind(text: string): ChannelKind {
  if (/^tel:/i.test(text)) return 'phone';
  if (hasScheme(text)) return /^mailto:/i.test(text) ? 'email' : 'url';
  if (looksLikeEmail(text)) return 'email';
  if (/^@[^\s@\/?#]+$/.test(text)) return 'handle';
  if (looksLikePhone(text)) return 'phone';
  if (/\s/.test(text)) return 'unknown';
  if (/^[\p{L}\p{N}_]+$/u.test(text)) return 'handle'; // a bare name without a dot: "HarborlineHelp"
  return /^[^\/?#@:]+$/.test(text) ? 'domain' : 'url';
}
