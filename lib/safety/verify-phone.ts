/**
 * Phone numbers: official only when the exact number is listed. Even then the caller ID
 * on a screen can be spoofed, and an exchange that never calls says so whatever the number.
 */
import type { OfficialIndex } from './verify-official';
import { normalizePhone } from './verify-phone-number';
import type { Assessment, Reason } from './verify-types';

export function assessPhone(text: string, official: OfficialIndex): Assessment {
  const number = normalizePhone(text);
  if (number === null) return { kind: 'phone', normalized: '', reasons: [{ code: 'unparseable', problem: 'malformed' }] };
  const reasons: Reason[] = official.phones.has(number) ? listedNumberReasons(number, official) : unlistedNumberReasons(number, official);
  return { kind: 'phone', normalized: number, reasons };
}

function listedNumberReasons(number: string, official: OfficialIndex): Reason[] {
  const reasons: Reason[] = [{ code: 'exact-match', channel: 'phone', phone: number }, { code: 'caller-id-can-be-spoofed' }];
  if (official.neverCalls) reasons.push({ code: 'we-never-call' });
  return reasons;
}

function unlistedNumberReasons(number: string, official: OfficialIndex): Reason[] {
  const reasons: Reason[] = [official.neverCalls ? { code: 'we-never-call' } : { code: 'not-listed' }];
  if (!number.startsWith('+')) reasons.push({ code: 'missing-country-code' });
  return reasons;
}
