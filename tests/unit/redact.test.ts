import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { entropyToMnemonic } from '@scure/bip39';
import { wordlist as english } from '@scure/bip39/wordlists/english.js';
import { wordlist as simplifiedChinese } from '@scure/bip39/wordlists/simplified-chinese.js';
import { describe, expect, it } from 'vitest';
import { MAX_REDACTED_LENGTH, PLACEHOLDERS, redactQuery } from '../../lib/insights/redact';

// ---------------------------------------------------------------------------------------------------------
// Material: real shapes, each checked below, so a table row tests the rule it names and not a typo
// ---------------------------------------------------------------------------------------------------------

const sha256 = (seed: string) => createHash('sha256').update(seed).digest('hex');
const txHash = sha256('a deposit');
const txHash2 = sha256('a withdrawal');
const suiAddress = `0x${sha256('a Sui account')}`;
/** The EIP-55 example: a checksummed address in mixed case. */
const evmChecksummed = '0x52908400098527886E0F7030069857D2E4169EE7';
const evmLower = '0x742d35cc6634c0532925a3b844bc454e4438f44e';
const btcLegacy1 = '1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN2';
const btcLegacy3 = '3J98t1WpEZ73CNmQviecrnyiWrnqRhWNLy';
/** The "eater" address: 27 characters, shorter than any Solana address, so only the Bitcoin legacy row can take it. */
const btcLegacyShort = '1111111111111111111114oLvT2';
const btcBech32 = 'bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq';
const btcTaproot = 'bc1p5d7rjq7g6rdk2yhzks9smlaqtedr4dekq08ge8ztwac72sfr9rusxg3297';
const btcTestnet = 'tb1qw508d6qejxtdg4y5r3zarvary0c5xw7kxpjzsx';
const ltcBech32 = 'ltc1qg42tkwuuxefutzxezdkdel39gfstuap288mfea';
const ltcLegacyL = 'LVg2kJoFNg45Nbpy53h7Fe1wKyeXVRhMH9';
const ltcLegacyM = 'MGxNPPB7eBoWPUaprtX9v9CXJZoD2465zN';
const cosmos = 'cosmos1vqpjljwsynsn58dugz0w8ut7kun7t8ls2qkmsq';
const tron = 'TLa2f6VPqDgRE67v1736s7bJ8Ray5wYjU7';
const xrp = 'rHb9CJAWyB4rj91VRWn96DkukG4bwdtyTh';
/**
 * Tron and Litecoin addresses without a digit (about 1 in 250 has none), drawn from base58 letters: the
 * Solana rule wants a digit, so only the Tron and Litecoin rows can take them.
 */
const tronWithoutDigit = 'TFGbJpnjrngUvSHKZfAPzSSpoPZzYufUAP';
const ltcWithoutDigit = 'LifpWEHPJGiopFUVkwnpQrJAAxutTPEbki';
/** An XRP address of 25 characters, shorter than any Solana address: only the XRP row can take it. */
const xrpShort = 'rDsbeomae4FXwgQTJp9Rs64Qg';
const stellar = 'GAAZI4TCR3TY5OJHCTJC2A4QSY6CJWJH5IAJTGKIN2ER7LBNVKOCCWN7';
const solana = '7xKXtg2CW87d97TXJSDpbD5jBkheTqA83TZRuJosgAsU';
/** Solana addresses are usually 43-44 characters; 32 is their shortest. */
const solana32 = '4Nd1mBQtrMJVYVfKf2PJy9NZUZdTAsp7';
const solanaSignature = '5VERv8NMvzbJMEkV8xnrLkEaWRtSz9CosKDYjCJjBRnbJLgp8uirBgmQpjKhoR4tjF3ZpRzrFmBV6UjKdiSZkQUW';
const nearHash = '6zgh2u9DqHHiXzdy9ouTP7oGky2T4nugqzqt9wJZwNFm';
/** A 65-byte EVM signature (r, s, v) in hex: long hex of no length the rules name. */
const evmSignature = `0x${sha256('r')}${sha256('s')}1b`;
const monero = '44AFFq5kSiGBoZ4NMDwYtN18obc8AemS33DBLWs3H7otXft3XjrpDtQGv7SqSsaBYBb98uNbr2VBBEt7f2wfn3RVGQBEP3A';

/** Phrases from fixed entropy, as in secrets.test.ts: the table never changes between runs. */
const fixedEntropy = (bytes: number, seed: number) => Uint8Array.from({ length: bytes }, (_, index) => (index * 73 + seed * 31 + 11) % 256);
const english12 = entropyToMnemonic(fixedEntropy(16, 1), english);
const chinese12 = entropyToMnemonic(fixedEntropy(16, 2), simplifiedChinese);

describe('test material', () => {
  it('has the lengths and alphabets the formats have', () => {
    const base58 = /^[1-9A-HJ-NP-Za-km-z]+$/;
    expect(txHash).toMatch(/^[0-9a-f]{64}$/);
    expect(evmChecksummed).toMatch(/^0x[0-9a-fA-F]{40}$/);
    for (const address of [btcLegacy1, btcLegacy3, ltcLegacyL, ltcLegacyM, tron, xrp, tronWithoutDigit, ltcWithoutDigit]) expect(address).toHaveLength(34);
    for (const encoded of [btcLegacy1, btcLegacy3, btcLegacyShort, ltcLegacyL, ltcLegacyM, tron, xrp, tronWithoutDigit, ltcWithoutDigit, xrpShort, solana, solana32, solanaSignature, nearHash, monero]) expect(encoded).toMatch(base58);
    for (const bech32 of [btcBech32, btcTaproot, btcTestnet, ltcBech32, cosmos]) expect(bech32).toMatch(/^[a-z]{2,10}1[02-9ac-hj-np-z]+$/);
    expect(xrpShort).toHaveLength(25);
    expect(btcLegacyShort).toHaveLength(27);
    for (const withoutDigit of [tronWithoutDigit, ltcWithoutDigit]) expect(withoutDigit).not.toMatch(/[0-9]/);
    expect(evmSignature).toMatch(/^0x[0-9a-f]{130}$/);
    expect(stellar).toMatch(/^G[A-Z2-7]{55}$/);
    expect(solana).toHaveLength(44);
    expect(solana32).toHaveLength(32);
    expect(nearHash).toHaveLength(44);
    expect(solanaSignature).toHaveLength(88);
    expect(monero).toHaveLength(95);
  });
});

// ---------------------------------------------------------------------------------------------------------
// The table: queries as people type them, and what may be stored
// ---------------------------------------------------------------------------------------------------------

type Row = [query: string, stored: string | null];

const addresses: Row[] = [
  [`withdrawal to ${evmChecksummed} not arrived`, 'withdrawal to [address] not arrived'],
  [`USDT ERC20 sent to ${evmLower} yesterday`, 'USDT ERC20 sent to [address] yesterday'],
  [`deposit from ${btcLegacy1} missing`, 'deposit from [address] missing'],
  [`is ${btcLegacy3} a valid btc address`, 'is [address] a valid btc address'],
  [`never send to ${btcLegacyShort}?`, 'never send to [address]?'],
  [`BTC to ${btcBech32} pending 3 confirmations`, 'BTC to [address] pending 3 confirmations'],
  [`taproot ${btcTaproot} supported?`, 'taproot [address] supported?'],
  [`QR code shows ${btcBech32.toUpperCase()}`, 'QR code shows [address]'],
  [`testnet ${btcTestnet} deposit`, 'testnet [address] deposit'],
  [`LTC withdrawal ${ltcBech32} stuck`, 'LTC withdrawal [address] stuck'],
  [`LTC to ${ltcLegacyL} and ${ltcLegacyM}`, 'LTC to [address] and [address]'],
  [`ATOM deposit to ${cosmos} no memo`, 'ATOM deposit to [address] no memo'],
  [`USDT TRC20 to ${tron} not arrived`, 'USDT TRC20 to [address] not arrived'],
  [`TRX to ${tronWithoutDigit} missing`, 'TRX to [address] missing'],
  [`LTC deposit ${ltcWithoutDigit} late`, 'LTC deposit [address] late'],
  [`XRP to ${xrp} tag 12345`, 'XRP to [address] tag 12345'],
  [`XRP sent to ${xrpShort}`, 'XRP sent to [address]'],
  [`XLM to ${stellar} memo missing`, 'XLM to [address] memo missing'],
  [`SOL went to ${solana}`, 'SOL went to [address]'],
  [`SOL to ${solana32} failed`, 'SOL to [address] failed'],
  [`XMR withdraw ${monero}`, 'XMR withdraw [address]'],
  [`Sui address ${suiAddress} not found`, 'Sui address [address] not found'],
  [`sendto${evmLower}`, 'sendto[address]'],
  [`提现到${tron}一直没到账`, '提现到[address]一直没到账'],
  [`充值地址 ${evmChecksummed} 对吗`, '充值地址 [address] 对吗'],
  [`转账到${btcBech32}，显示成功`, '转账到[address]，显示成功'],
  [`USDT没到账，地址是${solana}`, 'USDT没到账，地址是[address]'],
];

const transactions: Row[] = [
  [`txid 0x${txHash} pending`, 'txid [txid] pending'],
  [`TxID: ${txHash} shows confirmed but no deposit`, 'TxID: [txid] shows confirmed but no deposit'],
  [`tx hash ${txHash} and hash ${txHash2}`, 'tx hash [txid] and hash [txid]'],
  [`SOL signature ${solanaSignature} not credited`, 'SOL signature [txid] not credited'],
  [`NEAR txid ${nearHash} pending`, 'NEAR txid [txid] pending'],
  [`signature ${evmSignature} invalid`, 'signature [txid] invalid'],
  [`交易哈希：${txHash}，区块浏览器显示成功`, '交易哈希：[txid]，区块浏览器显示成功'],
  [`交易ID ${txHash} 没到账`, '交易ID [txid] 没到账'],
  [`哈希 ${txHash} 显示已确认`, '哈希 [txid] 显示已确认'],
];

const emails: Row[] = [
  ['my email is bob@example.com cant login', 'my email is [email] cant login'],
  ['change email Li.Wei+binance@Example.co.uk please', 'change email [email] please'],
  ['email bob @ example.com not verified', 'email [email] not verified'],
  ['bob＠example.com 收不到邮件', '[email] 收不到邮件'],
  ['bob﹫example.com 登录失败', '[email] 登录失败'],
  ['email bob@example.com. thanks', 'email [email]. thanks'],
  ['我的邮箱bob@example.com收不到验证码', '我的邮箱[email]收不到验证码'],
  ['邮箱12345678@qq.com被盗了', '邮箱[email]被盗了'],
  ['USDT@TRC20 deposit', '[email] deposit'],
  ['contact @binance on twitter real?', 'contact @binance on twitter real?'],
  ['meet @ noon support call', 'meet @ noon support call'],
];

const numbers: Row[] = [
  ['UID 12345678 locked', 'UID [uid] locked'],
  ['uid:87654321 KYC failed', 'uid:[uid] KYC failed'],
  ['UID12345678 frozen', 'UID[uid] frozen'],
  ['user id 1234 5678 cannot withdraw', 'user id [uid] cannot withdraw'],
  ['12345678 is my uid', '[uid] is my uid'],
  ['我的账户ID是12345678登录不了', '我的账户ID是[uid]登录不了'],
  ['用户ID：１２３４５６７８ 被冻结', '用户ID：[uid] 被冻结'],
  ['UID ١٢٣٤٥٦٧٨ locked', 'UID [uid] locked'],
  ['用户ID 1234\u30005678', '用户ID [uid]'],
  ['我的UID是 12345678，提不了币', '我的UID是 [uid]，提不了币'],
  ['账户ID 1234 5678 冻结了', '账户ID [uid] 冻结了'],
  ['order 2026112912345678', 'order [number]'],
  ['order 2026112912345678 and UID 87654321', 'order [number] and UID [uid]'],
  ['ticket 88812345 still open', 'ticket [number] still open'],
  ['订单号 2026112912345678 未到账', '订单号 [number] 未到账'],
  ['P2P订单2026112912345678卖家不放币', 'P2P订单[number]卖家不放币'],
  ['withdraw 0.00123456 BTC fee', 'withdraw [number] BTC fee'],
  ['limit 100000 USDT per day', 'limit [number] USDT per day'],
  ['1,234,567 USDT airdrop', '1,234,567 USDT airdrop'],
  ['account 1234-5678-9012 frozen', 'account [number] frozen'],
  ['account 1234–5678–9012 frozen', 'account [number] frozen'],
  ['ref 1234567890123456789012345678901234567890 missing', 'ref [number] missing'],
  ['sent 1234567.89 USDT', 'sent [number] USDT'],
  ['born 1990-01-01 KYC failed', 'born [number] KYC failed'],
  ['card ending 1234 5678', 'card ending [number]'],
  ['SN123456 device', 'SN[number] device'],
];

const phones: Row[] = [
  ['+86 138 0013 8000 被冻结', '[phone] 被冻结'],
  ['call +1 (415) 555-0132 support', 'call [phone] support'],
  ['(+44) 20 7946 0958 scam call', '[phone] scam call'],
  ['13800138000 收不到短信', '[phone] 收不到短信'],
  ['手机号138-0013-8000换了', '手机号[phone]换了'],
  ['8613800138000 验证失败', '[phone] 验证失败'],
  ['phone 415 555 0132 changed', 'phone [phone] changed'],
  ['电话 +86 10 8888 6666 是官方的吗', '电话 [phone] 是官方的吗'],
  ['+5 bonus USDT', '+5 bonus USDT'],
  ['+123456 USDT bonus', '+[number] USDT bonus'],
  ['+8613800138000123456 invalid', '+[number] invalid'],
];

const links: Row[] = [
  ['https://www.example-exchange.com/en/support/faq?ref=ABC123&token=xyz not loading', '[url] not loading'],
  ['is www.example-exchange.com/login real?', 'is [url] real?'],
  ['http://t.me/fake_support, is it you', '[url], is it you'],
  [`see https://etherscan.io/tx/0x${txHash}`, 'see [url]'],
  ['打开https://example.com/a?b=1这个链接安全吗', '打开[url]这个链接安全吗'],
  ['官网是不是www.example-exchange.com', '官网是不是[url]'],
];

/** Ordinary queries, several built to look like what the rules take; none may change. */
const unchanged: Row[] = [
  'fees for 50 USDT',
  '2fa reset',
  'reset password',
  '2024 tax report',
  '3 confirmations needed',
  'TransactionHistory',
  'TransactionHistoryExportSettings',
  'ruguowangjimimazenmebanne',
  'deposit not arrived',
  'Ethereum gas fee',
  'USDT TRC20 vs ERC20',
  'BTC to USDT',
  'what is a bc1 address',
  'send to 0x address',
  'error 10086 withdraw',
  'KYC level 2 limits',
  'Deposit NOT Arrived',
  'top 10 coins 2024-2025',
  'email not received',
  '充值没到账',
  '提现手续费是多少',
  '谷歌验证器丢了怎么办',
  '2024年账单',
  '手续费50 USDT',
  '请问TRC20和ERC20的区别',
  '助记词丢了怎么办',
  '为什么提现要24小时',
  '2024-2025年度账单',
].map((query) => [query, query]);

const spacing: Row[] = [
  ['  withdrawal \n\t pending  ', 'withdrawal pending'],
  ['UID 1234\u200b5678 locked', 'UID [uid] locked'],
  ['提现\u3000\u3000到账慢', '提现 到账慢'],
  ['withdraw\u0000pending', 'withdraw pending'],
  ['deposit \ud800 late', 'deposit late'],
];

/** Nothing may be stored: a secret anywhere, or nothing left to read. */
const dropped: Row[] = [
  [`I typed ${english12} and my wallet is empty`, null],
  [`助记词：${chinese12}，钱包被盗`, null],
  ['password: hunter22', null],
  ['密码是abc12345登不上', null],
  ['密码是ａｂｃ１２３', null],
  ['验证码是123456ｏｋ吗', null],
  ['my 2FA code is 123456 invalid', null],
  ['验证码 ７３９２０１ 无效', null],
  [`restore wallet ${txHash}`, null],
  ['bob@example.com', null],
  [evmChecksummed, null],
  ['12345678', null],
  ['+86 138 0013 8000', null],
  ['https://example.com', null],
  ['bob@example.com, 12345678!', null],
  ['   ', null],
  ['?!', null],
  ['', null],
];

const table: Row[] = [...addresses, ...transactions, ...emails, ...numbers, ...phones, ...links, ...unchanged, ...spacing, ...dropped];

describe('redactQuery: the table', () => {
  it.each(table)('%j -> %j', (query, stored) => {
    expect(redactQuery(query)).toBe(stored);
  });

  it('has at least 60 rows, a quarter of them in Chinese', () => {
    expect(table.length).toBeGreaterThanOrEqual(60);
    expect(table.filter(([query]) => /[\u4e00-\u9fff]/.test(query)).length).toBeGreaterThanOrEqual(table.length / 4);
  });
});

// ---------------------------------------------------------------------------------------------------------
// Behaviour around the table
// ---------------------------------------------------------------------------------------------------------

describe('redactQuery: labels decide what cannot be told by shape', () => {
  it('names 64 hex a TxID, or an address after "address"', () => {
    expect(redactQuery(`hash ${txHash} ok?`)).toBe('hash [txid] ok?');
    expect(redactQuery(`钱包地址 ${suiAddress}`)).toBe('钱包地址 [address]');
  });

  it('names 44 base58 an address, or a TxID after a transaction label', () => {
    expect(redactQuery(`to ${nearHash} please`)).toBe('to [address] please');
    expect(redactQuery(`交易 ${nearHash} 失败`)).toBe('交易 [txid] 失败');
  });

  it('takes the nearest label, before or after, so a UID elsewhere in the query does not rename an order number', () => {
    expect(redactQuery('UID 12345678 order 87654321')).toBe('UID [uid] order [number]');
    expect(redactQuery('new UID, 2026112912345678 order missing')).toBe('new UID, [number] order missing');
  });

  it('keeps a Chinese mobile number labelled as an order an order number', () => {
    expect(redactQuery('order 13800138000 unpaid')).toBe('order [number] unpaid');
  });
});

describe('redactQuery: a token that is partly long hex', () => {
  it('takes the hex, and what is beside it when that has a shape of its own', () => {
    // The whole token has no digit, so it is no encoded token; the Tron part becomes a token once the hex is "[address]".
    const glued = `${tronWithoutDigit}${'deadbeef'.repeat(5)}`;
    expect(redactQuery(`to ${glued}`)).toBe('to [address][address]');
    expect(redactQuery(`to ${'deadbeef'.repeat(5)}${tronWithoutDigit}`)).toBe('to [address][address]');
  });

  it('keeps what is beside the hex when it has no shape', () => {
    expect(redactQuery(`sendto${evmLower}please`)).toBe('sendto[address]please');
  });
});

describe('redactQuery: length', () => {
  it(`cuts at ${MAX_REDACTED_LENGTH} characters, at a character rather than a word`, () => {
    expect(redactQuery('withdraw '.repeat(30))).toBe(`${'withdraw '.repeat(22)}wi`);
  });

  it('redacts before it cuts, so nothing is cut in half and left readable', () => {
    const query = `${'x'.repeat(195)} bob@example.com`;
    expect(redactQuery(query)).toBe('x'.repeat(195));
    expect(redactQuery(`${'word '.repeat(39)}UID 12345678`)).toBe(`${'word '.repeat(39)}UID`);
  });

  it('never cuts a placeholder in half', () => {
    const stored = redactQuery(`${'y'.repeat(197)} ${evmChecksummed}`);
    expect(stored).toBe('y'.repeat(197));
  });

  it('never cuts a character in half', () => {
    const stored = redactQuery(`a${'😀'.repeat(150)}`)!;
    expect(stored).toBe(`a${'😀'.repeat(99)}`);
    expect(stored.isWellFormed()).toBe(true);
  });

  it('takes a longer limit for a feedback comment, and never outgrows it however the placeholders lengthen the text', () => {
    const comment = 'order 123456 '.repeat(76); // 988 characters, each 6-digit number becoming the 8 of [number]
    const redacted = redactQuery(comment, 1000)!;
    expect(redacted.length).toBeGreaterThan(MAX_REDACTED_LENGTH);
    expect(redacted.length).toBeLessThanOrEqual(1000);
    expect(redacted).toMatch(/^order \[number\] order \[number\]/);
    expect(redacted).toMatch(/\[number\]$|order$/);
    expect(redacted).not.toMatch(/\d/);
  });

  it('leaves the case as typed', () => {
    expect(redactQuery('WHY Is My Deposit Late')).toBe('WHY Is My Deposit Late');
  });

  it('never throws on what is not a string', () => {
    expect(redactQuery(undefined as unknown as string)).toBeNull();
    expect(redactQuery(12345678 as unknown as string)).toBeNull();
  });
});

describe('PLACEHOLDERS', () => {
  it('lists the seven placeholders, each explained', () => {
    expect(Object.values(PLACEHOLDERS).map((placeholder) => placeholder.text)).toEqual(['[url]', '[email]', '[phone]', '[uid]', '[number]', '[txid]', '[address]']);
    for (const placeholder of Object.values(PLACEHOLDERS)) expect(placeholder.replaces.length).toBeGreaterThan(10);
  });

  it('each appears in the table, so each has a rule that is tested', () => {
    const stored = table.map(([, output]) => output ?? '').join(' ');
    for (const placeholder of Object.values(PLACEHOLDERS)) expect(stored).toContain(placeholder.text);
  });
});

// ---------------------------------------------------------------------------------------------------------
// Properties
// ---------------------------------------------------------------------------------------------------------

const PLACEHOLDER_TEXTS = Object.values(PLACEHOLDERS).map((placeholder) => placeholder.text);

/** Fragments that meet the rules' edges, mixed with arbitrary text. No "[": every "[" in an output then opens a placeholder. */
const fragment = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 12 }).map((text) => text.replaceAll('[', '(')),
  fc.constantFrom('1', '23', '456', '7890', '１２', '٣', ' ', '  ', '-', ' - ', '\n', '\u200b', '.', ',', '@', '＠', ' @ ', '+', '(', 'a', 'F', 'e', '0x', 'x', 'com', '.com'),
  fc.constantFrom('uid ', 'UID', '用户ID', 'order ', 'txid ', 'address ', 'phone ', 'https://', 'www.', '手机', '的', '提现'),
  fc.stringMatching(/^[0-9a-fA-F]{30,70}$/),
  fc.stringMatching(/^[1-9A-HJ-NP-Za-km-z]{20,50}$/),
);
const query = fc.array(fragment, { maxLength: 40 }).map((fragments) => fragments.join(''));

describe('properties', () => {
  it('stores at most 200 characters, trimmed, with no long number, no address-like hex, no word@word, no cut placeholder', () => {
    fc.assert(
      fc.property(query, (text) => {
        const stored = redactQuery(text);
        if (stored === null) return;
        expect(stored.length).toBeGreaterThan(0);
        expect(stored.length).toBeLessThanOrEqual(MAX_REDACTED_LENGTH);
        expect(stored).toBe(stored.trim());
        expect(stored).not.toMatch(/\s\s/);
        expect(stored).not.toMatch(/[0-9]{6}/);
        expect(stored).not.toMatch(/[0-9a-fA-F]{40}/);
        expect(stored).not.toMatch(/[A-Za-z0-9_]@[A-Za-z0-9_]/);
        for (const opened of stored.matchAll(/\[/g)) expect(PLACEHOLDER_TEXTS.some((placeholder) => stored.startsWith(placeholder, opened.index))).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it('never throws, for any string at all', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 400 }), (text) => {
        const stored = redactQuery(text);
        expect(stored === null || stored.length <= MAX_REDACTED_LENGTH).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it('stores what it stored unchanged when redacting it again', () => {
    fc.assert(
      fc.property(query, (text) => {
        const stored = redactQuery(text);
        if (stored !== null) expect(redactQuery(stored)).toBe(stored);
      }),
      { numRuns: 500 },
    );
  });

  it('redacts any long number in any grouping', () => {
    const group = fc.stringMatching(/^[0-9]{1,5}$/);
    fc.assert(
      fc.property(fc.array(group, { minLength: 2, maxLength: 6 }), fc.constantFrom(' ', '-', ' - '), (groups, separator) => {
        fc.pre(groups.join('').length >= 6);
        expect(redactQuery(`ref ${groups.join(separator)} help`)).toBe('ref [number] help');
      }),
    );
  });
});

// ---------------------------------------------------------------------------------------------------------
// Speed on large and hostile input
// ---------------------------------------------------------------------------------------------------------

/** The fastest of a few runs: the first run pays for compilation, and a busy CI core adds noise. */
function fastestMilliseconds(text: string): number {
  let fastest = Infinity;
  for (let run = 0; run < 5; run++) {
    const started = performance.now();
    redactQuery(text);
    fastest = Math.min(fastest, performance.now() - started);
  }
  return fastest;
}

describe('speed', () => {
  const KB20 = 20_000;

  const hostile: [string, string][] = [
    ['digits', '1'.repeat(KB20)],
    ['full-width digits', '１'.repeat(KB20)],
    ['digit groups with spaces', '123 '.repeat(5000)],
    ['a digit then a run of dashes and spaces', `1${' -'.repeat(KB20 / 2)}x`],
    ['decimal marks between digits', '1.'.repeat(KB20 / 2)],
    ['@', '@'.repeat(KB20)],
    ['letters then @', `${'a'.repeat(KB20)}@`],
    ['@ then letters', `@${'a'.repeat(KB20)}`],
    ['a@ repeated', 'a@'.repeat(KB20 / 2)],
    ['spaced @', 'a @ '.repeat(KB20 / 4)],
    ['hex', 'f'.repeat(KB20)],
    ['0x and hex', `0x${'a'.repeat(KB20)}`],
    ['39 hex then a letter, repeated', `${'a'.repeat(39)}g`.repeat(KB20 / 40)],
    ['base58', '1A'.repeat(KB20 / 2)],
    ['plus signs', '+'.repeat(KB20)],
    ['plus and digits', '+1 '.repeat(KB20 / 3)],
    ['a link of dots', `http://${'.'.repeat(KB20)}x`],
    ['link starts', 'www.'.repeat(KB20 / 4)],
    ['labels and numbers', 'uid 123456 order 7 '.repeat(1000)],
    ['Chinese and digits', '用户ID是1234567890'.repeat(1300)],
  ];

  it.each(hostile)('redacts 20 KB of %s in under 60 ms', (_, text) => {
    expect(text.length).toBeGreaterThan(15_000);
    expect(fastestMilliseconds(text)).toBeLessThan(60);
  });
});
