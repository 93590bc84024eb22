import type { Site } from '../content/schema';
import type { OfficialChannels } from './verify-types';

/**
 * The official channels as the verifier needs them, from the one place the brand lives
 * (content/site.yaml): the exchange's domain and the help center's, the support address, the
 * social accounts, and the numbers it calls from (none: it never calls).
 */
export function officialChannels(site: Site): OfficialChannels {
  const domains = [site.domain, new URL(site.website).hostname, new URL(site.helpCenter).hostname];
  return {
    brand: site.brand,
    domains: [...new Set(domains)],
    emails: [site.supportEmail],
    phones: site.phones,
    neverCalls: site.phones.length === 0,
    social: site.social.map(({ network, handle, url }) => ({ network, handle, url })),
  };
}
