/**
 * What an address written in an article may be. Markdown links, bare URLs and raw-HTML `href`s all
 * pass through here, so no way of writing a link escapes the checks.
 */

/**
 * Characters a reader sees as text or punctuation, never as part of a web address: CJK scripts,
 * CJK and full-width punctuation (，。；：！？）」), and typographic quotes, dashes and ellipses.
 */
const READER_TEXT = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\u2010-\u2027\u2030-\u205e\u3000-\u303f\uff00-\uffef]/u;

/** Punctuation that GFM does not count as part of a bare URL when it ends one. */
const TRAILING_PUNCTUATION = /[?!.,:;*_~'"]$/;

export const READER_TEXT_REASON =
  'contains Chinese or full-width characters; end a bare address with a space, or percent-encode the characters';

export function containsReaderText(address: string): boolean {
  return READER_TEXT.test(address);
}

/**
 * Splits a bare URL as GFM's autolinker found it into the address and the text that follows it.
 * GFM lets a URL run on through Chinese punctuation (`https://x.example，一个字母` is one address);
 * a reader sees the address end at the first character that is not part of one, so it ends there,
 * and then, as GFM does at any end, without trailing punctuation or an unbalanced `)`.
 */
export function splitBareUrl(literal: string): { address: string; rest: string } {
  const cut = literal.search(READER_TEXT);
  let address = cut === -1 ? literal : literal.slice(0, cut);
  if (cut === -1) return { address, rest: '' };
  for (;;) {
    if (TRAILING_PUNCTUATION.test(address)) address = address.slice(0, -1);
    else if (address.endsWith(')') && count(address, ')') > count(address, '(')) address = address.slice(0, -1);
    else break;
  }
  return { address, rest: literal.slice(address.length) };
}

function count(text: string, character: string): number {
  return text.split(character).length - 1;
}

export type LinkTarget =
  | { kind: 'anchor'; id: string }
  | { kind: 'external'; scheme: string }
  | { kind: 'internal' }
  | { kind: 'refused'; reason: string };

const SAFE_SCHEMES = new Set(['http', 'https', 'mailto', 'tel']);

/**
 * Sorts an address into a same-page anchor, an external address, an internal one for the caller to
 * resolve, or one refused because a browser would read it differently from how it looks.
 */
export function classifyLink(address: string): LinkTarget {
  // Browsers drop tabs and newlines inside URLs, so "/\t/evil.example" is really "//evil.example".
  if (/[\u0000-\u0020\u007f]/.test(address)) {
    return { kind: 'refused', reason: 'contains a space, tab, newline or control character (percent-encode it, e.g. %20)' };
  }
  // Browsers read "\" as "/" in web addresses, so "/\evil.example/login" opens https://evil.example/login.
  if (address.includes('\\')) return { kind: 'refused', reason: 'contains a backslash, which browsers read as "/"' };
  // A fragment may name a Chinese heading (#忘记密码); the address itself may not hold reader text.
  if (containsReaderText(address.split('#')[0] ?? '')) return { kind: 'refused', reason: READER_TEXT_REASON };
  if (address.startsWith('#')) return { kind: 'anchor', id: decodeFragment(address.slice(1)) };
  if (address.startsWith('//')) {
    return { kind: 'refused', reason: 'starts with "//" and so leaves this site; write the full https:// address' };
  }
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(address)?.[1]?.toLowerCase();
  if (scheme === undefined) return { kind: 'internal' };
  if (!SAFE_SCHEMES.has(scheme)) return { kind: 'refused', reason: `uses "${scheme}:", which is not allowed (use https, mailto or tel)` };
  if ((scheme === 'http' || scheme === 'https') && !address.slice(scheme.length + 1).startsWith('//')) {
    return { kind: 'refused', reason: `has no "//" after "${scheme}:", so browsers read it as another site; write it like https://example.com` };
  }
  return { kind: 'external', scheme };
}

/** Percent-encodes what is not ASCII, so an address never holds reader text, even a Chinese heading id. */
export function encodeNonAscii(address: string): string {
  return address.replace(/[^\u0000-\u007f]+/gu, (text) => {
    try {
      return encodeURIComponent(text);
    } catch {
      return '%EF%BF%BD'; // a lone surrogate half: the replacement character, as a browser would show it
    }
  });
}

function decodeFragment(fragment: string): string {
  try {
    return decodeURIComponent(fragment);
  } catch {
    return fragment;
  }
}
