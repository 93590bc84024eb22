/**
 * Types of the official-channel verifier (see ./verify.ts).
 *
 * Every `Reason` is a machine-readable code with data; the UI turns codes into English and
 * Chinese sentences. No reason ever means "safe": the best a verdict can say is that the
 * input is on the official list, and even then some reasons carry a caveat.
 */

/** What Harborline publishes as its own channels. */
export interface OfficialChannels {
  brand: string;
  /** Registrable domains (or hosts) the exchange controls; their subdomains are official too. */
  domains: string[];
  /** Exact addresses; another address at an official domain is NOT official (see `unlisted-address`). */
  emails: string[];
  /** E.164 numbers, e.g. "+14155550100". */
  phones: string[];
  /** True when the exchange never places calls to customers. */
  neverCalls: boolean;
  social: OfficialSocialAccount[];
}

export interface OfficialSocialAccount {
  /** Display name of the network, e.g. "X (Twitter)". */
  network: string;
  /** The handle, with or without "@". */
  handle: string;
  /** The profile URL; its host tells which network this is. */
  url: string;
}

export type ChannelKind = 'url' | 'domain' | 'email' | 'phone' | 'handle' | 'unknown';

/**
 * How a look-alike imitates an official name. The first fourteen follow dnstwist's fuzzers;
 * `confusable` is a UTS #39 skeleton match with non-ASCII characters; the rest:
 * - `tld-in-name`: the official domain with its dot dropped or hyphenated (harborline-example.com);
 * - `contains-brand`: the brand plus text that is not a known scam word;
 * - `similar`: within two edits of the brand, but no single technique explains it.
 */
export type Technique =
  | 'omission'
  | 'addition'
  | 'repetition'
  | 'replacement'
  | 'transposition'
  | 'vowel-swap'
  | 'insertion'
  | 'hyphenation'
  | 'bitsquatting'
  | 'homoglyph'
  | 'plural'
  | 'wrong-tld'
  | 'subdomain-of-other'
  | 'dictionary'
  | 'confusable'
  | 'tld-in-name'
  | 'contains-brand'
  | 'similar';

/** Where, outside the real host, a link or address shows the brand. */
export type BrandPlacement = 'path' | 'query' | 'fragment' | 'local-part' | 'display-name';

export type UnparseableProblem = 'empty' | 'too-long' | 'malformed' | 'internal-error';

export type Reason =
  // --- on the list ---
  | { code: 'exact-match'; channel: 'domain'; domain: string }
  | { code: 'exact-match'; channel: 'email'; address: string }
  | { code: 'exact-match'; channel: 'phone'; phone: string }
  | { code: 'exact-match'; channel: 'social'; network: string; handle: string; url: string }
  // --- caveats that hold even for a listed channel ---
  /** A From line is easy to forge: a listed address proves nothing about who sent the mail. */
  | { code: 'sender-can-be-forged' }
  /** Caller ID is easy to spoof: a listed number on the screen proves nothing about who calls. */
  | { code: 'caller-id-can-be-spoofed' }
  /** The text used fullwidth or other compatibility characters; they were read as plain ones. */
  | { code: 'compatibility-characters' }
  // --- not on the list ---
  | { code: 'not-listed' }
  | { code: 'lookalike'; technique: Technique; resembles: string }
  | { code: 'punycode'; encoded: string; decoded: string }
  | { code: 'mixed-script'; label: string; scripts: string[] }
  /** Zero-width, bidi or other invisible characters; `cleaned` is the text without them. */
  | { code: 'invisible-characters'; cleaned: string }
  | { code: 'insecure-scheme'; scheme: string }
  | { code: 'unsupported-scheme'; scheme: string }
  /** https://harborline.example@evil.io: the part before "@" is decoration, `realHost` is where it goes. */
  | { code: 'credentials-in-url'; userinfo: string; realHost: string }
  | { code: 'unexpected-port'; port: string }
  /**
   * A backslash in a link: browsers read it as "/", other URL parsers (chat apps, mail
   * filters) as part of the user name, so "https://harborline.example\@evil.io" can lead
   * to either host depending on where it is clicked.
   */
  | { code: 'backslash-in-url' }
  /** "harborl%69ne.example": a host written with percent-escapes, which only disguise it. */
  | { code: 'percent-encoded-host' }
  | { code: 'ip-address'; host: string }
  | { code: 'brand-outside-host'; where: BrandPlacement; realHost: string }
  /** An address at an official domain that is not on the list of addresses. */
  | { code: 'unlisted-address'; domain: string }
  /** "support@harborline.example <x@evil.io>": the display name shows another address. */
  | { code: 'display-name-other-address'; shown: string }
  | { code: 'free-mail-provider'; domain: string }
  | { code: 'we-never-call' }
  | { code: 'missing-country-code' }
  /** An official handle, but on a network where that handle is not ours. */
  | { code: 'handle-wrong-network'; network: string; handle: string; officialOn: string[] }
  | { code: 'handle-lookalike'; technique: Technique; resembles: string; network?: string }
  | { code: 'unparseable'; problem: UnparseableProblem };

export type ReasonCode = Reason['code'];

export interface Verdict {
  verdict: 'official' | 'not-official';
  kind: ChannelKind;
  /** The input as it was understood: canonical URL, ASCII host, address, E.164-ish number, @handle. */
  normalized: string;
  reasons: Reason[];
}

/** What a kind-specific check finds; `verifyChannel` derives the verdict from the reasons. */
export type Assessment = Omit<Verdict, 'verdict'>;
