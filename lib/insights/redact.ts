/**
 * Redacts a search query before search insights store it. A search box receives whatever people paste:
 * e-mail addresses, account ids, wallet addresses, transaction ids, phone numbers, links, and sometimes
 * a recovery phrase. Writers need to know what people look for, not who they are, so:
 *
 * - a query holding a secret (anything findSecrets flags) is dropped whole: masking a recovery phrase
 *   still stores its surroundings, and nothing about that search is worth keeping;
 * - identifiers are replaced by a placeholder that says what stood there ("withdrawal to [address] not
 *   arrived"), so the query still reads as a question;
 * - a query with nothing left to read (only placeholders and punctuation) is dropped too.
 *
 * Pure and framework-free. Every detector is one left-to-right pass, or a bounded scan around one `@`,
 * `+` or token; every regular expression is anchored on one token, runs over a short window, or is made
 * of simple classes whose repetitions cannot overlap, so 20 KB of digits, `@` or hex stays linear.
 */
import { lastMatch } from '../safety/secret-finding';
import { findSecrets } from '../safety/secrets';

/** What stands in for each kind of identifier, and what a report tells writers it replaced. */
export const PLACEHOLDERS = {
  url: { text: '[url]', replaces: 'a link (http://, https://, www.); links can carry tokens and account ids' },
  email: { text: '[email]', replaces: 'an e-mail address (also written with spaces or a full-width ＠)' },
  phone: { text: '[phone]', replaces: 'a phone number: "+" and 7-15 digits, or a Chinese mobile number' },
  uid: { text: '[uid]', replaces: 'a number of 6+ digits next to "UID", "user id", "用户ID" or "账户ID"' },
  number: { text: '[number]', replaces: 'any other number of 6+ digits (order ids, long amounts, dates written as one number)' },
  txid: { text: '[txid]', replaces: 'a transaction id: 64 hex characters, a Solana signature, or another long hex string' },
  address: { text: '[address]', replaces: 'a wallet address (EVM, Bitcoin, Litecoin, Tron, XRP, Solana, Stellar, Cosmos-style) or another long random-looking token' },
} as const satisfies Record<string, { text: string; replaces: string }>;

export type RedactionKind = keyof typeof PLACEHOLDERS;

/** The stored query column holds at most 200 characters (migrations/002_search_events.sql). */
export const MAX_REDACTED_LENGTH = 200;

/**
 * The query as it may be stored, or null when nothing of it may be (a secret) or nothing is left worth
 * reading. Never throws; anything that is not a string is null. A feedback comment goes through the
 * same, with its own length (`maxLength`): a writer needs what the reader found wrong, not who they are.
 */
export function redactQuery(query: string, maxLength = MAX_REDACTED_LENGTH): string | null {
  if (typeof query !== 'string') return null;
  const text = clean(query);
  const folded = fold(text);
  // Both views: folded, the detectors read full-width input ("密码是ａｂｃ１２３"); as typed, they see what they were written for,
  // which folding can hide ("验证码是123456ｏｋ吗": the code is glued to letters only once "ｏｋ" is ASCII).
  if (findSecrets(text).length > 0 || (folded !== text && findSecrets(folded).length > 0)) return null;

  let work = folded.replace(/\s/g, ' ');
  const spans: Span[] = [];
  for (const detect of DETECTORS) {
    const found = detect(work);
    for (const span of found) spans.push(span);
    work = mask(work, found);
  }
  const redacted = capLength(replaceSpans(text, spans).replace(/\s+/g, ' ').trim(), maxLength);
  return hasMeaning(redacted) ? redacted : null;
}

// ---------------------------------------------------------------------------------------------------------
// Preparing the text
// ---------------------------------------------------------------------------------------------------------

interface Span {
  start: number;
  end: number;
  kind: RedactionKind;
}

type Detector = (work: string) => Span[];

/**
 * Invisible characters go first, so that "1234\u200b5678" is one number and a bidi override cannot hide
 * what is stored; lone surrogates go too, since the database cannot store them. Control characters other
 * than line breaks and tabs become spaces; line breaks stay until the end, because the secret detector
 * reads them ("Password: sunshine\n" ends a value).
 */
function clean(query: string): string {
  return query.replace(/[\p{Cf}\p{Cs}]/gu, '').replace(/[\0-\x08\x0e-\x1f\x7f-\x9f]/g, ' ');
}

/**
 * The text the detectors read: full-width forms as ASCII ("１２３４５６７８", "bob＠example.com", "ｕｉｄ"),
 * other decimal digits as digits, dashes as "-". Every replacement keeps the length, so a span found here
 * is the same span in the text as typed, and the parts kept are copied from what was typed.
 */
function fold(text: string): string {
  return text.replace(/[\uff01-\uff5e\ufe6b\u2010-\u2015\u2212\p{Nd}]/gu, (character) => {
    const code = character.charCodeAt(0);
    if (code >= 0xff01 && code <= 0xff5e) return String.fromCharCode(code - 0xfee0);
    if (code === 0xfe6b) return '@';
    if ((code >= 0x2010 && code <= 0x2015) || code === 0x2212) return '-';
    // Other scripts' digits (Arabic-Indic, Devanagari, mathematical bold…): their value does not matter, only that they are digits.
    return /^[0-9]$/.test(character) ? character : '5'.repeat(character.length);
  });
}

/** A character no detector reads: what an earlier detector claimed is invisible to the later ones. */
const FILLER = '\0';

function mask(work: string, spans: readonly Span[]): string {
  if (spans.length === 0) return work;
  let masked = '';
  let copiedUpTo = 0;
  for (const span of spans) {
    masked += work.slice(copiedUpTo, span.start) + FILLER.repeat(span.end - span.start);
    copiedUpTo = span.end;
  }
  return masked + work.slice(copiedUpTo);
}

function replaceSpans(text: string, spans: Span[]): string {
  let replaced = '';
  let copiedUpTo = 0;
  for (const span of [...spans].sort((a, b) => a.start - b.start)) {
    replaced += text.slice(copiedUpTo, span.start) + PLACEHOLDERS[span.kind].text;
    copiedUpTo = span.end;
  }
  return replaced + text.slice(copiedUpTo);
}

const PLACEHOLDER_TEXTS: readonly string[] = Object.values(PLACEHOLDERS).map((placeholder) => placeholder.text);

/** Cut at `maxLength`, never inside a surrogate pair or a placeholder ("[add" would read as typed text). */
function capLength(text: string, maxLength: number): string {
  if (text.length <= maxLength) return text;
  let cut = maxLength;
  if (/[\ud800-\udbff]/.test(text.charAt(cut - 1))) cut--;
  for (const placeholder of PLACEHOLDER_TEXTS) {
    for (let start = Math.max(0, cut - placeholder.length + 1); start < cut; start++) {
      if (text.startsWith(placeholder, start)) cut = start;
    }
  }
  return text.slice(0, cut).trimEnd();
}

/** Something a writer can read is left: a letter, a digit or a symbol, not only placeholders and punctuation. */
function hasMeaning(text: string): boolean {
  let rest = text;
  for (const placeholder of PLACEHOLDER_TEXTS) rest = rest.replaceAll(placeholder, '');
  return rest.replace(/[\s\p{P}]/gu, '').length > 0;
}

// ---------------------------------------------------------------------------------------------------------
// Detectors, widest first: a link can hold an e-mail address, an e-mail address a long number, a wallet
// address digits, and "+86 138…" a Chinese mobile number. Each sees the text with what the earlier ones
// claimed masked (see mask), so nothing is claimed twice.
// ---------------------------------------------------------------------------------------------------------

const DETECTORS: readonly Detector[] = [findUrls, findEmails, findChainStrings, findInternationalPhones, findLongNumbers];

/** Scans that walk backwards or forwards stop at these lengths, so a 20 KB run costs each `@` or `+` a constant. */
const MAX_LOCAL_PART = 64;
const MAX_DOMAIN = 253;
const MAX_SPACES_AROUND_AT = 3;
const MAX_PHONE_CHARACTERS = 40;

// Links --------------------------------------------------------------------------------------------------

const URL = /(?:https?:\/\/|www\.)[A-Za-z0-9\-._~:/?#[\]@!$&'()*+,;=%]+/gi;
const URL_TRAILING_PUNCTUATION = '.,;:!?\'")]';

function findUrls(work: string): Span[] {
  const spans: Span[] = [];
  for (const match of work.matchAll(URL)) {
    let end = match.index + match[0].length;
    // Trimmed in a loop, not with /[.,]+$/, which backtracks quadratically over a long run of dots.
    while (end > match.index && URL_TRAILING_PUNCTUATION.includes(work.charAt(end - 1))) end--;
    spans.push({ start: match.index, end, kind: 'url' });
  }
  return spans;
}

// E-mail addresses ----------------------------------------------------------------------------------------

const isLocalCharacter = (character: string) => /[A-Za-z0-9._%+\-]/.test(character);
const isDomainCharacter = (character: string) => /[A-Za-z0-9._\-]/.test(character);
const isSpace = (character: string) => character === ' ';

/**
 * Found from each `@` outwards rather than by one pattern: /[\w.]+@…/ restarts at every letter of a long
 * word and backtracks over the rest of it. "bob @ example.com" (spaces, as people type to dodge spam
 * bots) needs a dotted domain, so "meet @ noon" stays; "a@b" with nothing around the `@` is always taken,
 * so no stored query keeps a word joined to another by `@` ("USDT@TRC20" too: a small price).
 */
function findEmails(work: string): Span[] {
  const spans: Span[] = [];
  let claimedUpTo = 0;
  for (let at = work.indexOf('@'); at !== -1; at = work.indexOf('@', at + 1)) {
    if (at < claimedUpTo) continue;
    let localEnd = at;
    while (localEnd > claimedUpTo && at - localEnd < MAX_SPACES_AROUND_AT && isSpace(work.charAt(localEnd - 1))) localEnd--;
    let start = localEnd;
    while (start > claimedUpTo && localEnd - start < MAX_LOCAL_PART && isLocalCharacter(work.charAt(start - 1))) start--;
    let domainStart = at + 1;
    while (domainStart - at - 1 < MAX_SPACES_AROUND_AT && isSpace(work.charAt(domainStart))) domainStart++;
    let end = domainStart;
    while (end - domainStart < MAX_DOMAIN && isDomainCharacter(work.charAt(end))) end++;
    while (end > domainStart && '.-'.includes(work.charAt(end - 1))) end--;
    if (start === localEnd || end === domainStart) continue;
    const spaced = localEnd !== at || domainStart !== at + 1;
    if (spaced && !/\.[A-Za-z]{2,}$/.test(work.slice(domainStart, end))) continue;
    spans.push({ start, end, kind: 'email' });
    claimedUpTo = end;
  }
  return spans;
}

// Wallet addresses and transaction ids --------------------------------------------------------------------

/**
 * Long hex, anywhere in a token ("to0x5290…" as well as "0x5290…"): 40 hex digits is an EVM address, 64 a
 * TxID on most chains or an address on Sui and Aptos (the nearest label decides), any other length of 40+
 * a hash of some kind. A run of digits alone is a number, left to findLongNumbers.
 */
const HEX_RUN = /(?:0x)?[0-9a-f]{40,}/gi;
const EVM_ADDRESS_HEX_LENGTH = 40;
const HASH_HEX_LENGTH = 64;

function hexKind(work: string, start: number, hexLength: number): RedactionKind {
  if (hexLength === EVM_ADDRESS_HEX_LENGTH) return 'address';
  if (hexLength === HASH_HEX_LENGTH) return chainLabelBefore(work, start) ?? 'txid';
  return 'txid';
}

const BASE58 = '1-9A-HJ-NP-Za-km-z';

/** An encoded string, not a word: digits and both cases, as 58 or 62 symbols drawn at random have. */
const looksEncoded = (token: string) => /[0-9]/.test(token) && /[A-Z]/.test(token) && /[a-z]/.test(token);
/**
 * After a fixed prefix letter, both cases: rules out "ruguowangjimimazenmebanne" (pinyin typed without
 * spaces) and all-caps words, while keeping the 1 in 100 to 250 addresses of these shapes that have no digit.
 */
const mixedCaseAfterPrefix = (token: string) => /[A-Z]/.test(token.slice(1)) && /[a-z]/.test(token.slice(1));

interface TokenShape {
  name: string;
  pattern: RegExp;
  kind: RedactionKind;
  /** Cannot be told from its shape alone: the nearest label before it decides, `kind` when there is none. */
  labelled?: true;
  guard?: (token: string) => boolean;
}

/** Whole tokens (maximal runs of ASCII letters and digits) without long hex, tried in order; the first shape that fits names the token. */
const TOKEN_SHAPES: readonly TokenShape[] = [
  // Bitcoin bc1/tb1, Litecoin ltc1, Cosmos chains cosmos1/osmo1, Cardano addr1: a lower-case prefix, "1", then data without 1, b, i, o.
  { name: 'bech32 address', pattern: /^(?:[a-z]{2,10}1[02-9ac-hj-np-z]{20,}|[A-Z]{2,10}1[02-9AC-HJ-NP-Z]{20,})$/, kind: 'address' },
  { name: 'Solana signature', pattern: new RegExp(`^[${BASE58}]{87,88}$`), kind: 'txid', guard: looksEncoded },
  { name: 'Bitcoin legacy address', pattern: new RegExp(`^[13][${BASE58}]{25,34}$`), kind: 'address', guard: mixedCaseAfterPrefix },
  { name: 'Litecoin legacy address', pattern: new RegExp(`^[LM][${BASE58}]{33}$`), kind: 'address', guard: mixedCaseAfterPrefix },
  { name: 'Tron address', pattern: new RegExp(`^T[${BASE58}]{33}$`), kind: 'address', guard: mixedCaseAfterPrefix },
  { name: 'XRP address', pattern: new RegExp(`^r[${BASE58}]{24,34}$`), kind: 'address', guard: mixedCaseAfterPrefix },
  { name: 'Stellar address', pattern: /^G[A-Z2-7]{55}$/, kind: 'address' },
  // A Solana address and a NEAR transaction hash are both 32 bytes in base58: only a label can tell them apart.
  { name: 'Solana address or NEAR hash', pattern: new RegExp(`^[${BASE58}]{43,44}$`), kind: 'address', labelled: true, guard: looksEncoded },
  // Solana addresses of other lengths, and what no row names (Monero, an xpub, a token in a pasted link).
  { name: 'long encoded token', pattern: /^[A-Za-z0-9]{32,}$/, kind: 'address', guard: looksEncoded },
];
/** No shape is shorter (XRP: "r" + 24); shorter tokens skip the table. */
const MIN_SHAPED_TOKEN = 23;

/**
 * A token that is long hex, or has a shape, is taken whole. Otherwise its long hex runs are taken, and
 * what is left on either side of them is tried as a token of its own: that is what it becomes once the
 * hex is a placeholder, and a stored query redacted again must not change.
 */
function findChainStrings(work: string): Span[] {
  const spans: Span[] = [];
  const takeShaped = (start: number, token: string) => {
    const kind = token.length >= MIN_SHAPED_TOKEN ? shapeKind(work, start, token) : undefined;
    if (kind) spans.push({ start, end: start + token.length, kind });
  };
  for (const match of work.matchAll(/[A-Za-z0-9]+/g)) {
    const token = match[0];
    if (token.length < MIN_SHAPED_TOKEN) continue;
    const runs = [...token.matchAll(HEX_RUN)].filter((run) => /^0x/i.test(run[0]) || /[a-f]/i.test(run[0]));
    const isAllHex = runs.length === 1 && runs[0]?.[0].length === token.length;
    const wholeKind = isAllHex ? undefined : shapeKind(work, match.index, token);
    if (wholeKind) {
      spans.push({ start: match.index, end: match.index + token.length, kind: wholeKind });
      continue;
    }
    let pieceStart = 0;
    for (const run of runs) {
      takeShaped(match.index + pieceStart, token.slice(pieceStart, run.index));
      const start = match.index + run.index;
      const hexLength = run[0].length - (/^0x/i.test(run[0]) ? 2 : 0);
      spans.push({ start, end: start + run[0].length, kind: hexKind(work, start, hexLength) });
      pieceStart = run.index + run[0].length;
    }
    if (pieceStart > 0) takeShaped(match.index + pieceStart, token.slice(pieceStart));
  }
  return spans;
}

function shapeKind(work: string, start: number, token: string): RedactionKind | undefined {
  const shape = TOKEN_SHAPES.find(({ pattern, guard }) => pattern.test(token) && (guard === undefined || guard(token)));
  if (!shape) return undefined;
  return shape.labelled ? (chainLabelBefore(work, start) ?? shape.kind) : shape.kind;
}

const CHAIN_LABEL_WINDOW = 30;
const CHAIN_LABEL =
  /(?<txid>(?<![a-z])(?:tx ?ids?|tx ?hash(?:es)?|txns?|txs?|transactions?|hash(?:es)?|signatures?|sig)(?![a-z])|交易|哈希|签名|簽名)|(?<address>(?<![a-z])(?:address(?:es)?|addr|wallet)(?![a-z])|地址|钱包|錢包)/g;

function chainLabelBefore(work: string, start: number): 'txid' | 'address' | undefined {
  const nearest = lastMatch(work.slice(Math.max(0, start - CHAIN_LABEL_WINDOW), start).toLowerCase(), CHAIN_LABEL);
  if (nearest?.groups?.txid !== undefined) return 'txid';
  if (nearest?.groups?.address !== undefined) return 'address';
  return undefined;
}

// Phone numbers -------------------------------------------------------------------------------------------

const MIN_PHONE_DIGITS = 7;
const MAX_PHONE_DIGITS = 15;
const isDigit = (character: string) => character >= '0' && character <= '9';
const isPhoneCharacter = (character: string) => isDigit(character) || ' -()'.includes(character);

/**
 * "+" then 7 to 15 digits (E.164), with the spaces, dashes and parentheses people group them with:
 * "+86 138 0013 8000", "+1 (415) 555-0132". A longer run is not a phone number; findLongNumbers takes it.
 */
function findInternationalPhones(work: string): Span[] {
  const spans: Span[] = [];
  let claimedUpTo = 0;
  for (let plus = work.indexOf('+'); plus !== -1; plus = work.indexOf('+', plus + 1)) {
    if (plus < claimedUpTo) continue;
    let digits = 0;
    let end = plus;
    let index = plus + 1;
    for (; index < work.length && index - plus <= MAX_PHONE_CHARACTERS && isPhoneCharacter(work.charAt(index)); index++) {
      if (isDigit(work.charAt(index))) {
        digits++;
        end = index + 1;
      }
    }
    // A run still going at the length limit is not a phone number, however its first 15 digits look.
    if (index - plus > MAX_PHONE_CHARACTERS || digits < MIN_PHONE_DIGITS || digits > MAX_PHONE_DIGITS) continue;
    // "(+86) 138…": the parenthesis opened before the "+" belongs to the number.
    const start = plus > claimedUpTo && work.charAt(plus - 1) === '(' ? plus - 1 : plus;
    spans.push({ start, end, kind: 'phone' });
    claimedUpTo = end;
  }
  return spans;
}

// Long numbers: UIDs, order ids, Chinese mobile numbers ---------------------------------------------------

/** Digit groups joined by spaces or dashes ("1234 5678", "138-0013-8000"): one number as far as privacy goes. */
const DIGIT_GROUPS = /[0-9]+(?:[ -]+[0-9]+)*/g;
const MIN_LONG_NUMBER_DIGITS = 6;
/** "2024-2025", "2024 2025": two years are not an identifier, and "tax report 2024-2025" is worth reading. */
const YEAR_RANGE = /^(?:19|20)[0-9]{2}[ -]+(?:19|20)[0-9]{2}$/;
const isDecimalMark = (character: string) => character === '.' || character === ',';
/** 11 digits from 13…19, optionally after the country code 86 or 0086. */
const CHINESE_MOBILE = /^(?:0{0,2}86)?1[3-9][0-9]{9}$/;

/**
 * A number of 6 or more digits is an identifier far more often than anything a writer needs (order ids,
 * UIDs, phone numbers, amounts copied from a statement); shorter ones (50 USDT, 2fa, 3 confirmations,
 * 2024) and year ranges stay, while a full date ("1990-01-01") goes, since it may be a date of birth. The
 * nearest label says which identifier. A decimal around the digits goes with them ("0.123456" is one
 * amount, not "0.[number]"); "1,234,567" has no run of 6 digits and stays as written.
 */
function findLongNumbers(work: string): Span[] {
  const spans: Span[] = [];
  let claimedUpTo = 0;
  for (const match of work.matchAll(DIGIT_GROUPS)) {
    if (match.index < claimedUpTo) continue;
    const digits = match[0].replace(/[ -]/g, '');
    if (digits.length < MIN_LONG_NUMBER_DIGITS || YEAR_RANGE.test(match[0])) continue;
    let start = match.index;
    let end = start + match[0].length;
    while (start - 2 >= claimedUpTo && isDecimalMark(work.charAt(start - 1)) && isDigit(work.charAt(start - 2))) {
      start--;
      while (start > claimedUpTo && isDigit(work.charAt(start - 1))) start--;
    }
    while (isDecimalMark(work.charAt(end)) && isDigit(work.charAt(end + 1))) {
      end++;
      while (isDigit(work.charAt(end))) end++;
    }
    spans.push({ start, end, kind: numberKind(digits, numberLabelNear(work, start, end)) });
    claimedUpTo = end;
  }
  return spans;
}

function numberKind(digits: string, label: NumberLabel | undefined): RedactionKind {
  if (label === 'uid') return 'uid';
  if (label === 'phone' && digits.length >= MIN_PHONE_DIGITS) return 'phone';
  if (label === undefined && CHINESE_MOBILE.test(digits)) return 'phone';
  return 'number';
}

type NumberLabel = 'uid' | 'phone' | 'other';

const NUMBER_LABEL_WINDOW_BEFORE = 20;
const NUMBER_LABEL_WINDOW_AFTER = 16;
/**
 * "Near" is the nearest label within a short window, before or after: in "order 2026112912345678, UID
 * 87654321" the order number is next to "order", not to the "UID" that follows it. A bare "ID" names
 * too many things (order ID, TxID) to mean a UID.
 */
const NUMBER_LABEL =
  /(?<uid>(?<![a-z])(?:uid|user ?id|account ?id)(?![a-z])|(?:用户|用戶|账户|帳戶|账号|帳號) ?id(?![a-z]))|(?<phone>(?<![a-z])(?:phone|mobile|tel|whatsapp)(?![a-z])|手机|手機|电话|電話)|(?<other>(?<![a-z])(?:order|ticket|case|ref|tx ?id|amount)(?![a-z])|订单|訂單|单号|單號|金额|金額)/g;

function numberLabelNear(work: string, start: number, end: number): NumberLabel | undefined {
  const before = work.slice(Math.max(0, start - NUMBER_LABEL_WINDOW_BEFORE), start).toLowerCase();
  const after = work.slice(end, end + NUMBER_LABEL_WINDOW_AFTER).toLowerCase();
  const labelBefore = lastMatch(before, NUMBER_LABEL);
  const labelAfter = after.matchAll(NUMBER_LABEL).next().value;
  const distanceBefore = labelBefore ? before.length - (labelBefore.index + labelBefore[0].length) : Infinity;
  const distanceAfter = labelAfter ? labelAfter.index : Infinity;
  const nearest = distanceBefore <= distanceAfter ? labelBefore : labelAfter;
  if (nearest?.groups?.uid !== undefined) return 'uid';
  if (nearest?.groups?.phone !== undefined) return 'phone';
  if (nearest?.groups?.other !== undefined) return 'other';
  return undefined;
}
