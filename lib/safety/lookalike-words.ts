/**
 * Words scammers glue to a brand ("combosquatting", dnstwist's "dictionary" fuzzer):
 * harborline-support.com, harborlineverify.net, secure-harborline-login.io.
 * Pinyin words are here because this help center also serves Chinese readers
 * (kefu 客服 = customer service, guanfang 官方 = official).
 */

export const SCAM_WORDS: ReadonlySet<string> = new Set([
  'account', 'accounts', 'admin', 'airdrop', 'alert', 'app', 'apps', 'asia', 'auth', 'bonus', 'bot', 'care',
  'center', 'centre', 'chat', 'check', 'claim', 'cn', 'com', 'connect', 'crypto', 'customer', 'dapp',
  'desk', 'direct', 'exchange', 'get', 'gift', 'global', 'go', 'guanfang', 'help', 'helpdesk', 'hq',
  'id', 'info', 'kefu', 'kyc', 'live', 'login', 'mail', 'my', 'net', 'new', 'now', 'official',
  'online', 'org', 'pay', 'portal', 'pro', 'promo', 'recover', 'recovery', 'refund', 'restore',
  'reward', 'rewards', 'safe', 'secure', 'security', 'service', 'services', 'signin', 'staking',
  'support', 'sync', 'team', 'the', 'token', 'unlock', 'update', 'us', 'validate', 'verification',
  'verify', 'vip', 'wallet', 'web', 'withdraw', 'www', 'zh',
]);

const DIGITS = /^\d+$/;

/**
 * True when `text` splits entirely into known words (and digit runs, as in
 * "harborline24"); `extraWords` adds words that count too, e.g. the official TLD.
 */
export function isMadeOfWords(text: string, extraWords: ReadonlySet<string> = new Set()): boolean {
  return splitIntoWords(text, extraWords) !== null;
}

/** Word-break by dynamic programming; null when some part is not a word. */
export function splitIntoWords(text: string, extraWords: ReadonlySet<string> = new Set()): string[] | null {
  const isWord = (piece: string) => SCAM_WORDS.has(piece) || extraWords.has(piece) || DIGITS.test(piece);
  const best: (string[] | null)[] = [[]];
  for (let end = 1; end <= text.length; end++) {
    best[end] = null;
    for (let start = 0; start < end; start++) {
      const before = best[start];
      const piece = text.slice(start, end);
      if (before && isWord(piece)) {
        best[end] = [...before, piece];
        break;
      }
    }
  }
  return text.length > 0 ? (best[text.length] ?? null) : null;
}

/**
 * Peels known words off both ends of a name ("securehaborlinelogin" → "haborline"), so a
 * misspelt brand inside a word-salad can still be compared with the brand. Stops before
 * the core gets shorter than `minCoreLength`; returns the words peeled off.
 */
export function peelWords(name: string, minCoreLength: number): { core: string; words: string[] } {
  const tokens = name.split(/[-_.]+/).filter(Boolean);
  const kept = tokens.filter((token) => !SCAM_WORDS.has(token) && !DIGITS.test(token));
  const words = tokens.filter((token) => !kept.includes(token));
  if (kept.length !== 1) return { core: name, words: [] };
  let core = kept[0] ?? '';
  const longestFirst = [...SCAM_WORDS].sort((a, b) => b.length - a.length);
  let peeled = true;
  while (peeled) {
    peeled = false;
    for (const word of longestFirst) {
      if (core.length - word.length < minCoreLength) continue;
      if (core.startsWith(word)) core = core.slice(word.length);
      else if (core.endsWith(word)) core = core.slice(0, -word.length);
      else continue;
      words.push(word);
      peeled = true;
      break;
    }
  }
  return { core, words };
}
