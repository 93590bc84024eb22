import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { explainName } from '../../lib/safety/lookalike';
import { areKeyboardNeighbours } from '../../lib/safety/lookalike-keyboard';
import { isSuspiciousScriptMix, scriptsIn, skeleton, visualFold } from '../../lib/safety/lookalike-visual';
import { isOfficial, MAX_INPUT_LENGTH, verifyChannel, type OfficialChannels, type Reason, type Technique, type Verdict } from '../../lib/safety/verify';
import { canonicalHost, splitHost } from '../../lib/safety/verify-host';
import { detectKind } from '../../lib/safety/verify-input';
import { decodePunycode, hostToUnicode } from '../../lib/safety/verify-punycode';

const OFFICIAL: OfficialChannels = {
  brand: 'Harborline',
  domains: ['harborline.example'],
  emails: ['support@harborline.example'],
  phones: [],
  neverCalls: true,
  social: [
    { network: 'X (Twitter)', handle: '@HarborlineHelp', url: 'https://x.com/HarborlineHelp' },
    { network: 'Telegram', handle: '@HarborlineOfficial', url: 'https://t.me/HarborlineOfficial' },
    { network: 'Facebook', handle: 'HarborlineExchange', url: 'https://www.facebook.com/HarborlineExchange' },
  ],
};

/** The same exchange with a hotline it publishes (it still never calls out). */
const WITH_HOTLINE: OfficialChannels = { ...OFFICIAL, phones: ['+14155550100'], neverCalls: false };

const verify = (input: string, official: OfficialChannels = OFFICIAL) => verifyChannel(input, official);
const codes = (verdict: Verdict) => verdict.reasons.map((reason) => reason.code);
const lookalikeTechniques = (verdict: Verdict): Technique[] =>
  verdict.reasons.flatMap((reason) => (reason.code === 'lookalike' || reason.code === 'handle-lookalike' ? [reason.technique] : []));

// -------------------------------------------------------------------------------------------------
// The verdict table: at least three look-alikes for every technique.

const LOOKALIKES: Record<Technique, readonly string[]> = {
  omission: ['harborlne.example', 'harbrline.com', 'arborline.example', 'https://harborlin.io/login'],
  addition: ['harborlinex.example', 'harborline1.com', 'xharborline.example', 'https://harborlinez.io'],
  repetition: ['harborrline.example', 'haarborline.com', 'harborlinne.io', 'harbborline.example'],
  replacement: ['harvorline.example', 'jarborline.com', 'harborlibe.io', 'harnorline.example', 'hatborline.com'],
  transposition: ['hraborline.example', 'harbolrine.com', 'harborlien.io'],
  'vowel-swap': ['harburline.example', 'herborline.com', 'harborlane.io'],
  insertion: ['harbporline.example', 'harborlkine.com', 'hasrborline.io'],
  hyphenation: ['harbor-line.example', 'har-borline.com', 'h-arborline.io', 'harbor-li-ne.example'],
  bitsquatting: ['hcrborline.example', 'ha2borline.com', 'harbosline.io', 'harborlhne.example'],
  homoglyph: ['harb0rline.example', 'harbor1ine.com', 'https://harborIine.io', 'hàrborline.example', 'harborllne.example'],
  plural: ['harborlines.com', 'harborlines.example', 'harborlinees.io'],
  'wrong-tld': ['harborline.com', 'harborline.io', 'harborline.co.uk', 'https://harborline.com.cn/'],
  'subdomain-of-other': [
    'https://harborline.example.evil.io',
    'harborline.secure-login.io',
    'login.harborline.example-verify.com',
    'harborline.github.io',
    'harbor.line.io',
    'harb0rline.evil.io',
  ],
  dictionary: [
    'harborline-support.com',
    'harborlineverify.net',
    'secure-harborline-login.io',
    'harborline-kyc.example',
    'harborlineairdrop.com',
    'kefu-harborline.cn',
    'harborline-official-wallet.com',
  ],
  confusable: ['hаrborline.example', 'harbοrline.example', 'harborlіne.example', 'һarborline.com', 'https://xn--hrborline-0yh.example'],
  'tld-in-name': ['harborline-example.com', 'harborlineexample.io', 'www-harborline-example.com'],
  'contains-brand': ['myharborlinexyz.com', 'harborline-zebra.com', 'theharborlinefoo.io'],
  similar: ['harbrlne.com', 'hrborlin.io', 'harbarlene.com'],
};

describe('verifyChannel: look-alike domains', () => {
  for (const [technique, inputs] of Object.entries(LOOKALIKES) as [Technique, readonly string[]][]) {
    it(`has at least three examples of ${technique}`, () => {
      expect(inputs.length).toBeGreaterThanOrEqual(3);
    });
    it.each(inputs)(`%s is not official: ${technique}`, (input) => {
      const verdict = verify(input);
      expect(verdict.verdict).toBe('not-official');
      expect(lookalikeTechniques(verdict)).toContain(technique);
      expect(codes(verdict)).toContain('not-listed');
      for (const reason of verdict.reasons) if (reason.code === 'lookalike') expect(reason.resembles).toBe('harborline.example');
    });
  }

  it.each([
    ['harb0rline-support.com', ['homoglyph', 'dictionary']],
    ['harbrline-support.com', ['omission', 'dictionary']],
    ['secureharb0rline.io', ['homoglyph', 'dictionary']],
    ['harb0rline.io', ['homoglyph', 'wrong-tld']],
    ['harb0rline.evil.io', ['subdomain-of-other', 'homoglyph']],
    ['hаrborline-verify.com', ['confusable', 'dictionary']],
  ] as const)('explains a combination: %s', (input, techniques) => {
    const found = lookalikeTechniques(verify(input));
    for (const technique of techniques) expect(found).toContain(technique);
  });

  it.each(['example.com', 'google.com', 'binance.com', 'https://evil.io/', 'sub.domain.org', 'harbour.co.uk', 'line.me'])(
    '%s resembles nothing, so it is only not-listed (and never "safe")',
    (input) => {
      const verdict = verify(input);
      expect(verdict.verdict).toBe('not-official');
      expect(codes(verdict)).toEqual(['not-listed']);
    },
  );
});

// -------------------------------------------------------------------------------------------------
// Every official channel in several spellings.

const OFFICIAL_SPELLINGS: readonly string[] = [
  'harborline.example',
  'HARBORLINE.EXAMPLE',
  'Harborline.Example/',
  'https://harborline.example',
  'https://harborline.example/',
  'HTTPS://HARBORLINE.EXAMPLE/LOGIN',
  'https://www.harborline.example/login?next=/wallet#top',
  'www.harborline.example',
  'help.harborline.example',
  'https://help.harborline.example/articles/2fa',
  'https://harborline.example:443/',
  'harborline.example.',
  'https://harborline.example./',
  '<https://harborline.example>',
  'ｈａｒｂｏｒｌｉｎｅ．ｅｘａｍｐｌｅ',
  'harborline。example',
  'support@harborline.example',
  'SUPPORT@HARBORLINE.EXAMPLE',
  'mailto:support@harborline.example',
  'mailto:support@harborline.example?subject=Withdrawal',
  'Harborline Support <support@harborline.example>',
  '"Harborline" <Support@Harborline.Example>',
  '<support@harborline.example>',
  '@HarborlineHelp',
  '@harborlinehelp',
  'HarborlineHelp',
  '＠HarborlineHelp',
  '@HarborlineOfficial',
  '@HarborlineExchange',
  'https://x.com/HarborlineHelp',
  'x.com/HarborlineHelp',
  'https://twitter.com/harborlinehelp',
  'https://mobile.twitter.com/HarborlineHelp/status/1234567890',
  'https://www.x.com/HarborlineHelp/',
  'https://t.me/HarborlineOfficial',
  't.me/HarborlineOfficial',
  'https://t.me/s/HarborlineOfficial',
  'https://telegram.me/harborlineofficial',
  'https://www.facebook.com/HarborlineExchange',
  'https://m.facebook.com/HarborlineExchange/',
  'facebook.com/harborlineexchange',
];

describe('verifyChannel: official channels', () => {
  it.each(OFFICIAL_SPELLINGS)('%s is official', (input) => {
    const verdict = verify(input);
    expect(verdict.verdict).toBe('official');
    expect(codes(verdict)).toContain('exact-match');
  });

  it('reports the official domain that matched', () => {
    expect(verify('https://help.harborline.example/x').reasons).toContainEqual({ code: 'exact-match', channel: 'domain', domain: 'harborline.example' });
  });

  it('says which network a bare handle belongs to', () => {
    expect(verify('@HarborlineHelp').reasons).toEqual([
      { code: 'exact-match', channel: 'social', network: 'X (Twitter)', handle: '@HarborlineHelp', url: 'https://x.com/HarborlineHelp' },
    ]);
    expect(verify('@harborlineofficial').reasons).toContainEqual(expect.objectContaining({ network: 'Telegram' }));
  });

  it('warns that a listed sender address can still be forged', () => {
    expect(codes(verify('support@harborline.example'))).toEqual(['exact-match', 'sender-can-be-forged']);
  });

  it('notes fullwidth characters but still reads them as what the browser would', () => {
    expect(codes(verify('ｈａｒｂｏｒｌｉｎｅ.example'))).toEqual(['compatibility-characters', 'exact-match']);
  });

  it('normalises what it understood', () => {
    expect(verify('HARBORLINE.EXAMPLE.').normalized).toBe('harborline.example');
    expect(verify('HTTPS://WWW.HARBORLINE.EXAMPLE').normalized).toBe('https://www.harborline.example/');
    expect(verify('Harborline <Support@Harborline.Example>').normalized).toBe('support@harborline.example');
    expect(verify('+1 (415) 555-0100', WITH_HOTLINE).normalized).toBe('+14155550100');
  });
});

// -------------------------------------------------------------------------------------------------
// Classic tricks.

describe('verifyChannel: classic tricks', () => {
  it.each<[string, Reason['code'][]]>([
    ['https://harborline.example.evil.io', ['lookalike', 'not-listed']],
    ['https://evil.io/harborline.example', ['brand-outside-host', 'not-listed']],
    ['https://harborline.example@evil.io', ['credentials-in-url', 'not-listed']],
    ['https://harborline.example:password@evil.io/login', ['credentials-in-url', 'not-listed']],
    ['https://evil.io\\@harborline.example', ['backslash-in-url', 'brand-outside-host', 'not-listed']],
    ['https://evil.io/?next=https://harborline.example', ['brand-outside-host', 'not-listed']],
    ['https://evil.io/#harborline', ['brand-outside-host', 'not-listed']],
    ['https://192.168.1.1/harborline/login', ['ip-address', 'brand-outside-host', 'not-listed']],
    ['http://[::1]/', ['ip-address', 'not-listed']],
    ['harborline-example.com', ['lookalike', 'not-listed']],
    ['https://harborline.example%2eevil.io', ['percent-encoded-host', 'lookalike', 'not-listed']],
    ['javascript:alert(1)', ['unsupported-scheme']],
    ['data:text/html,<h1>Harborline</h1>', ['unsupported-scheme']],
  ])('%s → %j', (input, expected) => {
    const verdict = verify(input);
    expect(verdict.verdict).toBe('not-official');
    expect(codes(verdict)).toEqual(expected);
  });

  it.each<[string, Reason['code']]>([
    ['http://harborline.example', 'insecure-scheme'],
    ['http://www.harborline.example/login', 'insecure-scheme'],
    ['https://harborline.example:8443/', 'unexpected-port'],
    ['harborline.example:8080', 'unexpected-port'],
    ['https://user:pass@harborline.example/', 'credentials-in-url'],
    ['https://evil@harborline.example', 'credentials-in-url'],
    ['https://harborline.example\\@evil.io', 'backslash-in-url'],
    ['https://harborl%69ne.example', 'percent-encoded-host'],
    ['harbor\u200Bline.example', 'invisible-characters'],
    ['\u202Eharborline.example', 'invisible-characters'],
    ['support@harbor\u00ADline.example', 'invisible-characters'],
    // A byte-order mark is whitespace to String.prototype.trim, yet takes no room on screen like the rest.
    ['\uFEFFharborline.example', 'invisible-characters'],
    ['harborline.example\uFEFF', 'invisible-characters'],
    ['http://x.com/HarborlineHelp', 'insecure-scheme'],
  ])('%s is an official channel written as we never write it → not-official (%s)', (input, code) => {
    const verdict = verify(input);
    expect(verdict.verdict).toBe('not-official');
    expect(codes(verdict)).toContain(code);
    expect(codes(verdict)).toContain('exact-match');
  });

  it('decodes punycode and names the scripts mixed in a label', () => {
    const verdict = verify('https://xn--hrborline-0yh.example/login');
    expect(verdict.reasons).toContainEqual({ code: 'punycode', encoded: 'xn--hrborline-0yh.example', decoded: 'hаrborline.example' });
    expect(verdict.reasons).toContainEqual({ code: 'mixed-script', label: 'hаrborline', scripts: ['Latin', 'Cyrillic'] });
    expect(lookalikeTechniques(verdict)).toEqual(['confusable']);
  });

  it('encodes a pasted Unicode look-alike the way the browser will', () => {
    const verdict = verify('https://hаrborline.example');
    expect(verdict.normalized).toBe('https://xn--hrborline-0yh.example/');
    expect(verdict.verdict).toBe('not-official');
  });

  it('allows the Latin + Han mix UTS #39 allows, and flags Latin + Cyrillic', () => {
    expect(isSuspiciousScriptMix(scriptsIn('harbor港航'))).toBe(false);
    expect(isSuspiciousScriptMix(scriptsIn('hаrbor'))).toBe(true);
    expect(isSuspiciousScriptMix(scriptsIn('harbor-2024'))).toBe(false);
  });

  it('reads the host the way a browser does', () => {
    expect(verify('https://harborline.example\\@evil.io').normalized).toBe('https://harborline.example/@evil.io');
    expect(verify('https://evil.io\\@harborline.example').normalized).toBe('https://evil.io/@harborline.example');
  });
});

// -------------------------------------------------------------------------------------------------
// E-mail addresses.

describe('verifyChannel: e-mail', () => {
  it('takes the address in angle brackets, not the display name', () => {
    const verdict = verify('Harborline Support <help@harb0rline.io>');
    expect(verdict).toMatchObject({ verdict: 'not-official', kind: 'email', normalized: 'help@harb0rline.io' });
    expect(verdict.reasons).toContainEqual({ code: 'brand-outside-host', where: 'display-name', realHost: 'harb0rline.io' });
    expect(lookalikeTechniques(verdict)).toContain('homoglyph');
  });

  it('does not bless the listed address disguised with percent codes (found by the property test)', () => {
    const verdict = verify('mailto:support@harborline%2eexample');
    expect(verdict.verdict).toBe('not-official');
    expect(verdict.reasons).toContainEqual({ code: 'percent-encoded-host' });
  });

  it('flags a display name that shows another address', () => {
    const verdict = verify('"support@harborline.example" <support@harborline-help.com>');
    expect(verdict.verdict).toBe('not-official');
    expect(verdict.reasons).toContainEqual({ code: 'display-name-other-address', shown: 'support@harborline.example' });
    expect(lookalikeTechniques(verdict)).toContain('dictionary');
  });

  it('does not bless an unlisted address at the official domain', () => {
    const verdict = verify('security@harborline.example');
    expect(verdict.verdict).toBe('not-official');
    expect(verdict.reasons).toEqual([{ code: 'unlisted-address', domain: 'harborline.example' }, { code: 'sender-can-be-forged' }]);
    expect(verify('support+refund@harborline.example').verdict).toBe('not-official');
    expect(verify('support@mail.harborline.example').reasons[0]).toEqual({ code: 'unlisted-address', domain: 'harborline.example' });
  });

  it.each<[string, Reason]>([
    ['harborline.support@gmail.com', { code: 'free-mail-provider', domain: 'gmail.com' }],
    ['harborline.support@gmail.com', { code: 'brand-outside-host', where: 'local-part', realHost: 'gmail.com' }],
    ['harborline.example@evil.io', { code: 'brand-outside-host', where: 'local-part', realHost: 'evil.io' }],
    ['港航客服 <kefu@qq.com>', { code: 'free-mail-provider', domain: 'qq.com' }],
    ['support@harborline.example.evil.io', { code: 'lookalike', technique: 'subdomain-of-other', resembles: 'harborline.example' }],
    ['support@xn--hrborline-0yh.example', { code: 'lookalike', technique: 'confusable', resembles: 'harborline.example' }],
    ['support@hаrborline.example', { code: 'lookalike', technique: 'confusable', resembles: 'harborline.example' }],
    ['support@harborline.com', { code: 'lookalike', technique: 'wrong-tld', resembles: 'harborline.example' }],
  ])('%s → %j', (input, reason) => {
    const verdict = verify(input);
    expect(verdict.verdict).toBe('not-official');
    expect(verdict.reasons).toContainEqual(reason);
  });

  it.each(['support@', '@harborline', 'not an address <>', 'a b@c.io'])('%s is unparseable or not an address', (input) => {
    expect(verify(input).verdict).toBe('not-official');
  });
});

// -------------------------------------------------------------------------------------------------
// Phone numbers.

describe('verifyChannel: phone numbers', () => {
  it.each(['+14155550100', '+1 415 555 0100', '+1 (415) 555-0100', '001-415-555-0100', '00 1 415 555 0100', '+1.415.555.0100', 'tel:+1-415-555-0100', '＋１ ４１５ ５５５ ０１００'])(
    '%s is the listed hotline',
    (input) => {
      const verdict = verify(input, WITH_HOTLINE);
      expect(verdict).toMatchObject({ verdict: 'official', kind: 'phone' });
      expect(verdict.reasons).toContainEqual({ code: 'exact-match', channel: 'phone', phone: '+14155550100' });
      expect(codes(verdict)).toContain('caller-id-can-be-spoofed');
    },
  );

  it.each(['+1 415 555 0199', '+44 20 7946 0958', '+86 138 0013 8000'])('%s is not listed', (input) => {
    expect(verify(input, WITH_HOTLINE)).toMatchObject({ verdict: 'not-official', reasons: [{ code: 'not-listed' }] });
  });

  it('does not guess a country code', () => {
    const verdict = verify('(415) 555-0100', WITH_HOTLINE);
    expect(verdict.verdict).toBe('not-official');
    expect(codes(verdict)).toEqual(['not-listed', 'missing-country-code']);
  });

  it.each(['+1 415 555 0100', '+86 400 820 8820', '400-820-8820', '0800 123 4567'])('%s: we never call', (input) => {
    const verdict = verify(input);
    expect(verdict.verdict).toBe('not-official');
    expect(codes(verdict)[0]).toBe('we-never-call');
  });

  it('keeps "we never call" on a listed number when the exchange never calls', () => {
    const verdict = verify('+14155550100', { ...WITH_HOTLINE, neverCalls: true });
    expect(verdict.verdict).toBe('official');
    expect(codes(verdict)).toEqual(['exact-match', 'caller-id-can-be-spoofed', 'we-never-call']);
  });
});

// -------------------------------------------------------------------------------------------------
// Handles.

describe('verifyChannel: social handles', () => {
  it.each<[string, Technique, string]>([
    ['@HarborlineHelpDesk', 'dictionary', '@HarborlineHelp'],
    ['@Harborline_Support', 'dictionary', 'Harborline'],
    ['@HarborlineSupport', 'dictionary', 'Harborline'],
    ['@Harborline_Help', 'hyphenation', '@HarborlineHelp'],
    ['@Harborline.Help', 'hyphenation', '@HarborlineHelp'],
    ['@HarborIineHelp', 'homoglyph', '@HarborlineHelp'],
    ['@HarborlineHe1p', 'homoglyph', '@HarborlineHelp'],
    ['@HarborlineHlep', 'transposition', '@HarborlineHelp'],
    ['@HarborlineHelpp', 'repetition', '@HarborlineHelp'],
    ['@HarborlineOficial', 'omission', '@HarborlineOfficial'],
    ['@HarborlineOfficiaI', 'homoglyph', '@HarborlineOfficial'],
    ['@HarborlineOfficial_bot', 'dictionary', '@HarborlineOfficial'],
    ['@НarborlineHelp', 'confusable', '@HarborlineHelp'],
    ['@HarborlineExchanges', 'plural', '@HarborlineExchange'],
  ])('%s looks like an official handle (%s of %s)', (input, technique, resembles) => {
    const verdict = verify(input);
    expect(verdict).toMatchObject({ verdict: 'not-official', kind: 'handle' });
    expect(verdict.reasons).toContainEqual(expect.objectContaining({ code: 'handle-lookalike', technique, resembles }));
  });

  it('names the network of the account a look-alike URL imitates', () => {
    const verdict = verify('https://x.com/HarborlineHe1p');
    expect(verdict.reasons[0]).toEqual({ code: 'handle-lookalike', technique: 'homoglyph', resembles: '@HarborlineHelp', network: 'X (Twitter)' });
  });

  it.each<[string, string, string[]]>([
    ['https://t.me/HarborlineHelp', 'Telegram', ['X (Twitter)']],
    ['https://instagram.com/HarborlineHelp', 'Instagram', ['X (Twitter)']],
    ['https://x.com/HarborlineExchange', 'X (Twitter)', ['Facebook']],
    ['https://www.facebook.com/HarborlineOfficial', 'Facebook', ['Telegram']],
    ['https://www.tiktok.com/@HarborlineHelp', 'TikTok', ['X (Twitter)']],
  ])('%s is an official handle on the wrong network', (input, network, officialOn) => {
    const verdict = verify(input);
    expect(verdict.verdict).toBe('not-official');
    expect(verdict.reasons[0]).toMatchObject({ code: 'handle-wrong-network', network, officialOn });
  });

  it.each(['@elonmusk', 'https://x.com/elonmusk', 'https://x.com/', 'https://t.me/+AbCdEfGh', 'https://www.facebook.com/profile.php?id=1000', 'https://x.com/i/flow/login'])(
    '%s is not listed',
    (input) => {
      const verdict = verify(input);
      expect(verdict.verdict).toBe('not-official');
      expect(codes(verdict)).toContain('not-listed');
    },
  );
});

// -------------------------------------------------------------------------------------------------
// Input limits and the building blocks.

describe('verifyChannel: limits', () => {
  it.each<[string, string]>([
    ['', 'empty'],
    ['   \n\t ', 'empty'],
    ['\u200B\u200B', 'empty'],
    ['x'.repeat(MAX_INPUT_LENGTH + 1), 'too-long'],
    ['please check this link for me', 'malformed'],
    ['https://', 'malformed'],
    ['https://a..b.com/', 'malformed'],
  ])('%j is unparseable (%s)', (input, problem) => {
    expect(verify(input)).toMatchObject({ verdict: 'not-official', reasons: [{ code: 'unparseable', problem }] });
  });

  it('accepts exactly the maximum length', () => {
    const input = `https://harborline.example/${'a'.repeat(MAX_INPUT_LENGTH - 27)}`;
    expect(input.length).toBe(MAX_INPUT_LENGTH);
    expect(verify(input).verdict).toBe('official');
  });

  it('survives input that is not a string (JavaScript callers)', () => {
    expect(verifyChannel(undefined as unknown as string, OFFICIAL).verdict).toBe('not-official');
  });

  it.each<[string, string]>([
    ['https://harborline.example', 'url'],
    ['harborline.example', 'domain'],
    ['harborline.example/login', 'url'],
    ['harborline.example:8080', 'url'],
    ['support@harborline.example', 'email'],
    ['Harborline <support@harborline.example>', 'email'],
    ['mailto:support@harborline.example', 'email'],
    ['@HarborlineHelp', 'handle'],
    ['HarborlineHelp', 'handle'],
    ['+1 415 555 0100', 'phone'],
    ['tel:4155550100', 'phone'],
    ['192.168.1.1', 'domain'],
    ['hello there', 'unknown'],
  ])('classifies %s as %s', (input, kind) => {
    expect(detectKind(input)).toBe(kind);
  });
});

describe('the official list', () => {
  it('ignores a domain entry that is not a bare host instead of trusting "https"', () => {
    const misconfigured = { ...OFFICIAL, domains: ['https://harborline.example'] };
    expect(verifyChannel('https://evil.https/', misconfigured).verdict).toBe('not-official');
    expect(verifyChannel('https://harborline.example', misconfigured).verdict).toBe('not-official');
  });

  it('still recognises the brand when no domain is listed', () => {
    const verdict = verifyChannel('harborline-support.com', { ...OFFICIAL, domains: [] });
    expect(verdict.reasons).toContainEqual({ code: 'lookalike', technique: 'dictionary', resembles: 'Harborline' });
  });

  it('treats subdomains of every listed domain as official', () => {
    const two = { ...OFFICIAL, domains: ['harborline.example', 'harborline-status.example'] };
    expect(verifyChannel('https://api.harborline-status.example/', two).verdict).toBe('official');
    expect(verifyChannel('harborline-status.example.evil.io', two).verdict).toBe('not-official');
  });
});

describe('hosts and the public suffix list', () => {
  it('treats the reserved .example like any unknown TLD: the last label is the suffix', () => {
    expect(splitHost('www.harborline.example')).toMatchObject({ registrable: 'harborline.example', label: 'harborline', suffix: 'example', subdomainLabels: ['www'] });
  });

  it('knows multi-label suffixes and keeps hosting platforms out of the registrable domain', () => {
    expect(splitHost('harborline.co.uk')).toMatchObject({ registrable: 'harborline.co.uk', label: 'harborline', suffix: 'co.uk' });
    expect(splitHost('harborline.github.io')).toMatchObject({ registrable: 'github.io', label: 'github', subdomainLabels: ['harborline'] });
    expect(splitHost('harborline.example.evil.io')).toMatchObject({ registrable: 'evil.io', subdomainLabels: ['harborline', 'example'] });
  });

  it('falls back to the last labels where tldts finds no domain', () => {
    expect(splitHost('harborline')).toMatchObject({ registrable: 'harborline', label: 'harborline', suffix: '' });
    expect(splitHost('ex_ample.com')).toMatchObject({ registrable: 'ex_ample.com', label: 'ex_ample', suffix: 'com' });
  });

  it('canonicalises hosts as the browser does', () => {
    expect(canonicalHost('HARBORLINE.EXAMPLE.')).toBe('harborline.example');
    expect(canonicalHost('ｈａｒｂｏｒｌｉｎｅ.example')).toBe('harborline.example');
    expect(canonicalHost('bad host')).toBeNull();
  });
});

describe('look-alike building blocks', () => {
  it('computes UTS #39 skeletons', () => {
    expect(skeleton('hаrborline')).toBe('harborline'); // Cyrillic а
    expect(skeleton('m')).toBe('rn');
    expect(skeleton('I')).toBe('l');
    expect(skeleton('1')).toBe('l');
    expect(visualFold('rnoon')).toBe(visualFold('moon'));
    expect(visualFold('vvallet')).toBe(visualFold('wallet'));
    expect(visualFold('HARB0RLINE')).toBe(visualFold('harborline'));
  });

  it('finds rn for m in a brand that has an m', () => {
    expect(explainName('rnetamask', { name: 'metamask', suffix: 'io' })).toEqual(['homoglyph']);
    expect(explainName('metamasks', { name: 'metamask', suffix: 'io' })).toEqual(['plural']);
  });

  it('knows keyboard neighbours on QWERTY, QWERTZ and AZERTY', () => {
    expect(areKeyboardNeighbours('o', 'p')).toBe(true);
    expect(areKeyboardNeighbours('t', 'z')).toBe(true); // QWERTZ
    expect(areKeyboardNeighbours('a', 'z')).toBe(true);
    expect(areKeyboardNeighbours('a', 'p')).toBe(false);
  });

  it('decodes Punycode', () => {
    expect(decodePunycode('hrborline-0yh')).toBe('hаrborline');
    expect(decodePunycode('4ca')).toBe('ä');
    expect(decodePunycode('fsq')).toBe('例');
    expect(decodePunycode('!!')).toBeNull();
    expect(hostToUnicode('xn--fiqs8s.xn--fiqz9s')).toBe('中国.中國');
  });

  it('round-trips every host the URL parser encodes', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', minLength: 1, maxLength: 20 }), (label) => {
        const host = canonicalHost(`${label}.example`);
        if (host === null) return;
        expect(canonicalHost(hostToUnicode(host))).toBe(host);
      }),
      { numRuns: 500 },
    );
  });
});

// -------------------------------------------------------------------------------------------------
// dnstwist-style variants of the brand, all of them, must never pass.

const QWERTY: Record<string, string> = {
  '1': '2q', '2': '3wq1', '3': '4ew2', '4': '5re3', '5': '6tr4', '6': '7yt5', '7': '8uy6', '8': '9iu7', '9': '0oi8', '0': 'po9',
  q: '12wa', w: '3esaq2', e: '4rdsw3', r: '5tfde4', t: '6ygfr5', y: '7uhgt6', u: '8ijhy7', i: '9okju8', o: '0plki9', p: 'lo0',
  a: 'qwsz', s: 'edxzaw', d: 'rfcxse', f: 'tgvcdr', g: 'yhbvft', h: 'ujnbgy', j: 'ikmnhu', k: 'olmji', l: 'kop',
  z: 'asx', x: 'zsdc', c: 'xdfv', v: 'cfgb', b: 'vghn', n: 'bhjm', m: 'njk',
};

function brandVariants(brand: string): Record<string, string[]> {
  const indices = [...brand].map((_, i) => i);
  const at = (i: number) => brand[i] ?? '';
  const replaceAt = (i: number, text: string) => brand.slice(0, i) + text + brand.slice(i + 1);
  return {
    omission: indices.map((i) => replaceAt(i, '')),
    repetition: indices.map((i) => replaceAt(i, at(i) + at(i))),
    transposition: indices.slice(0, -1).map((i) => brand.slice(0, i) + at(i + 1) + at(i) + brand.slice(i + 2)),
    replacement: indices.flatMap((i) => [...(QWERTY[at(i)] ?? '')].map((key) => replaceAt(i, key))),
    insertion: indices.slice(1, -1).flatMap((i) => [...(QWERTY[at(i)] ?? '')].flatMap((key) => [replaceAt(i, key + at(i)), replaceAt(i, at(i) + key)])),
    addition: [...'abcdefghijklmnopqrstuvwxyz0123456789'].map((char) => brand + char),
    'vowel-swap': indices.flatMap((i) => ('aeiou'.includes(at(i)) ? [...'aeiou'].map((vowel) => replaceAt(i, vowel)) : [])),
    hyphenation: indices.slice(1).map((i) => `${brand.slice(0, i)}-${brand.slice(i)}`),
    bitsquatting: indices.flatMap((i) =>
      [1, 2, 4, 8, 16, 32, 64, 128].map((mask) => replaceAt(i, String.fromCharCode(at(i).charCodeAt(0) ^ mask))).filter((variant) => /^[a-z0-9][a-z0-9-]*[a-z0-9]$/.test(variant)),
    ),
    homoglyph: indices.flatMap((i) => [...({ o: '0ο', l: '1Iі', i: '1lі', a: 'аα', e: 'е', h: 'һ', r: 'г', n: 'п' }[at(i)] ?? '')].map((glyph) => replaceAt(i, glyph))),
    plural: [`${brand}s`, `${brand}es`],
    dictionary: ['support', 'help', 'verify', 'login', 'secure', 'wallet', 'official', 'service', 'kyc', 'airdrop'].flatMap((word) => [
      `${brand}-${word}`,
      `${brand}${word}`,
      `${word}-${brand}`,
      `${word}${brand}`,
    ]),
  };
}

/** dnstwist's homoglyph fuzzer mixes ASCII and Unicode look-alikes; we name the Unicode ones 'confusable'. */
const namedAfter = (fuzzer: string): string[] => (fuzzer === 'homoglyph' ? ['homoglyph', 'confusable'] : [fuzzer]);

describe('every dnstwist-style variant of the brand', () => {
  const variants = brandVariants('harborline');

  for (const [fuzzer, names] of Object.entries(variants)) {
    it(`rejects all ${fuzzer} variants and explains ${fuzzer === 'addition' ? 'most' : 'all'} of them`, () => {
      const unexplained: string[] = [];
      const otherTechnique: string[] = [];
      for (const name of names.filter((variant) => variant !== 'harborline')) {
        for (const domain of [`${name}.example`, `${name}.com`]) {
          const verdict = verify(domain);
          expect(verdict.verdict, domain).toBe('not-official');
          const techniques = lookalikeTechniques(verdict);
          if (techniques.length === 0) unexplained.push(domain);
          else if (!techniques.some((technique) => namedAfter(fuzzer).includes(technique))) otherTechnique.push(`${domain}: ${techniques.join('+')}`);
        }
      }
      expect(unexplained).toEqual([]);
      // Overlaps are expected (a bit flip can land on a neighbouring key, an added "e" repeats
      // the last letter), but most variants should be named after their own fuzzer.
      expect(otherTechnique.length, otherTechnique.join('\n')).toBeLessThanOrEqual(Math.ceil(names.length * 2 * 0.35));
    });
  }
});

// -------------------------------------------------------------------------------------------------
// Properties.

/** The identifiers on the list, squashed to lower-case letters and digits. */
const LISTED_IDENTIFIERS = ['harborlineexample', 'supportharborlineexample', '14155550100', 'harborlinehelp', 'harborlineofficial', 'harborlineexchange'];
const squash = (text: string) => text.normalize('NFKC').toLowerCase().replace(/[^a-z0-9]/g, '');

/** Official-looking text with up to three random edits. */
const MUTATION_CHARACTERS = [
  ...'aeiolnrsx0134-_.@/:\\%#? ',
  ...['rn', 'vv', '%2e', '\u200B', '\u202E', '\u00AD', 'а', 'ο', 'і', 'һ', 'ｈ', '。', 'Ｉ', 'ß', 'İ'],
];
const mutatedOfficial = fc
  .tuple(
    fc.constantFrom(...OFFICIAL_SPELLINGS, '+1 415 555 0100', 'tel:+14155550100'),
    fc.array(fc.tuple(fc.nat(), fc.constantFrom('insert', 'delete', 'replace'), fc.constantFrom(...MUTATION_CHARACTERS)), { maxLength: 3 }),
  )
  .map(([text, edits]) =>
    edits.reduce((current, [position, edit, char]) => {
      const i = current.length === 0 ? 0 : position % current.length;
      if (edit === 'insert') return current.slice(0, i) + char + current.slice(i);
      if (edit === 'delete') return current.slice(0, i) + current.slice(i + 1);
      return current.slice(0, i) + char + current.slice(i + 1);
    }, text),
  );

function expectWellFormed(verdict: Verdict) {
  expect(['official', 'not-official']).toContain(verdict.verdict);
  expect(verdict.reasons.length).toBeGreaterThan(0);
  expect(verdict.reasons).not.toContainEqual({ code: 'unparseable', problem: 'internal-error' });
  expect(verdict.verdict === 'official').toBe(isOfficial(verdict.reasons));
}

describe('properties', () => {
  it('never throws, and every verdict has reasons', () => {
    const anyText = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 600 }),
      fc.string({ unit: 'grapheme', maxLength: 80 }),
      fc.webUrl({ withQueryParameters: true, withFragments: true }),
      fc.emailAddress(),
      fc.domain(),
      mutatedOfficial,
    );
    fc.assert(
      fc.property(anyText, (input) => {
        for (const official of [OFFICIAL, WITH_HOTLINE]) expectWellFormed(verifyChannel(input, official));
      }),
      { numRuns: 1500 },
    );
  });

  it('calls nothing official unless the text spells a listed channel', () => {
    fc.assert(
      fc.property(mutatedOfficial, (input) => {
        const verdict = verifyChannel(input, WITH_HOTLINE);
        if (verdict.verdict !== 'official') return;
        const squashed = squash(input);
        expect(LISTED_IDENTIFIERS.some((identifier) => squashed.includes(identifier)), input).toBe(true);
      }),
      { numRuns: 6000 },
    );
  });

  it('never calls random text official', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary', maxLength: 200 }), fc.webUrl(), fc.emailAddress(), fc.domain()), (input) => {
        expect(verifyChannel(input, WITH_HOTLINE).verdict).toBe('not-official');
      }),
      { numRuns: 1000 },
    );
  });

  it('never says anything is "safe": not-official verdicts always carry a reason', () => {
    fc.assert(
      fc.property(fc.domain(), (domain) => {
        const verdict = verifyChannel(domain, OFFICIAL);
        expect(verdict.verdict).toBe('not-official');
        expect(codes(verdict).some((code) => code === 'not-listed' || code === 'unparseable')).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});
