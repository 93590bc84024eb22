/**
 * E-mail addresses. Official only for an exact listed address: anyone can type
 * "security@harborline.example" into a From line, so an unlisted address at our domain is
 * reported as such, not blessed, and even a listed one carries `sender-can-be-forged`.
 */
import { visualFold } from './lookalike-visual';
import { canonicalHost, isIpAddress, officialDomainOf, splitHost, suspiciousHostReasons } from './verify-host';
import { canonicalEmail, type OfficialIndex } from './verify-official';
import type { Assessment, Reason } from './verify-types';

/** Webmail any scammer can sign up for in a minute; an exchange does not write from them. */
const FREE_MAIL_DOMAINS = new Set([
  'gmail.com', 'googlemail.com', 'outlook.com', 'hotmail.com', 'live.com', 'msn.com', 'yahoo.com', 'ymail.com',
  'icloud.com', 'me.com', 'aol.com', 'proton.me', 'protonmail.com', 'gmx.com', 'gmx.net', 'mail.com', 'zoho.com',
  'yandex.com', 'yandex.ru', 'mail.ru', 'qq.com', 'foxmail.com', '163.com', '126.com', 'yeah.net', 'sina.com', 'sohu.com', 'aliyun.com',
]);

interface ParsedAddress {
  displayName: string;
  local: string;
  host: string;
}

/** "Harborline Support <help@harb0rline.io>", "mailto:help@x.io?subject=…", "help@x.io". */
export function parseAddress(text: string): ParsedAddress | null {
  const withoutScheme = text.replace(/^mailto:/i, '').replace(/\?.*$/s, '');
  const angled = /^(.*?)<([^<>]*)>\s*$/s.exec(withoutScheme);
  const displayName = (angled?.[1] ?? '').trim().replace(/^"(.*)"$/s, '$1').trim();
  const address = (angled?.[2] ?? withoutScheme).trim();
  const at = address.lastIndexOf('@');
  const local = address.slice(0, at);
  if (at <= 0 || /\s/.test(local)) return null;
  const host = canonicalHost(address.slice(at + 1));
  return host ? { displayName, local, host } : null;
}

export function assessEmail(text: string, official: OfficialIndex): Assessment {
  const parsed = parseAddress(text);
  if (!parsed) return { kind: 'email', normalized: '', reasons: [{ code: 'unparseable', problem: 'malformed' }] };
  const normalized = canonicalEmail(`${parsed.local}@${parsed.host}`) ?? '';
  // "support@harborline%2eexample" reaches the listed address, but nobody writes one like that except to disguise it.
  const escaped: Reason[] = /%[0-9a-f]{2}/i.test(text) ? [{ code: 'percent-encoded-host' }] : [];
  return { kind: 'email', normalized, reasons: [...escaped, ...displayNameReasons(parsed, normalized, official), ...addressReasons(parsed, normalized, official)] };
}

function addressReasons(parsed: ParsedAddress, normalized: string, official: OfficialIndex): Reason[] {
  if (official.emails.has(normalized)) return [{ code: 'exact-match', channel: 'email', address: normalized }, { code: 'sender-can-be-forged' }];
  const officialDomain = officialDomainOf(parsed.host, official.domains);
  if (officialDomain) return [{ code: 'unlisted-address', domain: officialDomain }, { code: 'sender-can-be-forged' }];
  return [...foreignDomainReasons(parsed, official), { code: 'not-listed' }];
}

function foreignDomainReasons(parsed: ParsedAddress, official: OfficialIndex): Reason[] {
  const reasons: Reason[] = [];
  if (mentionsBrand(parsed.local, official)) reasons.push({ code: 'brand-outside-host', where: 'local-part', realHost: parsed.host });
  if (isIpAddress(parsed.host)) return [...reasons, { code: 'ip-address', host: parsed.host }];
  const parts = splitHost(parsed.host);
  if (FREE_MAIL_DOMAINS.has(parts.registrable)) reasons.push({ code: 'free-mail-provider', domain: parts.registrable });
  return [...reasons, ...suspiciousHostReasons(parts, official.targets)];
}

/** A display name is free text the sender chooses: it proves nothing, and scammers fill it with the brand. */
function displayNameReasons(parsed: ParsedAddress, normalized: string, official: OfficialIndex): Reason[] {
  const reasons: Reason[] = [];
  const shown = /[^\s<>"@]+@[^\s<>"@]+/.exec(parsed.displayName)?.[0];
  if (shown && canonicalEmail(shown) !== normalized) reasons.push({ code: 'display-name-other-address', shown });
  const realIsOfficial = officialDomainOf(parsed.host, official.domains) !== null;
  if (!realIsOfficial && mentionsBrand(parsed.displayName, official)) reasons.push({ code: 'brand-outside-host', where: 'display-name', realHost: parsed.host });
  return reasons;
}

/** True when free text spells the brand or an official domain's name, disguised or not. */
export function mentionsBrand(text: string, official: OfficialIndex): boolean {
  const folded = visualFold(text.replace(/[\s\-_.]+/g, ''));
  return official.targets.some((target) => target.name.length > 0 && folded.includes(visualFold(target.name)));
}
