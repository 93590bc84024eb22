/**
 * Social accounts: which network a URL belongs to, which handle it shows, and how a handle
 * compares with the official ones.
 */
import { getDomain } from 'tldts';
import { explainName } from './lookalike';
import type { OfficialSocialAccount, Reason } from './verify-types';

interface Network {
  id: string;
  name: string;
  /** Registrable domains of the network; any subdomain (www., m., mobile.) belongs to it too. */
  domains: readonly string[];
  /** The handle in a profile path, from its segments; null when the path is not a profile. */
  handleFromPath: (segments: readonly string[]) => string | null;
}

/** First segment, unless it is one of the network's own pages. */
function firstSegmentExcept(reserved: readonly string[]) {
  const set = new Set(reserved);
  return (segments: readonly string[]) => {
    const first = segments[0];
    return first && !set.has(first.toLowerCase()) ? first : null;
  };
}

/** "/@name", or "/prefix/name" for one of the given prefixes. */
function atOrPrefixed(prefixes: readonly string[]) {
  return (segments: readonly string[]) => {
    const [first, second] = segments;
    if (first?.startsWith('@')) return first;
    return first && second && prefixes.includes(first.toLowerCase()) ? second : null;
  };
}

const KNOWN_NETWORKS: readonly Network[] = [
  {
    id: 'x',
    name: 'X (Twitter)',
    domains: ['x.com', 'twitter.com'],
    handleFromPath: firstSegmentExcept(['i', 'intent', 'home', 'search', 'explore', 'hashtag', 'settings', 'messages', 'notifications', 'share', 'login', 'signup', 'compose', 'tos', 'privacy']),
  },
  {
    id: 'telegram',
    name: 'Telegram',
    domains: ['t.me', 'telegram.me', 'telegram.dog'],
    handleFromPath: (segments) => {
      const [first, second] = segments;
      if (first === 's') return second ?? null; // t.me/s/name is the web preview of a channel
      return first && !first.startsWith('+') && !['joinchat', 'addstickers', 'share', 'proxy', 'socks', 'c', 'setlanguage', 'addtheme', 'login'].includes(first.toLowerCase()) ? first : null;
    },
  },
  {
    id: 'facebook',
    name: 'Facebook',
    domains: ['facebook.com', 'fb.com', 'fb.me'],
    handleFromPath: (segments) => {
      const [first, second] = segments;
      if (first?.toLowerCase() === 'pages') return second ?? null;
      return firstSegmentExcept(['profile.php', 'groups', 'people', 'watch', 'events', 'sharer', 'sharer.php', 'share', 'login', 'login.php', 'dialog', 'photo', 'photo.php', 'story.php', 'permalink.php', 'marketplace', 'gaming', 'help', 'messages'])(segments);
    },
  },
  { id: 'instagram', name: 'Instagram', domains: ['instagram.com'], handleFromPath: firstSegmentExcept(['p', 'reel', 'reels', 'stories', 'explore', 'accounts', 'direct']) },
  { id: 'tiktok', name: 'TikTok', domains: ['tiktok.com'], handleFromPath: atOrPrefixed([]) },
  { id: 'youtube', name: 'YouTube', domains: ['youtube.com', 'youtu.be'], handleFromPath: atOrPrefixed(['c', 'user']) },
  { id: 'reddit', name: 'Reddit', domains: ['reddit.com'], handleFromPath: atOrPrefixed(['r', 'u', 'user']) },
  { id: 'linkedin', name: 'LinkedIn', domains: ['linkedin.com'], handleFromPath: atOrPrefixed(['company', 'in', 'showcase']) },
  { id: 'medium', name: 'Medium', domains: ['medium.com'], handleFromPath: atOrPrefixed([]) },
  { id: 'github', name: 'GitHub', domains: ['github.com'], handleFromPath: firstSegmentExcept(['orgs', 'login', 'settings', 'marketplace', 'explore']) },
  { id: 'weibo', name: 'Weibo', domains: ['weibo.com'], handleFromPath: atOrPrefixed(['n', 'u']) },
  { id: 'discord', name: 'Discord', domains: ['discord.gg', 'discord.com'], handleFromPath: atOrPrefixed(['invite']) },
];

/** An official account, with the network resolved from its URL. */
export interface OfficialAccount {
  networkId: string;
  network: string;
  handle: string;
  /** Lower case, without "@": what handles are compared by. */
  key: string;
  url: string;
}

export function handleKey(handle: string): string {
  return handle.replace(/^@/, '').normalize('NFKC').toLowerCase();
}

function networkForDomain(registrable: string | null, networks: readonly Network[]): Network | null {
  return registrable ? (networks.find((network) => network.domains.includes(registrable)) ?? null) : null;
}

function registrableDomainOfUrl(url: URL): string | null {
  return getDomain(url.hostname, { allowPrivateDomains: false, extractHostname: false });
}

/** Resolves every official account's network from its URL; an unknown network becomes its own. */
export function indexOfficialAccounts(accounts: readonly OfficialSocialAccount[]): { accounts: OfficialAccount[]; networks: Network[] } {
  const networks = [...KNOWN_NETWORKS];
  const indexed: OfficialAccount[] = [];
  for (const account of accounts) {
    const url = safeUrl(account.url);
    const registrable = url ? registrableDomainOfUrl(url) : null;
    let network = networkForDomain(registrable, networks);
    if (!network && registrable) {
      network = { id: registrable, name: account.network, domains: [registrable], handleFromPath: firstSegmentExcept([]) };
      networks.push(network);
    }
    const networkId = network?.id ?? account.network.toLowerCase();
    indexed.push({ networkId, network: account.network, handle: account.handle.replace(/^@/, ''), key: handleKey(account.handle), url: account.url });
  }
  return { accounts: indexed, networks };
}

function safeUrl(text: string): URL | null {
  try {
    return new URL(text);
  } catch {
    return null;
  }
}

function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

export interface SocialProfile {
  networkId: string;
  /** The network's name as the official list spells it, else our own name for it. */
  network: string;
  /** The handle shown in the URL, without "@"; null when the URL is not a profile. */
  handle: string | null;
}

/** The social profile a URL points to; null when its host is no social network we know. */
export function socialProfileOf(url: URL, networks: readonly Network[], accounts: readonly OfficialAccount[]): SocialProfile | null {
  const network = networkForDomain(registrableDomainOfUrl(url), networks);
  if (!network) return null;
  const segments = url.pathname.split('/').filter(Boolean).map(safeDecode);
  const raw = network.handleFromPath(segments);
  const handle = raw && /^@?[\p{L}\p{N}_.-]+$/u.test(raw) ? raw.replace(/^@/, '') : null;
  const listedName = accounts.find((account) => account.networkId === network.id)?.network;
  return { networkId: network.id, network: listedName ?? network.name, handle };
}

/** What a handle is: exact official accounts first, then the official handle it imitates. */
export function handleReasons(
  handle: string,
  accounts: readonly OfficialAccount[],
  brand: string,
  onNetwork?: SocialProfile,
): Reason[] {
  const key = handleKey(handle);
  const exact = accounts.filter((account) => account.key === key);
  if (onNetwork) {
    const here = exact.find((account) => account.networkId === onNetwork.networkId);
    if (here) return [exactSocial(here)];
    if (exact.length > 0) {
      return [{ code: 'handle-wrong-network', network: onNetwork.network, handle: `@${handle}`, officialOn: exact.map((account) => account.network) }, { code: 'not-listed' }];
    }
  } else if (exact.length > 0) {
    return exact.map(exactSocial);
  }
  return [...handleLookalikeReasons(handle.replace(/^@/, '').normalize('NFKC'), accounts, brand, onNetwork), { code: 'not-listed' }];
}

function exactSocial(account: OfficialAccount): Reason {
  return { code: 'exact-match', channel: 'social', network: account.network, handle: `@${account.handle}`, url: account.url };
}

/** Compared with the official handles first (closest story), then with the brand itself. */
function handleLookalikeReasons(handle: string, accounts: readonly OfficialAccount[], brand: string, onNetwork?: SocialProfile): Reason[] {
  const sameNetworkFirst = [...accounts].sort((a, b) => Number(b.networkId === onNetwork?.networkId) - Number(a.networkId === onNetwork?.networkId));
  for (const account of sameNetworkFirst) {
    const techniques = explainName(handle, { name: account.key, suffix: '' });
    if (techniques.length > 0) {
      return techniques.map((technique) => ({ code: 'handle-lookalike', technique, resembles: `@${account.handle}`, network: onNetwork?.network ?? account.network }));
    }
  }
  const brandKey = brand.normalize('NFKC').toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
  const techniques = brandKey === handle.toLowerCase() ? ['contains-brand' as const] : explainName(handle, { name: brandKey, suffix: '' });
  return techniques.map((technique) => ({ code: 'handle-lookalike', technique, resembles: brand, ...(onNetwork ? { network: onNetwork.network } : {}) }));
}
