/**
 * The official list, canonicalised once per call so every comparison is like with like.
 */
import { canonicalHost, domainTarget, type DomainTarget } from './verify-host';
import { normalizePhone } from './verify-phone-number';
import { indexOfficialAccounts, type OfficialAccount } from './verify-social';
import type { OfficialChannels } from './verify-types';

export interface OfficialIndex {
  brand: string;
  /** Canonical ASCII hosts. */
  domains: string[];
  /** Look-alike targets: each official domain's label, and the brand name itself. */
  targets: DomainTarget[];
  /** "local@host" in lower case with a canonical host. */
  emails: Set<string>;
  phones: Set<string>;
  neverCalls: boolean;
  accounts: OfficialAccount[];
  networks: ReturnType<typeof indexOfficialAccounts>['networks'];
}

export function indexOfficialChannels(official: OfficialChannels): OfficialIndex {
  const domains = official.domains.filter(isBareHost).map(canonicalHost).filter((host): host is string => host !== null);
  const { accounts, networks } = indexOfficialAccounts(official.social);
  return {
    brand: official.brand,
    domains,
    targets: lookalikeTargets(official.brand, domains),
    emails: new Set(official.emails.map(canonicalEmail).filter((email): email is string => email !== null)),
    phones: new Set(official.phones.map(normalizePhone).filter((phone): phone is string => phone !== null)),
    neverCalls: official.neverCalls,
    accounts,
    networks,
  };
}

/**
 * A list entry must be a host. "https://harborline.example" would parse as the host "https"
 * and make every "*.https" official, so anything with a scheme, path or user is dropped.
 */
function isBareHost(entry: string): boolean {
  return /^[^\s/\\:@?#]+$/.test(entry.trim());
}

/**
 * The brand counts as a target too, so that a brand whose name differs from its domain
 * ("Harbor Line" on harborline.example, or a second brand domain) is still recognised.
 */
function lookalikeTargets(brand: string, domains: readonly string[]): DomainTarget[] {
  const targets = domains.map(domainTarget);
  const brandName = brand.normalize('NFKC').toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
  if (brandName && !targets.some((target) => target.name === brandName)) {
    const first = targets[0];
    targets.push(first ? { ...first, name: brandName } : { name: brandName, suffix: '', domain: brand });
  }
  return targets;
}

/** "Support@HARBORLINE.example" → "support@harborline.example"; null when it is no address. */
export function canonicalEmail(address: string): string | null {
  const at = address.lastIndexOf('@');
  if (at <= 0 || at === address.length - 1) return null;
  const host = canonicalHost(address.slice(at + 1));
  return host ? `${address.slice(0, at).normalize('NFKC').toLowerCase()}@${host}` : null;
}
