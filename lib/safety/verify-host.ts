/**
 * Hosts: canonical form, registrable domain, official or not, and what a host imitates.
 */
import { parse } from 'tldts';
import { explainName, type LookalikeTarget } from './lookalike';
import { isSuspiciousScriptMix, scriptsIn } from './lookalike-visual';
import { hostToUnicode } from './verify-punycode';
import type { Reason, Technique } from './verify-types';

/**
 * The host a browser would visit, in lower-case ASCII (Punycode), without the trailing dot
 * of a fully-qualified name. The WHATWG URL parser applies UTS #46, exactly as the browser
 * does: fullwidth letters, "。" and zero-width characters map away, uppercase folds.
 * Null when no browser would accept it as a host.
 */
export function canonicalHost(host: string): string | null {
  try {
    return stripTrailingDot(new URL(`https://${host}/`).hostname) || null;
  } catch {
    return null;
  }
}

export function stripTrailingDot(host: string): string {
  return host.endsWith('.') ? host.slice(0, -1) : host;
}

export function isIpAddress(host: string): boolean {
  return host.startsWith('[') || /^\d+\.\d+\.\d+\.\d+$/.test(host);
}

/** A host split at its registrable domain, with labels decoded from Punycode. */
export interface HostParts {
  ascii: string;
  unicode: string;
  /** "harborline.example" for "www.harborline.example" (ASCII). */
  registrable: string;
  /** The registrable domain without its suffix: "harborline" (Unicode). */
  label: string;
  /** Public suffix: "example", "co.uk". */
  suffix: string;
  /** Labels left of the registrable domain, outermost first (Unicode). */
  subdomainLabels: string[];
}

/**
 * Uses the Public Suffix List through tldts, ICANN section only: a name on a hosting
 * platform such as harborline.github.io then counts as a subdomain of someone else's
 * domain (github.io), which is what it is for the person reading it.
 *
 * Suffixes the list does not know, such as the reserved ".example", fall under the list's
 * default rule "*" (tldts returns suffix "example", domain "harborline.example"). Where
 * tldts returns no domain (a single label, an invalid hostname) we fall back to the last
 * two labels.
 */
export function splitHost(asciiHost: string): HostParts {
  const parsed = parse(asciiHost, { allowPrivateDomains: false, extractHostname: false });
  const labels = asciiHost.split('.');
  const suffix = parsed.domain && parsed.publicSuffix ? parsed.publicSuffix : labels.length > 1 ? (labels.at(-1) ?? '') : '';
  const registrable = parsed.domain ?? labels.slice(-2).join('.');
  const suffixLength = suffix ? suffix.split('.').length : 0;
  const registrableLabels = registrable.split('.');
  const label = registrableLabels.slice(0, registrableLabels.length - suffixLength).join('.');
  const subdomainLabels = labels.slice(0, labels.length - registrableLabels.length);
  return {
    ascii: asciiHost,
    unicode: hostToUnicode(asciiHost),
    registrable,
    label: hostToUnicode(label),
    suffix,
    subdomainLabels: subdomainLabels.map(hostToUnicode),
  };
}

/** The official domain `host` is, or is a subdomain of; null otherwise. */
export function officialDomainOf(host: string, officialDomains: readonly string[]): string | null {
  return officialDomains.find((domain) => host === domain || host.endsWith(`.${domain}`)) ?? null;
}

/** What a look-alike of an official domain is compared with. */
export interface DomainTarget extends LookalikeTarget {
  /** The official domain, reported as `resembles`. */
  domain: string;
}

export function domainTarget(officialDomain: string): DomainTarget {
  const parts = splitHost(officialDomain);
  return { name: parts.label.toLowerCase(), suffix: parts.suffix, domain: officialDomain };
}

/** Punycode, mixed scripts and look-alike techniques of a host that is not official. */
export function suspiciousHostReasons(parts: HostParts, targets: readonly DomainTarget[]): Reason[] {
  return [...encodingReasons(parts), ...lookalikeReasons(parts, targets)];
}

function encodingReasons(parts: HostParts): Reason[] {
  const reasons: Reason[] = [];
  if (parts.ascii.split('.').some((label) => label.startsWith('xn--'))) {
    reasons.push({ code: 'punycode', encoded: parts.ascii, decoded: parts.unicode });
  }
  for (const label of parts.unicode.split('.')) {
    const scripts = scriptsIn(label);
    if (isSuspiciousScriptMix(scripts)) reasons.push({ code: 'mixed-script', label, scripts });
  }
  return reasons;
}

function lookalikeReasons(parts: HostParts, targets: readonly DomainTarget[]): Reason[] {
  for (const target of targets) {
    const techniques = domainTechniques(parts, target);
    if (techniques.length > 0) return techniques.map((technique) => ({ code: 'lookalike', technique, resembles: target.domain }));
  }
  return [];
}

/** The registrable label first (where the owner chose the name), then the subdomains. */
function domainTechniques(parts: HostParts, target: DomainTarget): Technique[] {
  const label = parts.label.toLowerCase();
  const otherSuffix = parts.suffix !== target.suffix;
  if (label === target.name) return otherSuffix ? ['wrong-tld'] : [];
  const techniques = explainName(label, target);
  if (techniques.length > 0) return otherSuffix && !techniques.includes('tld-in-name') ? [...techniques, 'wrong-tld'] : techniques;
  return subdomainTechniques(parts, target);
}

/** harborline.example.evil.io, harborline.secure-login.io, harb0rline.evil.io, harbor.line.io */
function subdomainTechniques(parts: HostParts, target: DomainTarget): Technique[] {
  for (const subdomain of parts.subdomainLabels.map((label) => label.toLowerCase())) {
    if (subdomain === target.name) return ['subdomain-of-other'];
    const techniques = explainName(subdomain, target);
    if (techniques.length > 0) return ['subdomain-of-other', ...techniques];
  }
  const joined = [...parts.subdomainLabels, parts.label].join('').toLowerCase();
  return joined.includes(target.name) ? ['subdomain-of-other'] : [];
}
