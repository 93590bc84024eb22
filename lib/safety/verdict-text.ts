import { interpolate, type Messages } from '../i18n/messages';
import type { Reason } from './verify-types';

type VerifyMessages = Messages['verify'];

/** One reason of a verdict as a sentence in the reader's language; the values are shown as text, never as markup. */
export function describeReason(reason: Reason, t: VerifyMessages, brand: string): string {
  switch (reason.code) {
    case 'exact-match':
      return interpolate(t.reasons[`exact-match-${reason.channel}`], { ...reason, brand });
    case 'lookalike':
    case 'handle-lookalike':
      return interpolate(t.reasons[reason.code], { resembles: reason.resembles, technique: t.techniques[reason.technique] });
    case 'brand-outside-host':
      return interpolate(t.reasons[reason.code], { realHost: reason.realHost, where: t.placements[reason.where] });
    case 'mixed-script':
      return interpolate(t.reasons[reason.code], { label: reason.label, scripts: reason.scripts.join(', ') });
    case 'handle-wrong-network':
      return interpolate(t.reasons[reason.code], { ...reason, officialOn: reason.officialOn.join(', ') });
    case 'unparseable':
      return interpolate(t.reasons[reason.code], { problem: t.problems[reason.problem] });
    default:
      return interpolate(t.reasons[reason.code], { ...reason, brand });
  }
}

/**
 * The reasons of a verdict as sentences, with the look-alike tricks played on one name said once
 * ("It imitates harborline.example: a letter is left out and a hyphen is added.") instead of a
 * sentence each.
 */
export function describeReasons(reasons: readonly Reason[], t: VerifyMessages, brand: string, locale: string): { code: Reason['code']; text: string }[] {
  const list = new Intl.ListFormat(locale, { type: 'conjunction' });
  const tricks = new Map<string, string[]>();
  for (const reason of reasons) {
    if (reason.code === 'lookalike') tricks.set(reason.resembles, [...(tricks.get(reason.resembles) ?? []), t.techniques[reason.technique]]);
  }
  const described: { code: Reason['code']; text: string }[] = [];
  for (const reason of reasons) {
    if (reason.code !== 'lookalike') described.push({ code: reason.code, text: describeReason(reason, t, brand) });
    else if (tricks.has(reason.resembles)) {
      described.push({ code: reason.code, text: interpolate(t.reasons.lookalike, { resembles: reason.resembles, technique: list.format(tricks.get(reason.resembles)!) }) });
      tricks.delete(reason.resembles);
    }
  }
  return described;
}

