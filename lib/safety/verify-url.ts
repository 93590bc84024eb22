/**
 * Links and bare domains. The host is taken the way a browser takes it (WHATWG URL), so
 * https://harborline.example@evil.io goes to evil.io here as it would there.
 */
import { mentionsBrand } from './verify-email';
import { canonicalHost, isIpAddress, officialDomainOf, splitHost, stripTrailingDot, suspiciousHostReasons } from './verify-host';
import { hasScheme } from './verify-input';
import type { OfficialIndex } from './verify-official';
import { handleReasons, socialProfileOf } from './verify-social';
import type { Assessment, BrandPlacement, Reason } from './verify-types';

function parseWebAddress(text: string): URL | null {
  try {
    // Without a scheme a browser's address bar would try https first.
    return new URL(hasScheme(text) ? text : `https://${text}`);
  } catch {
    return null;
  }
}

export function assessWebAddress(text: string, kind: 'url' | 'domain', official: OfficialIndex): Assessment {
  const url = parseWebAddress(text);
  if (!url) return { kind, normalized: '', reasons: [{ code: 'unparseable', problem: 'malformed' }] };
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    return { kind: 'url', normalized: url.href, reasons: [{ code: 'unsupported-scheme', scheme: url.protocol }] };
  }
  const host = stripTrailingDot(url.hostname);
  if (!host || host.split('.').some((label) => label === '') || canonicalHost(host) === null) {
    return { kind, normalized: url.href, reasons: [{ code: 'unparseable', problem: 'malformed' }] };
  }
  const normalized = kind === 'domain' ? host : url.href;
  return { kind, normalized, reasons: [...disguiseReasons(text), ...credentialReasons(url, host), ...hostReasons(url, host, official)] };
}

/** The authority as typed: after "scheme://" (if any), up to the path, query or fragment. */
function typedAuthority(text: string): string {
  const afterScheme = text.replace(/^[a-z][a-z0-9+.-]*:\/*/i, (scheme) => (hasScheme(text) ? '' : scheme));
  return afterScheme.split(/[/?#]/)[0] ?? '';
}

/**
 * Tricks in how the link is written rather than where it goes: a backslash (parsers
 * disagree about it) or percent-escapes in the host ("harborl%69ne.example"), which the
 * exchange never writes and which only serve to get past a reader or a filter.
 */
function disguiseReasons(text: string): Reason[] {
  const reasons: Reason[] = [];
  if (text.includes('\\')) reasons.push({ code: 'backslash-in-url' });
  if (/%[0-9a-f]{2}/i.test(typedAuthority(text).split('@').at(-1) ?? '')) reasons.push({ code: 'percent-encoded-host' });
  return reasons;
}

/** user:pass@ is never part of a link the exchange sends; its only use in a message is disguise. */
function credentialReasons(url: URL, host: string): Reason[] {
  if (!url.username && !url.password) return [];
  const userinfo = safeDecode(url.password ? `${url.username}:${url.password}` : url.username);
  return [{ code: 'credentials-in-url', userinfo, realHost: host }];
}

function hostReasons(url: URL, host: string, official: OfficialIndex): Reason[] {
  const officialDomain = officialDomainOf(host, official.domains);
  if (officialDomain) return [{ code: 'exact-match', channel: 'domain', domain: officialDomain }, ...transportReasons(url)];
  const profile = socialProfileOf(url, official.networks, official.accounts);
  if (profile?.handle) {
    const reasons = handleReasons(profile.handle, official.accounts, official.brand, profile);
    return reasons.some((reason) => reason.code === 'exact-match') ? [...reasons, ...transportReasons(url)] : reasons;
  }
  return [...foreignHostReasons(url, host, official), { code: 'not-listed' }];
}

/** Official links are https on the default port; anything else did not come from us. */
function transportReasons(url: URL): Reason[] {
  const reasons: Reason[] = [];
  if (url.protocol !== 'https:') reasons.push({ code: 'insecure-scheme', scheme: url.protocol });
  if (url.port) reasons.push({ code: 'unexpected-port', port: url.port });
  return reasons;
}

function foreignHostReasons(url: URL, host: string, official: OfficialIndex): Reason[] {
  const hostItself: Reason[] = isIpAddress(host) ? [{ code: 'ip-address', host }] : suspiciousHostReasons(splitHost(host), official.targets);
  return [...hostItself, ...brandOutsideHostReasons(url, host, official)];
}

/** https://evil.io/harborline.example, ?next=harborline…: the brand where it decides nothing. */
function brandOutsideHostReasons(url: URL, host: string, official: OfficialIndex): Reason[] {
  const places: [BrandPlacement, string][] = [['path', url.pathname], ['query', url.search], ['fragment', url.hash]];
  return places
    .filter(([, text]) => text.length > 1 && mentionsBrand(safeDecode(text), official))
    .map(([where]) => ({ code: 'brand-outside-host', where, realHost: host }));
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
