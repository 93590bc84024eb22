import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { entropyToMnemonic, generateMnemonic, validateMnemonic } from '@scure/bip39';
import { wordlist as english } from '@scure/bip39/wordlists/english.js';
import { wordlist as simplifiedChinese } from '@scure/bip39/wordlists/simplified-chinese.js';
import { wordlist as traditionalChinese } from '@scure/bip39/wordlists/traditional-chinese.js';
import { describe, expect, it } from 'vitest';
import {
  COMMON_ENGLISH_LIST_WORDS,
  findSecrets,
  maskSecret,
  redactSecrets,
  type SecretFinding,
  type SecretKind,
} from '../../lib/safety/secrets';

// ---------------------------------------------------------------------------------------------------------
// Material: phrases from fixed entropy (so the tables never change between runs), keys, hashes, addresses
// ---------------------------------------------------------------------------------------------------------

/** Reproducible entropy: each seed gives different bytes, every run gives the same ones. */
function fixedEntropy(bytes: number, seed: number): Uint8Array {
  return Uint8Array.from({ length: bytes }, (_, index) => (index * 73 + seed * 31 + 11) % 256);
}

const english12 = entropyToMnemonic(fixedEntropy(16, 1), english);
const english12b = entropyToMnemonic(fixedEntropy(16, 2), english);
const english15 = entropyToMnemonic(fixedEntropy(20, 3), english);
const english18 = entropyToMnemonic(fixedEntropy(24, 4), english);
const english24 = entropyToMnemonic(fixedEntropy(32, 5), english);
const randomEnglish24 = generateMnemonic(english, 256);
const randomEnglish12 = generateMnemonic(english, 128);
/** The last word swapped for another list word: the checksum breaks (checked below), the secret stays. */
const englishBadChecksum = [...english12b.split(' ').slice(0, 11), english12b.split(' ')[11] === 'zoo' ? 'abandon' : 'zoo'].join(' ');

const chinese12 = entropyToMnemonic(fixedEntropy(16, 1), simplifiedChinese);
const chinese12b = entropyToMnemonic(fixedEntropy(16, 3), simplifiedChinese);
const chinese24 = entropyToMnemonic(fixedEntropy(32, 2), simplifiedChinese);
const traditional12 = entropyToMnemonic(fixedEntropy(16, 4), traditionalChinese);
const randomChinese12 = generateMnemonic(simplifiedChinese, 128);
const unspaced = (phrase: string) => phrase.replace(/ /g, '');

const words = (phrase: string) => phrase.split(' ');
/** A finding starts at the phrase's first word: numbering before it is layout, not secret. */
const fromFirstWord = (laidOut: string) => laidOut.replace(/^\d+[.)]\s*/, '');
const numberedInline = (phrase: string) => words(phrase).map((word, index) => `${index + 1}. ${word}`).join(' ');
const numberedLines = (phrase: string) => words(phrase).map((word, index) => `${index + 1}) ${word}`).join('\n');
const grid = (phrase: string) =>
  words(phrase)
    .map((word, index) => `${index + 1}. ${word}${index % 3 === 2 ? '\n' : '    '}`)
    .join('')
    .trim();

const sha256 = (seed: string) => createHash('sha256').update(seed).digest('hex');
const hexKey = sha256('a private key');
const txHash = sha256('a transaction');
const txHash2 = sha256('another transaction');
const ethAddress = '0x742d35Cc6634C0532925a3b844Bc454e4438f44e';
const wifUncompressed = '5HueCGU8rMjxEXxiPuD5BDku4MkFqeZyd4dZ1jvhTVqvbTLvyTJ';
const wifCompressedK = 'KwdMAjGmerYanjeui5SHS7JkmpZvVipYvB2LJGU1ZxJwYvP98617';
const wifCompressedL = 'L4rK1yDtCWekvXuE6oXD9jCYfFNV2cWRpVuPLBcCU2z8TrisoyY1';
const xprv = 'xprv9s21ZrQH143K3QTDL4LXw2F7HEK3wJUD2nW2nRk4stbPy6cq3jPPqjiChkVvvNKmPGJxWUtg6LnF5kejMRNNU3TGtRBeJgk33yuGBxrMPHi';
const zprv = 'zprvAWgYBBk7JR8Gjrh4UJQ2uJdG1r3WNRRfURiABBE3RvMXYSrRJL62XuezvGdPvG6GFBZduosCc1YP5wixPox7zhZLfiUm8aunE96BBa4Kei5';
const xpub = 'xpub661MyMwAqRbcFtXgS5sYJABqqG9YLmC4Q1Rdap9gSE8NqtwybGhePY2gZ29ESFjqJoCu1Rupje8YtGqsefD265TMg7usUDFdp6W1EGMcet8';

describe('test material', () => {
  it('uses real BIP-39 phrases: valid checksums where meant, a broken one where meant', () => {
    for (const phrase of [english12, english15, english18, english24, randomEnglish12, randomEnglish24]) expect(validateMnemonic(phrase, english)).toBe(true);
    expect(validateMnemonic(chinese12, simplifiedChinese)).toBe(true);
    expect(validateMnemonic(traditional12, traditionalChinese)).toBe(true);
    expect(validateMnemonic(englishBadChecksum, english)).toBe(false);
    expect(words(english15)).toHaveLength(15);
    expect(words(english18)).toHaveLength(18);
  });

  it('uses keys of the lengths their formats have', () => {
    expect(hexKey).toMatch(/^[0-9a-f]{64}$/);
    expect(wifUncompressed).toHaveLength(51);
    expect(wifCompressedK).toHaveLength(52);
    expect(wifCompressedL).toHaveLength(52);
    expect(xprv).toHaveLength(111);
    expect(zprv).toHaveLength(111);
  });

  it('breaks runs in the property tests with words that really are off the list', () => {
    const list = new Set(english);
    expect(NON_LIST_WORDS.filter((word) => list.has(word))).toEqual([]);
  });

  it('keeps every "common" English word on the BIP-39 list, so the set cannot drift from it', () => {
    const list = new Set(english);
    expect([...COMMON_ENGLISH_LIST_WORDS].filter((word) => !list.has(word))).toEqual([]);
  });
});

// ---------------------------------------------------------------------------------------------------------
// True positives: each must be found, with the finding pointing exactly at the secret
// ---------------------------------------------------------------------------------------------------------

interface Positive {
  kind: SecretKind;
  why: string;
  text: string;
  /** The part the finding must cover exactly. */
  secret: string;
}

const phrasePositives: Positive[] = [
  { why: 'valid 12 words on one line', secret: english12, text: `Hi, my wallet was drained overnight. Here they are: ${english12}. Can you freeze it?` },
  { why: 'valid 24 words after a label', secret: english24, text: `Seed phrase: ${english24}\nIs it compromised?` },
  { why: 'generated 24 words (random each run)', secret: randomEnglish24, text: `I wrote down these words ${randomEnglish24} is that correct?` },
  { why: 'generated 12 words, numbered lines (random each run)', secret: fromFirstWord(numberedLines(randomEnglish12)), text: `my recovery words:\n${numberedLines(randomEnglish12)}\nthanks` },
  { why: 'invalid checksum still counts', secret: englishBadChecksum, text: `The app says my phrase is wrong: ${englishBadChecksum} - why?` },
  { why: 'numbered on one line "1. word 2. word"', secret: fromFirstWord(numberedInline(english12)), text: `Words are ${numberedInline(english12)} and it still fails` },
  { why: 'numbered lines "1) word"', secret: fromFirstWord(numberedLines(english24)), text: `Backup I wrote down:\n${numberedLines(english24)}` },
  { why: 'comma-separated', secret: words(english12b).join(', '), text: `restore fails with ${words(english12b).join(', ')}.` },
  { why: 'one word per line', secret: words(english15).join('\n'), text: `I wrote:\n${words(english15).join('\n')}\nIs it correct?` },
  { why: 'UPPER CASE', secret: english12.toUpperCase(), text: `WALLET WORDS: ${english12.toUpperCase()} THANKS` },
  { why: 'extra spaces and tabs', secret: words(english18).join('   \t'), text: `seed: ${words(english18).join('   \t')}` },
  { why: 'capitalised words', secret: words(english12).map((word) => word[0]!.toUpperCase() + word.slice(1)).join(' '), text: `Words: ${words(english12).map((word) => word[0]!.toUpperCase() + word.slice(1)).join(' ')}` },
  { why: 'a wallet grid of three columns', secret: fromFirstWord(grid(english24)), text: `Screenshot text:\n${grid(english24)}\nthanks` },
  { why: 'a JSON array', secret: words(english12).join('","'), text: `{"mnemonic":["${words(english12).join('","')}"]}` },
  { why: 'numbered, made only of everyday words', secret: fromFirstWord(numberedInline('about above again also answer check help please that this when you')), text: `my words: ${numberedInline('about above again also answer check help please that this when you')}` },
  { why: 'hyphenated', secret: words(english12b).join('-'), text: `is ${words(english12b).join('-')} my seed?` },
  { why: 'Chinese label before English words', secret: english12, text: `我的助记词是 ${english12} 请帮我找回资产` },
  { why: 'Chinese, spaced, after 助记词', secret: chinese12, text: `助记词：${chinese12}，帮我看看钱包是不是被盗了` },
  { why: 'Chinese, generated, spaced (random each run)', secret: randomChinese12, text: `我的助记词 ${randomChinese12} 导入不了` },
  { why: 'Chinese, 12 characters without spaces', secret: unspaced(chinese12b), text: `钱包恢复失败，我输入的是：${unspaced(chinese12b)}，提示错误` },
  { why: 'Chinese, 24 characters without spaces', secret: unspaced(chinese24), text: `助记词${unspaced(chinese24)}` },
  { why: 'Chinese, one character per line', secret: words(chinese12).join('\n'), text: `我抄下来的：\n${words(chinese12).join('\n')}\n对吗` },
  { why: 'Chinese, numbered "1.的 2.一"', secret: words(chinese12b).map((character, index) => `${index + 1}.${character}`).join(' ').slice(2), text: `备份如下 ${words(chinese12b).map((character, index) => `${index + 1}.${character}`).join(' ')}` },
  { why: 'Chinese, comma-separated', secret: words(chinese24).join('，'), text: `助记词是：${words(chinese24).join('，')}。` },
  { why: 'Chinese, blocks of four', secret: unspaced(chinese12b).match(/.{4}/g)!.join(' '), text: `我的钱包备份 ${unspaced(chinese12b).match(/.{4}/g)!.join(' ')}` },
  { why: 'traditional Chinese, spaced', secret: traditional12, text: `我的助記詞：${traditional12}` },
  { why: 'traditional Chinese, without spaces', secret: unspaced(traditional12), text: `請幫我看看：${unspaced(traditional12)}` },
].map((positive) => ({ ...positive, kind: 'recovery-phrase' }));

const keyPositives: Positive[] = [
  { why: '0x + 64 hex after "private key"', secret: `0x${hexKey}`, text: `my private key is 0x${hexKey}, can you move the funds?` },
  { why: 'bare 64 hex without a label', secret: hexKey, text: `Can you restore my wallet with ${hexKey} please` },
  { why: 'upper-case 64 hex', secret: hexKey.toUpperCase(), text: `exported: ${hexKey.toUpperCase()}` },
  { why: '64 hex after a TxID, with its own key label', secret: hexKey, text: `TxID ${txHash}. The wallet's key is ${hexKey}` },
  { why: 'a key label nearer than a TxID label', secret: hexKey, text: `this is not a TxID, it is my key: ${hexKey}` },
  { why: 'Chinese label 私钥', secret: hexKey, text: `这是我的私钥：${hexKey}，帮我转出来` },
  { why: 'uncompressed WIF (5…)', secret: wifUncompressed, text: `Paper wallet says ${wifUncompressed}` },
  { why: 'compressed WIF (K…)', secret: wifCompressedK, text: `imported ${wifCompressedK} into electrum, balance zero` },
  { why: 'compressed WIF (L…)', secret: wifCompressedL, text: `WIF: ${wifCompressedL}` },
  { why: 'xprv', secret: xprv, text: `Ledger export gave me ${xprv} what now` },
  { why: 'zprv', secret: zprv, text: `导出的扩展私钥 ${zprv}` },
].map((positive) => ({ ...positive, kind: 'private-key' }));

const codePositives: Positive[] = [
  { why: '"2FA code is"', secret: '123456', text: 'my 2FA code is 123456 but the app says invalid' },
  { why: 'Google Authenticator, spaced digits', secret: '482 913', text: 'Google Authenticator shows 482 913 and login still fails' },
  { why: 'verification code', secret: '739201', text: 'The verification code 739201 expired before I could use it' },
  { why: 'OTP:', secret: '555123', text: 'OTP: 555123' },
  { why: 'label after the digits', secret: '246810', text: 'I typed 246810 from my authenticator twice' },
  { why: 'hyphenated code', secret: '908-172', text: 'sms code: 908-172 not accepted' },
  { why: '验证码是', secret: '123456', text: '验证码是 123456，为什么一直提示错误' },
  { why: '谷歌验证码：', secret: '654321', text: '谷歌验证码：654321' },
  { why: '短信码', secret: '902341', text: '短信码 902341 收到了但是提示过期' },
  { why: '动态码 glued to Han text', secret: '802211', text: '动态码802211一直提示无效' },
].map((positive) => ({ ...positive, kind: 'one-time-code' }));

const passwordPositives: Positive[] = [
  { why: 'password: value', secret: 'hunter2', text: 'username: bob88, password: hunter2' },
  { why: 'pwd=value', secret: 'abc123!', text: 'login pwd=abc123! does not work' },
  { why: '"my password is" + mixed token', secret: 'Tr0ub4dor&3', text: 'my password is Tr0ub4dor&3 and it says wrong' },
  { why: '"was" + digits and symbol', secret: 'Summer2024!', text: 'My login password was Summer2024! until yesterday' },
  { why: 'quoted value', secret: 'correct horse', text: "the password is 'correct horse' if that helps" },
  { why: 'plain word ending the line after a colon', secret: 'sunshine', text: 'Email: amy@example.com\nPassword: sunshine\nPlease check' },
  { why: 'passcode = digits', secret: '4417', text: 'app passcode = 4417' },
  { why: '我的密码是', secret: 'abc12345', text: '我的密码是 abc12345，登不上去' },
  { why: '密码：', secret: 'xxx', text: '账号：13800000000 密码：xxx' },
  { why: '登录密码是', secret: 'Abc@2024', text: '登录密码是Abc@2024，帮我看看为什么登不上' },
  { why: '资金密码为', secret: '778899aa', text: '资金密码为 778899aa' },
  { why: 'PIN码是', secret: '1357', text: 'PIN码是1357' },
].map((positive) => ({ ...positive, kind: 'password' }));

const positives = [...phrasePositives, ...keyPositives, ...codePositives, ...passwordPositives];

// ---------------------------------------------------------------------------------------------------------
// Negatives: ordinary messages, each built to tempt one detector ("bait"), none may be flagged
// ---------------------------------------------------------------------------------------------------------

interface Negative {
  bait: SecretKind;
  why: string;
  text: string;
}

const phraseNegatives: Negative[] = [
  { why: 'telegraphic list words', text: 'check again later, only small amount, wrong address, please help' },
  { why: 'prose with list words', text: 'I sent it to the wrong network and the address was right' },
  { why: '15 list words in a row, all common', text: 'please help, you can check that this amount will arrive when you have time, thank you' },
  { why: 'long run of common words', text: 'Deposit still pending, network fee paid, transfer shows success, please check again soon, thank you team' },
  { why: 'support-speak without function words', text: 'Account locked after wrong code, need help, urgent, unable to trade, price moving fast, please unlock today' },
  { why: 'numbered steps of several words', text: '1. open app 2. click withdraw 3. enter address 4. confirm code 5. error again, what now?' },
  { why: 'a long ordinary message', text: 'Hello team, I just want to know when the new token will be available for deposit and trade on the spot market. Last week you said soon, but nothing happened since then. Thank you!' },
  { why: 'one common word per line (short list)', text: 'Checklist:\ndeposit\ntransfer\nverify\nwithdraw\ndone' },
  { why: 'English mentions of the words', text: 'Support asked for my 12 word recovery phrase on Telegram, is that a scam? I did not send it.' },
  { why: 'Chinese prose from list characters', text: '我的提现一直没有到账，已经等了三个小时了，请帮我看一下是什么原因' },
  { why: 'Chinese, exactly 18 list characters, no punctuation', text: '提现申请已经提交三个小时了还没有处理' },
  { why: 'Chinese, exactly 12 list characters', text: '我的币一直没有到钱包里面' },
  { why: 'Chinese, exactly 15 list characters', text: '你们的网站打不开了是不是被封了' },
  { why: 'Chinese, exactly 24 list characters', text: '不知道为什么登录的时候总是提示异常请尽快回复谢谢' },
  { why: 'Chinese, exactly 12, formal, no particles', text: '手机号码更换需要人工审核' },
  { why: 'Chinese, exactly 12, a question without particles', text: '台湾用户能否使用繁体界面' },
  { why: 'Chinese, exactly 12, four particles among rare characters', text: '差几秒就足以导致请求被拒' },
  { why: 'Chinese, exactly 12, everyday characters, no particles', text: '白天上班晚上才有空来看看' },
  { why: 'Chinese, exactly 12, formal trading terms', text: '止损限价单触发了却没成交' },
  { why: 'traditional Chinese, exactly 12', text: '請問幣種轉錯網絡該怎麼辦' },
  { why: 'traditional Chinese, exactly 12, no particles', text: '選錯網絡導致資產無法到帳' },
  { why: 'traditional Chinese prose', text: '我的提現一直沒有到帳，已經等了三個小時了，請幫我看一下' },
  { why: 'Chinese words separated by spaces', text: '提现 一直 没有 到 请 帮忙 看看 谢谢 我 很 着急' },
  { why: 'Chinese mentions 助记词', text: '客服让我提供助记词，这是不是骗子？我没有给他' },
].map((negative) => ({ ...negative, bait: 'recovery-phrase' }));

const keyNegatives: Negative[] = [
  { why: 'TxID: + 64 hex', text: `TxID: ${txHash} shows confirmed but no deposit` },
  { why: 'transaction hash + 0x 64 hex', text: `transaction hash 0x${txHash} is success on etherscan` },
  { why: 'explorer link /tx/', text: `see https://etherscan.io/tx/0x${txHash}` },
  { why: 'tx hash, two of them', text: `tx hash ${txHash} and hash ${txHash2}` },
  { why: '交易哈希', text: `交易哈希：${txHash}，区块浏览器显示成功` },
  { why: '哈希', text: `哈希 ${txHash} 显示已确认` },
  { why: '交易ID', text: `交易ID: ${txHash}` },
  { why: 'ETH address 0x + 40 hex', text: `I sent 300 USDT to ${ethAddress} yesterday` },
  { why: 'Sui address 0x + 64 hex', text: `my SUI address 0x${txHash2}` },
  { why: 'BTC addresses bc1…, 1…, 3…', text: 'withdrew to bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq, before that 1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN2 and 3J98t1WpEZ73CNmQviecrnyiWrnqRhWNLy' },
  { why: 'TRON address', text: 'USDT TRC20 to TLa2f6VPqDgRE67v1736s7bJ8Ray5wYjU7 not arrived' },
  { why: 'Solana address', text: 'SOL went to 7xKXtg2CW87d97TXJSDpbD5jBkheTqA83TZRuJosgAsU' },
  { why: 'xpub is public', text: `watch-only wallet uses ${xpub}` },
].map((negative) => ({ ...negative, bait: 'private-key' }));

const codeNegatives: Negative[] = [
  { why: 'code mentioned, no number', text: 'the 2FA code never arrives' },
  { why: 'amount with currency', text: 'sent 250000 USDT and the verification code came late' },
  { why: 'UID of 8 digits', text: 'my UID is 12345678, Google Authenticator lost' },
  { why: 'UID of 6 digits next to a code label', text: 'UID 123456, my 2FA code never arrives' },
  { why: 'order number nearer than the code label', text: 'order 654321 is pending, the code worked fine' },
  { why: 'dates and times', text: 'On 2024-05-06 at 12:30:45 the SMS code failed' },
  { why: 'decimal amount', text: 'I bought 0.123456 BTC, need the verification code' },
  { why: 'referral code', text: 'my referral code is 123456' },
  { why: 'error code', text: 'error code 100204 when I enter my 2FA' },
  { why: 'currency symbol before', text: 'lost $123456, 2FA code was reset' },
  { why: '验证码 with UID', text: '验证码一直收不到，我的UID是 12345678' },
  { why: '订单号 with 验证码 label after', text: '订单号 202405 验证码没收到' },
  { why: '金额 in 元', text: '金额 150000 元，谷歌验证码没问题' },
  { why: 'digits glued to letters', text: 'the 2FA code fails on my device SN123456' },
  { why: 'digits after a decimal point', text: 'Authenticator code rejected, app version 6.123456' },
].map((negative) => ({ ...negative, bait: 'one-time-code' }));

const passwordNegatives: Negative[] = [
  { why: 'forgot', text: 'I forgot my password' },
  { why: 'not working', text: 'my password is not working' },
  { why: 'reset email', text: 'password reset email never came' },
  { why: 'wrong', text: 'My password is wrong even though I typed it carefully' },
  { why: 'correct', text: 'my password is correct but login fails' },
  { why: 'colon then a sentence', text: 'Password: reset link expired after ten minutes' },
  { why: 'colon then a list', text: 'There is no fund password: withdrawals, transfers and P2P sells only need 2FA' },
  { why: 'case-sensitive', text: 'the password is case-sensitive, right?' },
  { why: 'masked value', text: 'Password: ********' },
  { why: 'YAML-like key on its own line', text: 'password:\n  (I do not remember it)' },
  { why: 'pass as an ordinary word', text: 'the pass is valid until Friday' },
  { why: '我忘记密码了', text: '我忘记密码了' },
  { why: '密码是不是太简单了', text: '密码是不是太简单了' },
  { why: '密码错误次数太多', text: '密码错误次数太多，账户被锁了' },
  { why: '密码是8-16位', text: '密码是8-16位吗？' },
].map((negative) => ({ ...negative, bait: 'password' }));

const negatives = [...phraseNegatives, ...keyNegatives, ...codeNegatives, ...passwordNegatives];

function findingOfKindCovering(text: string, kind: SecretKind, secret: string): SecretFinding | undefined {
  const start = text.indexOf(secret);
  return findSecrets(text).find((finding) => finding.kind === kind && finding.start <= start && finding.end >= start + secret.length);
}

describe('findSecrets: true positives', () => {
  it.each(positives)('flags $kind: $why', ({ kind, text, secret }) => {
    expect(text.indexOf(secret), 'the secret is in the text').toBeGreaterThanOrEqual(0);
    const finding = findingOfKindCovering(text, kind, secret);
    expect(finding, JSON.stringify(findSecrets(text))).toBeDefined();
    expect(text.slice(finding!.start, finding!.end)).toBe(secret);
  });
});

describe('findSecrets: negatives', () => {
  it.each(negatives)('passes ($bait bait): $why', ({ text }) => {
    expect(findSecrets(text)).toEqual([]);
  });

  it('has at least 40 positives and 40 negatives, in both languages', () => {
    expect(positives.length).toBeGreaterThanOrEqual(40);
    expect(negatives.length).toBeGreaterThanOrEqual(40);
    const hasHan = (text: string) => /[\u4e00-\u9fff]/.test(text);
    expect(positives.filter((positive) => hasHan(positive.text)).length).toBeGreaterThanOrEqual(10);
    expect(negatives.filter((negative) => hasHan(negative.text)).length).toBeGreaterThanOrEqual(10);
  });
});

// ---------------------------------------------------------------------------------------------------------
// Behaviour around the tables: several secrets, overlaps, labels, masking
// ---------------------------------------------------------------------------------------------------------

describe('findSecrets: several secrets in one message', () => {
  it('returns them sorted and apart', () => {
    const text = `2FA code 123456. password: hunter2. key ${hexKey}. words: ${english12}`;
    const findings = findSecrets(text);
    expect(findings.map((finding) => finding.kind)).toEqual(['one-time-code', 'password', 'private-key', 'recovery-phrase']);
    expect(findings.map((finding) => text.slice(finding.start, finding.end))).toEqual(['123456', 'hunter2', hexKey, english12]);
  });

  it('names a key given as a "password" a private key, not both', () => {
    const text = `password: ${wifUncompressed}`;
    expect(findSecrets(text)).toEqual([{ kind: 'private-key', start: 10, end: 10 + wifUncompressed.length }]);
  });

  it('names "密码是123456" a password, not a one-time code', () => {
    expect(findSecrets('谷歌验证码丢了，密码是123456').map((finding) => finding.kind)).toEqual(['password']);
  });

  it('starts a phrase after its label, even when the label words are list words', () => {
    const text = `seed phrase: ${english12}`;
    const [finding] = findSecrets(text);
    expect(finding?.start).toBe(text.indexOf(english12));
  });

  it('joins two lines of 12 Chinese characters into one 24-character phrase', () => {
    const [first, second] = [unspaced(chinese24).slice(0, 12), unspaced(chinese24).slice(12)];
    const text = `助记词\n${first}\n${second}`;
    expect(findSecrets(text)).toHaveLength(2);
    expect(findSecrets(`助记词 ${first} ${second}`)).toEqual([{ kind: 'recovery-phrase', start: 4, end: 4 + 25 }]);
  });

  it('reports characters claimed by two labels once', () => {
    const text = 'password: pwd=abc123';
    expect(findSecrets(text)).toEqual([{ kind: 'password', start: 10, end: text.length }]);
  });

  it('may run over list words next to a phrase: where the phrase ends is not written anywhere', () => {
    const text = `words ${english12} please help`;
    const [finding] = findSecrets(text);
    expect(text.slice(finding!.start, finding!.end)).toBe(`${english12} please help`);
  });

  it('uses the nearest label: a TxID earlier in the message does not clear a key after "key"', () => {
    const text = `txid ${txHash} key ${hexKey}`;
    expect(findSecrets(text).map((finding) => text.slice(finding.start, finding.end))).toEqual([hexKey]);
  });

  it('never throws and finds nothing in what is not a non-empty string', () => {
    expect(findSecrets('')).toEqual([]);
    expect(findSecrets(undefined as unknown as string)).toEqual([]);
    expect(findSecrets(42 as unknown as string)).toEqual([]);
  });
});

describe('maskSecret and redactSecrets', () => {
  it('shows the first and last 2 characters of a long secret', () => {
    const text = `key ${hexKey}`;
    const [finding] = findSecrets(text);
    expect(maskSecret(text, finding!)).toBe(`${hexKey.slice(0, 2)}${'•'.repeat(12)}${hexKey.slice(-2)}`);
  });

  it('hides a short secret entirely', () => {
    const text = 'OTP: 555123';
    expect(maskSecret(text, findSecrets(text)[0]!)).toBe('••••••');
  });

  it('redacts every secret and keeps the rest', () => {
    expect(redactSecrets('my 2FA code is 123456, password: hunter2 thanks')).toBe('my 2FA code is ••••••, password: ••••••• thanks');
  });
});

// ---------------------------------------------------------------------------------------------------------
// Properties
// ---------------------------------------------------------------------------------------------------------

/** Everyday words that are not on the BIP-39 list: any of them ends a run of list words. */
const NON_LIST_WORDS = ['the', 'a', 'to', 'of', 'and', 'is', 'it', 'my', 'was', 'for', 'with', 'not', 'did', 'but', 'your', 'we', 'me', 'from', 'withdraw', 'wallet', 'bank', 'yesterday', 'hours', 'sent', 'got', 'why'];
const listWord = fc.constantFrom(...english);
const commonListWord = fc.constantFrom(...COMMON_ENGLISH_LIST_WORDS);
const separator = fc.constantFrom(' ', ', ', '. ', '! ', ' - ', '\n');

function joinWithSeparators(parts: string[], separators: string[]): string {
  return parts.map((part, index) => part + (separators[index % separators.length] ?? ' ')).join('');
}

describe('properties', () => {
  it('prose with fewer than 12 list words in a row is never a recovery phrase, however rare the words', () => {
    const stretch = fc.tuple(fc.array(listWord, { minLength: 1, maxLength: 11 }), fc.constantFrom(...NON_LIST_WORDS));
    fc.assert(
      fc.property(fc.array(stretch, { minLength: 1, maxLength: 12 }), fc.array(separator, { minLength: 1, maxLength: 5 }), (stretches, separators) => {
        const text = joinWithSeparators(stretches.flatMap(([run, breaker]) => [...run, breaker]), separators);
        expect(findSecrets(text).filter((finding) => finding.kind === 'recovery-phrase')).toEqual([]);
      }),
    );
  });

  it('prose made only of common list words is never a recovery phrase, however long', () => {
    fc.assert(
      fc.property(fc.array(commonListWord, { minLength: 12, maxLength: 60 }), fc.array(fc.constantFrom(' ', ', ', '. '), { minLength: 1, maxLength: 4 }), (prose, separators) => {
        expect(findSecrets(joinWithSeparators(prose, separators))).toEqual([]);
      }),
    );
  });

  it('any 24-word phrase is found whole, in any layout, in any case, inside a message', () => {
    const layouts = [words, (phrase: string) => words(phrase.toUpperCase()), numberedInline, numberedLines, grid, (phrase: string) => words(phrase).join(', ')];
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 32, maxLength: 32 }), fc.integer({ min: 0, max: layouts.length - 1 }), (entropy, layoutIndex) => {
        const laidOut = [layouts[layoutIndex]!(entropyToMnemonic(entropy, english))].flat().join(' ');
        const text = `Hi, is this safe? ${laidOut} thanks`;
        expect(findingOfKindCovering(text, 'recovery-phrase', fromFirstWord(laidOut))).toBeDefined();
      }),
    );
  });

  it('any 12-word phrase numbered or one per line is found', () => {
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 16, maxLength: 16 }), fc.boolean(), (entropy, numbered) => {
        const phrase = entropyToMnemonic(entropy, english);
        const laidOut = numbered ? numberedInline(phrase) : words(phrase).join('\n');
        expect(findingOfKindCovering(`words:\n${laidOut}\n`, 'recovery-phrase', fromFirstWord(laidOut))).toBeDefined();
      }),
    );
  });

  it('any 12 to 24 Chinese list characters, each standing alone, are a phrase', () => {
    const character = fc.constantFrom(...simplifiedChinese, ...traditionalChinese);
    const chineseSeparator = fc.constantFrom(' ', '  ', '\n', '，', '、', ', ');
    fc.assert(
      fc.property(fc.array(character, { minLength: 12, maxLength: 24 }), chineseSeparator, (characters, between) => {
        const laidOut = characters.join(between);
        expect(findingOfKindCovering(`我的助记词：${laidOut}。`, 'recovery-phrase', laidOut)).toBeDefined();
      }),
    );
  });

  it('never throws, and findings are sorted, apart and inside the text, for any input', () => {
    const fragment = fc.oneof(
      fc.string({ unit: 'grapheme', maxLength: 30 }),
      fc.constantFrom('password: ', '2FA code ', '验证码', '密码是', 'txid ', '0x', '助记词', '的 ', '一', '1. ', '123456', ' ', '\n', hexKey, english12),
      listWord,
    );
    fc.assert(
      fc.property(fc.array(fragment, { maxLength: 40 }), (fragments) => {
        const text = fragments.join('');
        const findings = findSecrets(text);
        for (const [index, finding] of findings.entries()) {
          expect(finding.start).toBeGreaterThanOrEqual(0);
          expect(finding.end).toBeLessThanOrEqual(text.length);
          expect(finding.end).toBeGreaterThan(finding.start);
          if (index > 0) expect(finding.start).toBeGreaterThanOrEqual(findings[index - 1]!.end);
        }
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
    findSecrets(text);
    fastest = Math.min(fastest, performance.now() - started);
  }
  return fastest;
}

function randomText(length: number, alphabet: string, seed: number): string {
  let state = seed;
  let text = '';
  for (let index = 0; index < length; index++) {
    state = (state * 48_271) % 2_147_483_647;
    text += alphabet[state % alphabet.length];
  }
  return text;
}

describe('speed', () => {
  const KB20 = 20_000;

  it('scans 20 KB of random text in under 20 ms', () => {
    const text = randomText(KB20, 'abcdefghijklmnopqrstuvwxyzABCDEF0123456789 \n.,:;=的一是在不了有和人这中大密码验证码', 7);
    expect(fastestMilliseconds(text)).toBeLessThan(20);
  });

  const hostile: [string, string][] = [
    ['one list word repeated', 'abandon '.repeat(2500)],
    ['numbered list words', Array.from({ length: 2000 }, (_, index) => `${(index % 24) + 1}. ${english[index % 2048]}`).join(' ')],
    ['a hex run', `0x${'a'.repeat(KB20)}`],
    ['64-hex blocks', `${'f'.repeat(64)} `.repeat(300)],
    ['password labels without values', 'password: '.repeat(2000)],
    ['password labels with values', 'password: hunter2 '.repeat(1100)],
    ['codes with labels', '验证码 123456 '.repeat(1500)],
    ['code labels without codes', '2fa code '.repeat(2200)],
    ['digits', '1'.repeat(KB20)],
    ['spaced digit groups', '123 '.repeat(5000)],
    ['list characters without separators', Array.from({ length: KB20 }, (_, index) => simplifiedChinese[index % 2048]).join('')],
    ['list characters with spaces', Array.from({ length: 10_000 }, (_, index) => simplifiedChinese[index % 2048]).join(' ')],
    ['blocks of three list characters', Array.from({ length: 5000 }, (_, index) => simplifiedChinese[(index * 7) % 2048]! + simplifiedChinese[(index * 13) % 2048] + simplifiedChinese[(index * 3) % 2048]).join(' ')],
    ['punctuation', '.,;: '.repeat(4000)],
    ['labels near hex', `txid hash key address ${'ab'.repeat(32)} `.repeat(230)],
    ['one huge quoted value', `password: "${'x'.repeat(KB20)}`],
    ['unclosed quotes after labels', 'password: "'.repeat(1800)],
  ];

  it.each(hostile)('scans 20 KB of %s in under 50 ms', (_, text) => {
    expect(text.length).toBeGreaterThan(15_000);
    expect(fastestMilliseconds(text)).toBeLessThan(50);
  });
});
