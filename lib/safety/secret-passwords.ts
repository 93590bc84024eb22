/** Passwords given as values (see ./secrets.ts). */
import type { SecretFinding } from './secret-finding';

/**
 * A password is flagged only when it is given as a value after a label: "password: hunter2",
 * "pwd=abc123", "my password is Tr0ub4dor&3", "我的密码是 abc12345", "登录密码：Abc@2024". A sentence
 * about a password ("I forgot my password", "my password is not working", "密码是不是太简单了") is not.
 *
 * What counts as a value depends on how explicit the assignment is:
 * - A value that looks like a password counts after ":", "=", "is" or "was": quoted, letters mixed with
 *   digits or symbols, inner capitals, or 4+ digits ("is Tr0ub4dor&3", "was Summer2024!").
 * - A plain word counts only after ":" or "=", and only if it is not an ordinary word and the text does
 *   not go on after it ("Password: sunshine" ending its line yes; "password: reset email never came" no).
 * - In Chinese, after 是/为/：, any Latin token of 3+ characters counts: Latin letters cannot continue a
 *   Chinese sentence, so "密码是 abc" can only be a value ("密码是不是…" has none).
 * Trade-off: an all-lowercase password after "is" ("my password is sunshine") is not caught, because
 * "my password is fine/expired/weird" would be.
 */
// The Chinese group comes first so that "PIN码" is read as one Chinese label, not as "PIN" followed by Han text.
const PASSWORD_LABEL = /(?<chinese>pin码|密码|口令)|\b(?<english>pass(?:word|phrase|code)?s?|passwd|pwd|pin)\b/gi;
// Spaces and tabs only: a value is on the label's line ("password:\n" ends a YAML key or a heading).
const EXPLICIT_ASSIGNMENT = /^[ \t]*(?:(?:is|was)[ \t]*)?[:=：][ \t]*/i;
const LOOSE_ASSIGNMENT = /^[ \t]+(?:is|was)[ \t]+/i;
const CHINESE_ASSIGNMENT = /^[ \t]*(?:(?:是|为|為)[ \t]*[:：=]?|[:：=])[ \t]*/;
/** A value ends at white space, at a Han character or at full-width punctuation. */
const VALUE_TOKEN = /^[^\s\u3000-\u303f\u3400-\u9fff\uff00-\uffef]{1,128}/;
/** "!" and "?" stay: "Summer2024!" ends with its own "!" more often than a sentence does after a password. */
const TRAILING_PUNCTUATION = /[.,;:)\]}>]+$/;
/** "password: [reset it here]", "(see below)": an opening bracket starts a link or an aside, not a value. */
const OPENING_BRACKET = /^[([{<]/;
const QUOTES: Record<string, string> = { '"': '"', "'": "'", '“': '”', '‘': '’', '「': '」', '『': '』', '`': '`' };
const MAX_QUOTED_LENGTH = 64;
/** "密码是8-16位", "密码为6个字符": a Latin token followed by a unit describes the password, it is not one. */
const CHINESE_UNIT_AFTER = /^[位个個次天小分秒元]/;
const MASKED_VALUE = /^[*•·]+$/;
const NOT_A_PASSWORD: ReadonlySet<string> = new Set(
  `not no wrong incorrect correct right invalid valid expired reset changed change forgot forgotten lost blocked locked working
broken fine ok okay the my a an too very same different weak strong long short still also being been required needed missing
empty unknown accepted rejected saved stored sensitive case definitely always never none n/a na null hidden secret protected
encrypted set new old updated manager and or but in on for to of with here there this that it is was didn't doesn't isn't wasn't
can't won't don't cannot field box please help`
    .trim()
    .split(/\s+/),
);

export function findPasswords(text: string): SecretFinding[] {
  const findings: SecretFinding[] = [];
  for (const label of text.matchAll(PASSWORD_LABEL)) {
    const afterLabel = label.index + label[0].length;
    const value = label.groups?.chinese !== undefined ? chineseValue(text, afterLabel) : englishValue(text, afterLabel, label[0]);
    if (value) findings.push({ kind: 'password', start: value.start, end: value.end });
  }
  return findings;
}

interface ValueSpan {
  start: number;
  end: number;
  value: string;
  quoted: boolean;
}

function englishValue(text: string, afterLabel: number, label: string): ValueSpan | undefined {
  const rest = text.slice(afterLabel, afterLabel + 160);
  const explicit = EXPLICIT_ASSIGNMENT.exec(rest);
  if (explicit) {
    const value = readValue(text, afterLabel + explicit[0].length);
    if (!value) return undefined;
    return looksLikePassword(value) || (isExplicitValue(value) && endsItsClause(text, value.end)) ? value : undefined;
  }
  // "pass" and "pin" are ordinary words too ("the pass is valid"): only an explicit ":" or "=" makes a value of them.
  if (!/^pass(?:word|phrase|code)?s?$|^passwd$|^pwd$/i.test(label)) return undefined;
  const loose = LOOSE_ASSIGNMENT.exec(rest);
  if (!loose) return undefined;
  const value = readValue(text, afterLabel + loose[0].length);
  return value && looksLikePassword(value) ? value : undefined;
}

function chineseValue(text: string, afterLabel: number): ValueSpan | undefined {
  const assignment = CHINESE_ASSIGNMENT.exec(text.slice(afterLabel, afterLabel + 160));
  if (!assignment) return undefined;
  const value = readValue(text, afterLabel + assignment[0].length);
  if (!value || CHINESE_UNIT_AFTER.test(text.slice(value.end, value.end + 1))) return undefined;
  return isExplicitValue(value) ? value : undefined;
}

/** The quoted string or the token at `start`, without the sentence's trailing punctuation. */
function readValue(text: string, start: number): ValueSpan | undefined {
  const closingQuote = QUOTES[text[start] ?? ''];
  if (closingQuote) {
    // Searched for within the longest value only: a thousand unclosed quotes must not each scan the whole text.
    const closingOffset = text.slice(start + 1, start + 2 + MAX_QUOTED_LENGTH).indexOf(closingQuote);
    if (closingOffset <= 0) return undefined;
    const end = start + 1 + closingOffset;
    return { start: start + 1, end, value: text.slice(start + 1, end), quoted: true };
  }
  if (OPENING_BRACKET.test(text[start] ?? '')) return undefined;
  const token = VALUE_TOKEN.exec(text.slice(start, start + 128))?.[0].replace(TRAILING_PUNCTUATION, '');
  if (!token) return undefined;
  return { start, end: start + token.length, value: token, quoted: false };
}

/**
 * "password: hunter" ends its line or sentence; "password: anyone who has it can log in" and "fund
 * password: withdrawals, P2P sells, …" go on, and a plain word that the text continues from is not a value.
 */
function endsItsClause(text: string, end: number): boolean {
  return /^[ \t]*(?:$|[\n\r.!?。！？])/.test(text.slice(end, end + 8));
}

function isExplicitValue({ value, quoted }: ValueSpan): boolean {
  if (quoted) return true;
  return value.length >= 3 && !MASKED_VALUE.test(value) && !NOT_A_PASSWORD.has(value.toLowerCase());
}

function looksLikePassword({ value, quoted }: ValueSpan): boolean {
  if (quoted) return true;
  // "is wrong!!" is an exclamation; "Summer2024!" keeps its "!" as part of the value.
  const core = value.replace(/[!?]+$/, '');
  if (core.length < 4 || NOT_A_PASSWORD.has(core.toLowerCase())) return false;
  const hasLetter = /\p{L}/u.test(core);
  const hasDigit = /\d/.test(core);
  // A hyphen or apostrophe between letters is English ("case-sensitive", "didn't"), not a symbol.
  const hasSymbol = /[^\p{L}\d'’-]/u.test(core);
  const hasInnerCapital = /\p{Ll}.*\p{Lu}|\p{Lu}{2,}.*\p{Ll}/u.test(core);
  return (hasLetter && (hasDigit || hasSymbol)) || hasInnerCapital || /^\d{4,}$/.test(core);
}
