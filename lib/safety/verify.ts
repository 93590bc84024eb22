/**
 * The official-channel verifier: a person pastes a link, domain, e-mail address, phone
 * number or social handle, and learns whether it is on Harborline's official list and, if
 * not, which trick it resembles.
 *
 * Pure and framework-free. The rule that matters: a verdict is 'official' only when the
 * input matches the list exactly (see `isOfficial`); everything else is 'not-official',
 * with reasons. Nothing is ever called "safe". It never throws: a verifier that crashes on
 * hostile input helps the person who wrote it.
 *
 * Decisions, each on the strict side:
 * - Domains: a listed domain or any subdomain of it (the exchange controls their DNS), read
 *   the way a browser reads the host. A link must be https on the default port, without
 *   user:pass@, backslashes or percent-escaped hosts; otherwise `exact-match` is reported
 *   together with the reason that disqualifies it. Input without a scheme counts as https.
 * - E-mail: only a listed address is official. Another address at an official domain gets
 *   `unlisted-address`, and every address, listed or not, gets `sender-can-be-forged`.
 * - Phones: exact E.164 match only; no country code is ever guessed.
 * - Handles: exact, case-insensitive; a profile URL must also be on the right network.
 * - Fullwidth letters and "。" are read as what a browser makes of them (with the note
 *   `compatibility-characters`): Chinese input methods produce them innocently. Invisible
 *   characters are removed for the analysis but disqualify: nobody types them.
 */
import { assessEmail } from './verify-email';
import { detectKind, MAX_INPUT_LENGTH, prepareInput, type PreparedInput } from './verify-input';
import { indexOfficialChannels } from './verify-official';
import { assessPhone } from './verify-phone';
import { handleReasons } from './verify-social';
import type { Assessment, ChannelKind, OfficialChannels, Reason, ReasonCode, UnparseableProblem, Verdict } from './verify-types';
import { assessWebAddress } from './verify-url';

export type * from './verify-types';
export { MAX_INPUT_LENGTH } from './verify-input';

/**
 * Reasons that take the verdict away from an input whose channel is on the list: the
 * exchange never sends http links, odd ports, user:pass@ links, backslashes, percent-escaped
 * hosts or text with hidden characters. The `exact-match` reason stays, so the page can say "this domain is
 * ours, but this link is not how we send it".
 */
const DISQUALIFYING: ReadonlySet<ReasonCode> = new Set([
  'insecure-scheme',
  'unexpected-port',
  'credentials-in-url',
  'backslash-in-url',
  'percent-encoded-host',
  'invisible-characters',
  'unparseable',
]);

export function isOfficial(reasons: readonly Reason[]): boolean {
  return reasons.some((reason) => reason.code === 'exact-match') && !reasons.some((reason) => DISQUALIFYING.has(reason.code));
}

export function verifyChannel(input: string, official: OfficialChannels): Verdict {
  try {
    return toVerdict(assess(input, official));
  } catch {
    // Defence in depth only: tests assert this branch is never reached.
    return toVerdict(unparseable('unknown', 'internal-error'));
  }
}

function toVerdict(assessment: Assessment): Verdict {
  return { verdict: isOfficial(assessment.reasons) ? 'official' : 'not-official', ...assessment };
}

function unparseable(kind: ChannelKind, problem: UnparseableProblem): Assessment {
  return { kind, normalized: '', reasons: [{ code: 'unparseable', problem }] };
}

function assess(input: unknown, official: OfficialChannels): Assessment {
  if (typeof input !== 'string') return unparseable('unknown', 'malformed');
  if (input.length > MAX_INPUT_LENGTH) return unparseable('unknown', 'too-long');
  const prepared = prepareInput(input);
  if (!prepared.text) return unparseable('unknown', 'empty');
  const assessment = assessByKind(detectKind(prepared.text), prepared.text, official);
  return { ...assessment, reasons: [...inputCaveats(prepared), ...assessment.reasons] };
}

function assessByKind(kind: ChannelKind, text: string, channels: OfficialChannels): Assessment {
  const official = indexOfficialChannels(channels);
  switch (kind) {
    case 'url':
    case 'domain':
      return assessWebAddress(text, kind, official);
    case 'email':
      return assessEmail(text, official);
    case 'phone':
      return assessPhone(text, official);
    case 'handle': {
      const handle = text.replace(/^@/, '');
      return { kind, normalized: `@${handle}`, reasons: handleReasons(handle, official.accounts, official.brand) };
    }
    case 'unknown':
      return unparseable('unknown', 'malformed');
  }
}

function inputCaveats(prepared: PreparedInput): Reason[] {
  const reasons: Reason[] = [];
  if (prepared.hadInvisibleCharacters) reasons.push({ code: 'invisible-characters', cleaned: prepared.text });
  if (prepared.hadCompatibilityCharacters) reasons.push({ code: 'compatibility-characters' });
  return reasons;
}
