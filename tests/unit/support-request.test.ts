import { entropyToMnemonic } from '@scure/bip39';
import { wordlist as english } from '@scure/bip39/wordlists/english.js';
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { getMessages } from '../../lib/i18n/messages';
import {
  DESCRIPTION_MAX_LENGTH,
  DESCRIPTION_MIN_LENGTH,
  REQUEST_FIELDS,
  REQUEST_TOPICS,
  UID_PATTERN,
  validateRequest,
} from '../../lib/support/request';
import { findRequestSecrets } from '../../lib/support/request-secrets';
import { normalizeTxid, txidShape } from '../../lib/support/txid';

// ---------------------------------------------------------------------------------------------------------
// Material
// ---------------------------------------------------------------------------------------------------------

/**
 * A 64-hex hash with no 0 digit: cut or lengthened, it is still made only of base58 letters, so
 * nothing but its length tells it from a Solana or NEAR id.
 */
const hex = 'e3b1c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855';
/** A Solana signature (64 bytes in base58) and a NEAR transaction hash (32 bytes in base58). */
const solana88 = '5VERv8NMvzbJMEkV8xnrLkEaWRtSz9CosKDYjCJjBRnbJLgp8uirBgmQpjKhoR4tjF3ZpRzrFmBV6UjKdiSZkQUW';
const solana87 = solana88.slice(1);
const near44 = '6zgh2u9DqHHiXzdy9ouTP7oGky2T4nugqzqt9wJZwNFm';
const near43 = near44.slice(1);
const wif = '5HueCGU8rMjxEXxiPuD5BDku4MkFqeZyd4dZ1jvhTVqvbTLvyTJ';
/** A valid 12-word phrase from fixed entropy, so every run scans the same words. */
const phrase = entropyToMnemonic(Uint8Array.from({ length: 16 }, (_, index) => (index * 73 + 42) % 256), english);

const valid = {
  topic: 'deposit',
  time: '2026-11-02T09:15',
  locale: 'en',
  description: 'My USDT deposit has not arrived after two hours.',
};

/** The request with `change` applied; `undefined` removes a field. */
const withField = (change: Record<string, unknown>) =>
  Object.fromEntries(Object.entries({ ...valid, ...change }).filter(([, value]) => value !== undefined));

/** The error codes validateRequest gives for the request with `change` applied ({} when it passes). */
function errorsOf(change: Record<string, unknown>) {
  const result = validateRequest(withField(change));
  return result.ok ? {} : result.errors;
}

/** The checked request; fails the test with the error codes when it is refused. */
function accepted(change: Record<string, unknown>) {
  const result = validateRequest(withField(change));
  if (!result.ok) throw new Error(`refused: ${JSON.stringify(result.errors)}`);
  return result.request;
}

// ---------------------------------------------------------------------------------------------------------
// TxID
// ---------------------------------------------------------------------------------------------------------

describe('a TxID', () => {
  it('has the documented lengths in the material', () => {
    expect([hex.length, solana88.length, solana87.length, near44.length, near43.length]).toEqual([64, 88, 87, 44, 43]);
    expect(hex).not.toContain('0');
  });

  it.each([
    ['an EVM hash, 0x and 64 hex', `0x${hex}`, 'evm'],
    ['an EVM hash in capitals', `0x${hex.toUpperCase()}`, 'evm'],
    ['a Bitcoin or Tron hash, 64 bare hex', hex, 'hex'],
    ['a Solana signature of 88 characters', solana88, 'base58'],
    ['a Solana signature of 87 characters', solana87, 'base58'],
    ['a NEAR hash of 44 characters', near44, 'base58'],
    ['a NEAR hash of 43 characters', near43, 'base58'],
  ])('accepts %s', (_name, value, shape) => {
    expect(txidShape(value)).toBe(shape);
    expect(accepted({ txid: value }).txid).toBe(value);
  });

  it.each([
    ['an Ethereum address (0x and 40 hex)', '0x742d35Cc6634C0532925a3b844Bc454e4438f44e'],
    ['a Bitcoin SegWit address', 'bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq'],
    ['a Bitcoin Taproot address', 'bc1p5d7rjq7g6rdk2yhzks9smlaqtedr4dekq08ge8ztwac72sfr9rusxg3297'],
    ['a legacy Bitcoin address', '1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN2'],
    ['an order id', '2026112912345678'],
    ['63 hex', hex.slice(0, 63)],
    ['65 hex', `${hex}a`],
    ['0x and 63 hex', `0x${hex.slice(0, 63)}`],
    ['a base58-looking id of 60 characters, neither Solana nor NEAR', solana88.slice(0, 60)],
    ['a NEAR-length id with a 0', `0${near43}`],
    ['a NEAR-length id with an O', `O${near43}`],
    ['a NEAR-length id with an I', `I${near43}`],
    ['a NEAR-length id with an l', `l${near43}`],
    ['an explorer link to an address, not a transaction', 'https://etherscan.io/address/0x742d35Cc6634C0532925a3b844Bc454e4438f44e'],
    ['a link to an order page', 'https://www.harborline.example/orders/2026112912345678'],
    ['an explorer link to a transaction of the wrong length', `https://mempool.space/tx/${hex.slice(0, 40)}`],
  ])('refuses %s', (_name, value) => {
    expect(txidShape(normalizeTxid(value))).toBeNull();
    expect(errorsOf({ txid: value })).toEqual({ txid: 'txid_shape' });
  });

  it.each([
    ['an Etherscan link', `https://etherscan.io/tx/0x${hex}`, `0x${hex}`],
    ['a mempool.space link', `https://mempool.space/tx/${hex}`, hex],
    ['a Solscan link with a query', `https://solscan.io/tx/${solana88}?cluster=devnet`, solana88],
    ['a link with a trailing slash', `https://etherscan.io/tx/0x${hex}/`, `0x${hex}`],
    ['a link with a fragment', `https://bscscan.com/tx/0x${hex}#eventlog`, `0x${hex}`],
    ['a Tronscan link', `https://tronscan.org/#/transaction/${hex}`, hex],
    ['an id with spaces around it', `  ${hex}\n`, hex],
    ['an id broken by a space', `${hex.slice(0, 30)} ${hex.slice(30)}`, hex],
    ['an id broken over lines', `0x${hex.slice(0, 20)}\n${hex.slice(20, 50)}\r\n${hex.slice(50)}`, `0x${hex}`],
    // Chat windows wrap a long link the way they wrap a long id.
    ['an explorer link broken over two lines', `https://etherscan.io/tx/0x${hex.slice(0, 30)}\n${hex.slice(30)}`, `0x${hex}`],
  ])('keeps only the id from %s', (_name, value, id) => {
    expect(normalizeTxid(value)).toBe(id);
    expect(accepted({ txid: value }).txid).toBe(id);
  });
});

// ---------------------------------------------------------------------------------------------------------
// UID
// ---------------------------------------------------------------------------------------------------------

describe('a UID', () => {
  it.each(['123456', '12345678', '123456789012', ' 12345678 ', '\t87654321\n'])('accepts %j, without the spaces around it', (uid) => {
    expect(accepted({ uid }).uid).toBe(uid.trim());
  });

  it.each(['UID-123', 'UID 12345678', '12 345 678', '12345', '1234567890123', '１２３４５６７８', '1234567a', 12345678])('refuses %j as uid_digits', (uid) => {
    expect(errorsOf({ uid })).toEqual({ uid: 'uid_digits' });
  });

  it('agrees with UID_PATTERN, which the form shares', () => {
    expect(['12345', '123456', '123456789012', '1234567890123'].map((uid) => UID_PATTERN.test(uid))).toEqual([false, true, true, false]);
  });

  it.each([['empty', ''], ['blank', '   '], ['absent', undefined]])('is not given when %s', (_name, uid) => {
    expect(accepted({ uid }).uid).toBeUndefined();
  });
});

// ---------------------------------------------------------------------------------------------------------
// Time
// ---------------------------------------------------------------------------------------------------------

describe('the time', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    vi.setSystemTime(new Date('2026-11-29T12:00:00Z'));
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it.each([
    ['without an offset, read as UTC', '2026-11-29T10:30', '2026-11-29T10:30Z'],
    ['with spaces around it', ' 2026-11-29T10:30 ', '2026-11-29T10:30Z'],
    ['with seconds, dropped', '2026-11-29T10:30:45', '2026-11-29T10:30Z'],
    ['with a fraction, dropped rather than rounded', '2026-11-29T10:30:59.999', '2026-11-29T10:30Z'],
    ['in Z with seconds', '2026-11-29T10:30:00Z', '2026-11-29T10:30Z'],
    ['in UTC+8 with seconds, converted', '2026-11-29T18:30:00+08:00', '2026-11-29T10:30Z'],
    ['in UTC−5:30 with seconds, converted across midnight', '2026-11-28T23:00:00-05:30', '2026-11-29T04:30Z'],
    ['on Bitcoin’s first day', '2009-01-03T00:00', '2009-01-03T00:00Z'],
    ['15 minutes ahead of the clock, a clock difference', '2026-11-29T12:15', '2026-11-29T12:15Z'],
  ])('is accepted %s', (_name, time, utc) => {
    expect(accepted({ time }).time).toBe(utc);
  });

  // README: "`2026-11-02T09:15` without an offset is UTC, `…+08:00` is converted": to the minute, like the form's.
  it.each([
    ['in UTC+8', '2026-11-29T18:30+08:00', '2026-11-29T10:30Z'],
    ['in UTC−3', '2026-11-29T07:30-03:00', '2026-11-29T10:30Z'],
    ['in Z, as the API itself returns it', '2026-11-29T10:30Z', '2026-11-29T10:30Z'],
  ])('is accepted to the minute with an offset, %s', (_name, time, utc) => {
    expect(errorsOf({ time })).toEqual({});
    expect(accepted({ time }).time).toBe(utc);
  });

  it('is read as UTC without an offset, whatever the server’s own time zone', () => {
    const zone = process.env.TZ;
    try {
      process.env.TZ = 'Asia/Shanghai';
      expect(new Date(2026, 10, 29).getTimezoneOffset()).toBe(-480);
      expect(accepted({ time: '2026-11-29T10:30' }).time).toBe('2026-11-29T10:30Z');
    } finally {
      if (zone === undefined) delete process.env.TZ;
      else process.env.TZ = zone;
    }
  });

  it('is accepted again as the API returns it', () => {
    const once = accepted({ time: '2026-11-29T18:30:00+08:00' }).time;
    expect(errorsOf({ time: once })).toEqual({});
  });

  it.each([
    ['a day that does not exist', '2026-02-30T10:00', 'time_format'],
    ['an hour that does not exist', '2026-11-29T24:00', 'time_format'],
    ['a date without a time', '2026-11-29', 'time_format'],
    ['words', 'yesterday at 10', 'time_format'],
    ['the day before Bitcoin’s first block', '2009-01-02T23:59', 'time_too_early'],
    ['a year long before', '1999-12-31T10:00', 'time_too_early'],
    ['16 minutes ahead of the clock', '2026-11-29T12:16', 'time_future'],
    ['a local time ahead of UTC taken for UTC', '2026-11-29T20:00', 'time_future'],
    ['ahead of the clock once converted', '2026-11-29T12:16:00-00:00', 'time_future'],
    ['empty', '', 'time_required'],
    ['blank', '   ', 'time_required'],
    ['absent', undefined, 'time_required'],
  ])('is refused when %s', (_name, time, code) => {
    expect(errorsOf({ time })).toEqual({ time: code });
  });

  it('moves with the clock: the same time is in the future one day and fine the next', () => {
    expect(errorsOf({ time: '2026-11-30T09:00' })).toEqual({ time: 'time_future' });
    vi.setSystemTime(new Date('2026-11-30T09:00:00Z'));
    expect(errorsOf({ time: '2026-11-30T09:00' })).toEqual({});
  });
});

// ---------------------------------------------------------------------------------------------------------
// Description, topic, locale, answers, unknown fields
// ---------------------------------------------------------------------------------------------------------

describe('the description', () => {
  const latin = (length: number) => 'x'.repeat(length);
  const han = (length: number) => '充'.repeat(length);

  it('is 20 to 3,000 characters', () => {
    expect([DESCRIPTION_MIN_LENGTH, DESCRIPTION_MAX_LENGTH]).toEqual([20, 3000]);
  });

  it.each([
    ['20 characters', latin(20)],
    ['20 Han characters', han(20)],
    ['3,000 characters', latin(3000)],
    ['3,000 Han characters', han(3000)],
  ])('accepts %s', (_name, description) => {
    expect(accepted({ description }).description).toBe(description);
  });

  it('is counted in UTF-16 units, as the textarea’s maxlength counts: an emoji is two', () => {
    expect(accepted({ description: '😀'.repeat(1500) }).description).toHaveLength(DESCRIPTION_MAX_LENGTH);
    expect(errorsOf({ description: '😀'.repeat(1501) })).toEqual({ description: 'description_long' });
    expect(errorsOf({ description: '😀'.repeat(9) })).toEqual({ description: 'description_short' });
    expect(accepted({ description: '😀'.repeat(10) }).description).toHaveLength(DESCRIPTION_MIN_LENGTH);
  });

  it('is trimmed, and counted after trimming', () => {
    expect(accepted({ description: `  \n${latin(20)}\n  ` }).description).toBe(latin(20));
    expect(errorsOf({ description: `${' '.repeat(10)}${latin(19)}${' '.repeat(10)}` })).toEqual({ description: 'description_short' });
  });

  it.each([
    ['19 characters', latin(19), 'description_short'],
    ['19 Han characters', han(19), 'description_short'],
    ['empty', '', 'description_short'],
    ['absent', undefined, 'description_short'],
    ['3,001 characters', latin(3001), 'description_long'],
    ['3,001 Han characters', han(3001), 'description_long'],
  ])('refuses %s', (_name, description, code) => {
    expect(errorsOf({ description })).toEqual({ description: code });
  });
});

describe('the topic, the locale and the guide’s answers', () => {
  it.each(REQUEST_TOPICS)('accepts the topic %s', (topic) => {
    expect(accepted({ topic }).topic).toBe(topic);
  });

  it('has the eight topics the form offers', () => {
    expect([...REQUEST_TOPICS]).toEqual(['account', 'security', 'verification', 'deposit', 'withdrawal', 'trading', 'api', 'other']);
  });

  it.each([['unknown', 'refund'], ['in capitals', 'Deposit'], ['empty', ''], ['absent', undefined]])('refuses a topic %s as topic_required', (_name, topic) => {
    expect(errorsOf({ topic })).toEqual({ topic: 'topic_required' });
  });

  it.each(['zh', 'pt-BR'])('accepts the locale %s', (locale) => {
    expect(accepted({ locale }).locale).toBe(locale);
  });

  it.each(['EN', 'english', 'zh_CN', '', 7])('refuses the locale %j as locale_format', (locale) => {
    expect(errorsOf({ locale })).toEqual({ locale: 'locale_format' });
  });

  it('accepts a guide’s answers of the right shape, up to 40 of them', () => {
    const answers = { flow: 'lost-2fa', outcome: 'contact-support', answers: Array.from({ length: 40 }, () => 'continue') };
    expect(accepted({ answers }).answers).toEqual(answers);
    expect(accepted({ answers: { flow: 'lost-2fa', outcome: 'done', answers: [] } }).answers?.answers).toEqual([]);
  });

  it.each([
    ['a list instead of an object', ['lost-2fa']],
    ['the query string instead of an object', 'flow=lost-2fa&answers=a,b'],
    ['no answers list', { flow: 'lost-2fa', outcome: 'done' }],
    ['an extra key', { flow: 'lost-2fa', outcome: 'done', answers: [], step: 'x' }],
    ['a flow slug in capitals', { flow: 'Lost-2FA', outcome: 'done', answers: [] }],
    ['an outcome that is a path', { flow: 'lost-2fa', outcome: '../admin', answers: [] }],
    ['an answer in capitals', { flow: 'lost-2fa', outcome: 'done', answers: ['Authenticator'] }],
    ['an empty answer', { flow: 'lost-2fa', outcome: 'done', answers: [''] }],
    ['an answer that is not text', { flow: 'lost-2fa', outcome: 'done', answers: [1] }],
    ['41 answers', { flow: 'lost-2fa', outcome: 'done', answers: Array.from({ length: 41 }, () => 'continue') }],
  ])('refuses %s as answers_format', (_name, answers) => {
    expect(errorsOf({ answers })).toEqual({ answers: 'answers_format' });
  });

  it('refuses an unknown field on the request itself', () => {
    expect(errorsOf({ email: 'me@example.com' })).toEqual({ request: 'unknown_field' });
    // As JSON.parse gives it: an own field named __proto__, not a prototype.
    expect(errorsOf(JSON.parse('{"__proto__": "x"}') as Record<string, unknown>)).toEqual({ request: 'unknown_field' });
  });
});

describe('validateRequest', () => {
  it('reports every field at once, the first problem of each', () => {
    const result = validateRequest({
      topic: 'refund',
      uid: 'UID-1',
      txid: '0x742d35Cc6634C0532925a3b844Bc454e4438f44e',
      time: '2026-02-30T10:00',
      locale: 'English',
      description: 'help',
      answers: 'a,b',
      priority: 'urgent',
    });
    expect(result).toEqual({
      ok: false,
      errors: {
        topic: 'topic_required',
        uid: 'uid_digits',
        txid: 'txid_shape',
        time: 'time_format',
        locale: 'locale_format',
        description: 'description_short',
        answers: 'answers_format',
        request: 'unknown_field',
      },
    });
  });

  it('returns the checked request with optional fields left out, nothing added', () => {
    expect(validateRequest({ ...valid, uid: '', txid: ' ' })).toEqual({
      ok: true,
      request: { topic: 'deposit', time: '2026-11-02T09:15Z', locale: 'en', description: 'My USDT deposit has not arrived after two hours.' },
    });
  });

  it.each([['null', null], ['a list', [valid]], ['text', JSON.stringify(valid)], ['a number', 42]])('refuses %s without throwing', (_name, input) => {
    expect(validateRequest(input).ok).toBe(false);
  });
});

// ---------------------------------------------------------------------------------------------------------
// Secrets
// ---------------------------------------------------------------------------------------------------------

describe('findRequestSecrets', () => {
  it('takes a bare 64-hex in the TxID field for the transaction it is', () => {
    expect(findRequestSecrets({ ...valid, txid: hex })).toEqual([]);
    expect(findRequestSecrets({ ...valid, txid: ` ${hex} ` })).toEqual([]);
    expect(findRequestSecrets({ ...valid, txid: `0x${hex}` })).toEqual([]);
  });

  it('takes the same 64-hex in the description for a private key', () => {
    const description = `I exported ${hex} from my wallet and the funds left`;
    expect(findRequestSecrets({ ...valid, txid: hex, description })).toEqual([
      { field: 'description', kind: 'private-key', start: 11, end: 11 + 64 },
    ]);
  });

  it('still finds a WIF key pasted in the TxID field, with offsets in the field’s own text', () => {
    expect(findRequestSecrets({ ...valid, txid: wif })).toEqual([{ field: 'txid', kind: 'private-key', start: 0, end: wif.length }]);
    const txid = `   ${wif}`;
    const [finding] = findRequestSecrets({ ...valid, txid });
    expect(finding).toMatchObject({ field: 'txid', kind: 'private-key', start: 3, end: 3 + wif.length });
    expect(txid.slice(finding!.start, finding!.end)).toBe(wif);
  });

  it('finds a hex key the person labels as a key even in the TxID field, at its place in the field', () => {
    const txid = `private key: ${hex}`;
    const findings = findRequestSecrets({ ...valid, txid });
    expect(findings).toEqual([{ field: 'txid', kind: 'private-key', start: 13, end: 13 + 64 }]);
    expect(txid.slice(findings[0]!.start, findings[0]!.end)).toBe(hex);
  });

  it('finds a recovery phrase in the description, pointing at the phrase', () => {
    const description = `My wallet was emptied. These are my words: ${phrase}. Please help.`;
    const findings = findRequestSecrets({ ...valid, description });
    expect(findings).toEqual([{ field: 'description', kind: 'recovery-phrase', start: description.indexOf(phrase), end: description.indexOf(phrase) + phrase.length }]);
    expect(description.slice(findings[0]!.start, findings[0]!.end)).toBe(phrase);
  });

  it('scans every text field, an unknown one too, and names each', () => {
    const findings = findRequestSecrets({ ...valid, uid: phrase, note: `key ${hex}`, description: valid.description });
    expect(findings.map(({ field, kind }) => [field, kind])).toEqual([
      ['uid', 'recovery-phrase'],
      ['note', 'private-key'],
    ]);
  });

  // A JSON body can name a field anything, `__proto__` included (JSON.parse makes it an own field).
  it.each(['constructor', '__proto__', 'toString', 'hasOwnProperty'])('reads a field named %s like any other unknown field', (name) => {
    for (const text of ['123456', `key ${hex}`, 'nothing secret here']) {
      const named = findRequestSecrets(JSON.parse(JSON.stringify({ [name]: text })));
      const plain = findRequestSecrets({ note: text });
      expect(named).toEqual(plain.map((finding) => ({ ...finding, field: name })));
    }
    expect(findRequestSecrets(JSON.parse(JSON.stringify({ [name]: `key ${hex}` })))).toEqual([{ field: name, kind: 'private-key', start: 4, end: 68 }]);
  });

  it('passes over values that are not text', () => {
    expect(findRequestSecrets({ ...valid, answers: { flow: phrase, outcome: hex, answers: [phrase] }, uid: 12345678 })).toEqual([]);
  });

  it.each([['null', null], ['undefined', undefined], ['text holding a phrase', phrase], ['a number', 42], ['true', true]])('finds nothing in %s, which is no request', (_name, input) => {
    expect(findRequestSecrets(input)).toEqual([]);
  });
});

// ---------------------------------------------------------------------------------------------------------
// Whatever arrives
// ---------------------------------------------------------------------------------------------------------

describe('any input', () => {
  const KNOWN_CODES = Object.keys(getMessages('en').contact.form.errors);
  const field = fc.oneof(fc.constantFrom(...REQUEST_FIELDS, '__proto__', 'constructor', 'toString'), fc.string({ maxLength: 12 }));
  const text = fc.oneof(
    fc.string({ unit: 'binary', maxLength: 120 }),
    fc.string({ unit: 'grapheme', maxLength: 120 }),
    fc.constantFrom(hex, wif, phrase, `0x${hex}`, solana88, '2026-11-29T10:30', ''),
    // Date-shaped text with odd parts, to reach the UTC conversion rather than stop at the format check.
    fc
      .tuple(
        fc.integer({ min: 0, max: 9999 }),
        fc.integer({ min: 0, max: 13 }),
        fc.integer({ min: 0, max: 32 }),
        fc.integer({ min: 0, max: 25 }),
        fc.integer({ min: 0, max: 60 }),
        fc.constantFrom('', ':00', ':59.999', 'Z', ':00Z', ':00+14:00', ':00-23:59', '+08:00'),
      )
      .map(([year, month, day, hour, minute, rest]) => {
        const two = (value: number) => String(value).padStart(2, '0');
        return `${String(year).padStart(4, '0')}-${two(month)}-${two(day)}T${two(hour)}:${two(minute)}${rest}`;
      }),
  );
  const input = fc.oneof(
    fc.dictionary(field, text, { maxKeys: 10 }),
    fc.record({ topic: text, uid: text, txid: text, time: text, locale: text, description: text }),
  );

  it('never makes validateRequest throw, and every refusal is a code the form can show', () => {
    fc.assert(
      fc.property(input, (value) => {
        const result = validateRequest(value);
        if (!result.ok) for (const code of Object.values(result.errors)) expect(KNOWN_CODES).toContain(code);
      }),
      { numRuns: 2000 },
    );
  });

  it('never makes findRequestSecrets throw, and every finding lies inside its field', () => {
    fc.assert(
      fc.property(input, (value) => {
        for (const finding of findRequestSecrets(value)) {
          const fieldText = (value as Record<string, unknown>)[finding.field];
          expect(typeof fieldText).toBe('string');
          expect(finding.start).toBeGreaterThanOrEqual(0);
          expect(finding.end).toBeGreaterThan(finding.start);
          expect(finding.end).toBeLessThanOrEqual((fieldText as string).length);
        }
      }),
      { numRuns: 1000 },
    );
  });
});
