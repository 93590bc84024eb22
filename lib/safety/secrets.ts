/**
 * Finds secrets a customer must never share in a support request: a recovery phrase, a private key,
 * a one-time code or a password typed as a value. The support form runs it before anything is sent.
 *
 * Pure and framework-free: it runs in the browser (as the customer types) and on the server (as a last check).
 * Every scan is a single left-to-right pass or a bounded look around one candidate, and every regular
 * expression is either anchored on a short slice or made of a single character class, so hostile input
 * (20 KB of one repeated word, of digits, of labels) stays linear.
 *
 * The rules, and why each line is drawn where it is, are documented in each detector's module (secret-*.ts).
 */
import { findOneTimeCodes } from './secret-codes';
import type { SecretFinding, SecretKind } from './secret-finding';
import { findPrivateKeys } from './secret-keys';
import { findPasswords } from './secret-passwords';
import { findChineseRecoveryPhrases } from './secret-phrases-chinese';
import { findEnglishRecoveryPhrases } from './secret-phrases-english';

export type { SecretFinding, SecretKind } from './secret-finding';
export { COMMON_ENGLISH_LIST_WORDS } from './secret-phrases-english';

/**
 * Every secret in `text`, sorted by start and never overlapping. Never throws; anything that is not a
 * string has no secrets.
 */
export function findSecrets(text: string): SecretFinding[] {
  if (typeof text !== 'string' || text.length === 0) return [];
  return resolveOverlaps([
    ...findEnglishRecoveryPhrases(text),
    ...findChineseRecoveryPhrases(text),
    ...findPrivateKeys(text),
    ...findPasswords(text),
    ...findOneTimeCodes(text),
  ]);
}

/**
 * The finding's text for display with its middle hidden: first 2 and last 2 characters of a secret of 8
 * or more characters ("ab••••yz"), and nothing at all of a shorter one, where 4 shown characters would be
 * most of the secret (a 6-digit code).
 */
export function maskSecret(text: string, finding: SecretFinding): string {
  const characters = Array.from(text.slice(finding.start, finding.end));
  const hiddenLength = Math.min(characters.length, MAX_MASK_LENGTH);
  if (characters.length < MIN_PARTLY_SHOWN_LENGTH) return MASK_CHARACTER.repeat(hiddenLength);
  const shown = 2;
  return characters.slice(0, shown).join('') + MASK_CHARACTER.repeat(Math.min(characters.length - 2 * shown, MAX_MASK_LENGTH)) + characters.slice(-shown).join('');
}

/** `text` with every secret masked as by maskSecret: what a log line or a preview may show. */
export function redactSecrets(text: string): string {
  let redacted = '';
  let copiedUpTo = 0;
  for (const finding of findSecrets(text)) {
    redacted += text.slice(copiedUpTo, finding.start) + maskSecret(text, finding);
    copiedUpTo = finding.end;
  }
  return redacted + text.slice(copiedUpTo);
}

const MASK_CHARACTER = '•';
const MIN_PARTLY_SHOWN_LENGTH = 8;
/** A 24-word phrase masked in full would be a wall of dots; its length is no use to the reader. */
const MAX_MASK_LENGTH = 12;

/**
 * When two kinds claim the same characters, the more specific one names the secret: a WIF key after
 * "password:" is a key, "密码是123456" is a password rather than a one-time code.
 */
const KIND_PRIORITY: Record<SecretKind, number> = {
  'private-key': 4,
  'recovery-phrase': 3,
  password: 2,
  'one-time-code': 1,
};

function resolveOverlaps(candidates: SecretFinding[]): SecretFinding[] {
  const ordered = [...candidates].sort(
    (a, b) => a.start - b.start || KIND_PRIORITY[b.kind] - KIND_PRIORITY[a.kind] || b.end - a.end,
  );
  const kept: SecretFinding[] = [];
  for (const candidate of ordered) {
    const last = kept.at(-1);
    if (!last || candidate.start >= last.end) {
      kept.push({ ...candidate });
    } else if (candidate.kind === last.kind) {
      // Two labels before one value ("password: pwd=abc123") still make one secret.
      last.end = Math.max(last.end, candidate.end);
    } else if (KIND_PRIORITY[candidate.kind] > KIND_PRIORITY[last.kind]) {
      kept[kept.length - 1] = { ...candidate };
    }
  }
  return kept;
}
