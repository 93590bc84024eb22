import { describe, expect, it } from 'vitest';
import { type SearchRecord, SearchIndex } from '../../lib/search/engine';
import { highlight, highlighter, snippet } from '../../lib/search/snippet';
import { closestWord, optimalStringAlignment } from '../../lib/search/spelling';
import { hanCharactersAndPairs, hanPairs, queryTerms, stemWord, wordTerms, words } from '../../lib/search/tokenize';

const record = (slug: string, fields: Partial<SearchRecord>): SearchRecord => ({
  slug,
  title: slug,
  url: `/en/articles/${slug}`,
  category: 'general',
  categoryTitle: 'General',
  description: '',
  headings: [],
  tags: [],
  text: '',
  promoted: false,
  ...fields,
});

describe('tokenize', () => {
  it('keeps Latin words whole, lower-cased and NFKC-normalised', () => {
    expect(words('Reset your PASSWORD, ＷＩＴＨＤＲＡＷ can’t')).toEqual(['reset', 'your', 'password', 'withdraw', 'cant']);
  });

  it('splits Chinese from Latin text and indexes a Han run by overlapping pairs', () => {
    expect(words('2FA验证码')).toEqual(['2fa', '验证码']);
    expect(hanPairs('忘记密码')).toEqual(['忘记', '记密', '密码']);
    expect(hanPairs('钱')).toEqual(['钱']);
    expect(hanCharactersAndPairs('密码')).toEqual(['密', '码', '密码']);
  });

  it('matches English inflections through one stem, and leaves Chinese as it is', () => {
    expect(new Set(['withdraw', 'withdrawal', 'withdrawals'].map(stemWord)).size).toBe(1);
    expect(stemWord('deposits')).toBe(stemWord('deposit'));
    expect(wordTerms('withdrawals')).toEqual([stemWord('withdraw')]);
    expect(stemWord('提现')).toBe('提现');
  });

  it('queries Chinese by its pairs, and a single character by itself', () => {
    expect(queryTerms('忘记密码')).toEqual(['忘记', '记密', '密码']);
    expect(queryTerms('钱 withdraw')).toEqual(['钱', 'withdraw']);
  });
});

describe('search engine', () => {
  const index = SearchIndex.build(
    'en',
    [
      record('reset-password', { title: 'Reset your password', text: 'Forgot your password? Reset it from the login page.' }),
      record('withdraw-crypto', { title: 'Withdraw crypto', text: 'Send coins to another wallet.', category: 'money' }),
      record('fees', { title: 'Fees', description: 'Withdrawal fees and trading fees.', category: 'money' }),
      record('security', { title: 'Account security', headings: ['Change your password'], text: 'Use an authenticator app.' }),
      record('faq', { title: 'Questions', text: 'How do I change my password? See the security article.', promoted: true }),
      record('zh-reset', { title: '重置密码', text: '如果您忘记了密码，可以在登录页重置。' }),
      record('zh-withdraw', { title: '如何提现', text: '提现到其他钱包。' }),
    ],
    [
      ['withdraw', 'cash out', 'take out money'],
      ['提现', '取钱'],
    ],
  );
  const slugs = (query: string, options?: { category?: string; limit?: number }) =>
    index.search(query, options).hits.map((hit) => hit.record.slug);

  it('ranks a title match above a heading match above a body match', () => {
    expect(slugs('password')).toEqual(['reset-password', 'security', 'faq', 'zh-reset'].filter((slug) => slug !== 'zh-reset'));
  });

  it('ranks first the article holding every word where it counts, and still lists those missing a word', () => {
    // security has "Change your password" as a heading; faq both words in its body; reset-password only one.
    expect(slugs('change password')[0]).toBe('security');
    expect(slugs('change password')).toEqual(expect.arrayContaining(['faq', 'reset-password']));
  });

  it('finds the right article for a whole question even when it lacks one of its words', () => {
    // No article says "yesterday"; every word still counts by how rare it is.
    expect(slugs('I forgot my password yesterday, how do I reset it?')[0]).toBe('reset-password');
    expect(slugs('我昨天忘记了密码，怎么重置？')[0]).toBe('zh-reset');
  });

  it('weighs a rare word above a common one', () => {
    // Each article holds one of the two words in its title; "account" is in five of six, so the
    // article titled with the rare word wins although the other also has its word as a tag.
    const weighed = SearchIndex.build('en', [
      record('common', { title: 'Account', tags: ['account'], text: 'account' }),
      record('rare', { title: 'Authenticator', text: 'authenticator' }),
      ...['a', 'b', 'c', 'd'].map((slug) => record(slug, { title: `Account ${slug}`, text: 'account' })),
    ], []);
    expect(weighed.search('account authenticator').hits[0]?.record.slug).toBe('rare');
  });

  it('matches English prefixes', () => {
    expect(slugs('withdr')).toEqual(['withdraw-crypto', 'fees']);
  });

  it('corrects a misspelt word from the index’s own vocabulary', () => {
    const result = index.search('passwrod');
    expect(result.correctedQuery).toBe('password');
    expect(result.hits[0]?.record.slug).toBe('reset-password');
    expect(index.search('authentcator').hits[0]?.record.slug).toBe('security');
  });

  it('corrects a misspelt word even when the other words find something alone', () => {
    const result = index.search('passwrod reset');
    expect(result.correctedQuery).toBe('password reset');
    expect(result.hits[0]?.record.slug).toBe('reset-password');
  });

  it('corrects a misspelt word inside a whole question', () => {
    const result = index.search('I forgot my passwrod, how can I reset it?');
    // Only the misspelt word changes: the notice quotes the reader's own sentence back.
    expect(result.correctedQuery).toBe('I forgot my password, how can I reset it?');
    expect(result.hits[0]?.record.slug).toBe('reset-password');
  });

  it('does not swap a word no article uses for a look-alike that makes no sense with the rest', () => {
    // "seed" is one edit from "send", but no article holds both "send" and "password".
    const result = index.search('seed password');
    expect(result.correctedQuery).toBeUndefined();
    expect(result.hits[0]?.record.slug).toBe('reset-password');
  });

  it('finds articles through synonyms, including phrases', () => {
    expect(slugs('cash out')[0]).toBe('withdraw-crypto');
    expect(slugs('取钱')).toEqual(['zh-withdraw']);
  });

  it('finds a colloquial word inside a Chinese question', () => {
    // 怎么取钱 is one run of characters; 取钱 is a synonym entry and 怎么 a question word.
    expect(slugs('怎么取钱')).toEqual(['zh-withdraw']);
  });

  it('matches other forms of an English word, ranking the word as typed first', () => {
    expect(slugs('withdrawals')).toEqual(['withdraw-crypto', 'fees']);
    expect(slugs('fee', { category: 'money' })).toEqual(['fees']);
  });

  it('leaves out a word found nowhere instead of returning nothing', () => {
    // No article says "enable"; the rest of the query still finds its article.
    expect(slugs('enable authenticator')).toEqual(['security']);
  });

  it('shows the articles matching most words when none matches them all', () => {
    expect(slugs('reset withdraw').slice(0, 2).sort()).toEqual(['reset-password', 'withdraw-crypto']);
  });

  it('counts every match in total, not just the page of hits', () => {
    const result = index.search('password', { limit: 1 });
    expect(result.hits).toHaveLength(1);
    expect(result.total).toBe(3); // reset-password, security, faq
  });

  it('finds Chinese text by a phrase that is not written contiguously', () => {
    // 忘记密码 never appears as such; 忘记 and 密码 do.
    expect(slugs('忘记密码')).toEqual(['zh-reset']);
  });

  it('ignores question words and filters by category', () => {
    expect(slugs('how do I withdraw', { category: 'money' })).toEqual(['withdraw-crypto', 'fees']);
    expect(slugs('fees', { category: 'general' })).toEqual([]);
  });

  it('breaks ties in favour of promoted articles', () => {
    const tied = SearchIndex.build('en', [record('a', { title: 'Limits' }), record('b', { title: 'Limits', promoted: true })], []);
    expect(tied.search('limits').hits.map((hit) => hit.record.slug)).toEqual(['b', 'a']);
  });

  it('returns nothing, without throwing, for queries with no words or odd characters', () => {
    for (const query of ['', '   ', '(((', '.*+?^${}()|[]\\', '😀', '<script>alert(1)</script>', 'a'.repeat(5000), '\u0000\u0007']) {
      expect(() => index.search(query)).not.toThrow();
    }
    expect(index.search('<script>').total).toBe(0);
  });

  it('survives an export and import with the same results', async () => {
    const copy = SearchIndex.load(JSON.parse(JSON.stringify(await index.export({ withText: true }))));
    for (const query of ['password', 'withdr', '忘记密码', 'cash out', 'passwrod']) {
      expect(copy.search(query)).toEqual(index.search(query));
    }
  });

  it('refuses an index file written in another format, with a clear message', async () => {
    const data = { ...(await index.export({ withText: false })), version: 1 };
    expect(() => SearchIndex.load(data as unknown as Parameters<typeof SearchIndex.load>[0])).toThrow(/format 1 is not 2: rebuild/);
  });

  it('leaves body text out of the browser copy', async () => {
    const data = await index.export({ withText: false });
    expect(data.records.every((entry) => entry.text === '')).toBe(true);
  });
});

describe('snippets', () => {
  it('escapes the text and marks only the matches', () => {
    expect(highlight('Use <b>2FA</b> & stay safe', highlighter([['2fa']]))).toBe(
      'Use &lt;b&gt;<mark>2FA</mark>&lt;/b&gt; &amp; stay safe',
    );
  });

  it('cannot be made to emit markup by the query', () => {
    const html = snippet('Text about <img src=x onerror=alert(1)> withdrawals', highlighter([['<img src=x onerror=alert(1)>'], ['withdr']]));
    expect(html).not.toMatch(/<img|<script/);
    expect(html).toContain('<mark>withdrawals</mark>');
  });

  it('marks a Latin word only where a word starts', () => {
    expect(highlight('Interest on the REST API', highlighter([['rest']]))).toBe('Interest on the <mark>REST</mark> API');
    expect(highlight('top-up or top  up', highlighter([['top up']]))).toBe('top-up or <mark>top  up</mark>');
  });

  it('marks word prefixes in Latin text and exact runs in Chinese', () => {
    expect(highlight('Withdrawal pending', highlighter([['withdr']]))).toBe('<mark>Withdrawal</mark> pending');
    expect(highlight('如果您忘记了密码', highlighter([['密码', '忘记']]))).toBe('如果您<mark>忘记</mark>了<mark>密码</mark>');
  });

  it('starts near the best match of a long text, with ellipses', () => {
    const text = `${'Filler words here. '.repeat(30)}The withdrawal fee is shown before you confirm. ${'More filler. '.repeat(30)}`;
    const html = snippet(text, highlighter([['withdrawal'], ['fee']]));
    expect(html.startsWith('…')).toBe(true);
    expect(html).toContain('<mark>withdrawal</mark> <mark>fee</mark>');
    expect(html.endsWith('…')).toBe(true);
  });
});

describe('snippet edges', () => {
  it('never cuts a character outside the BMP in half, at either end of the window', () => {
    const wellFormed = (text: string) => !/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(text);
    for (let pad = 150; pad <= 170; pad++) {
      expect(wellFormed(snippet(`${'a'.repeat(pad)}😀 tail words here`, null)), `end at ${pad}`).toBe(true);
      const text = `${'😀'.repeat(pad)} withdrawal ${'b '.repeat(200)}`;
      expect(wellFormed(snippet(text, highlighter([['withdrawal']]))), `start at ${pad}`).toBe(true);
    }
  });
});

describe('snippet windows', () => {
  it('prefers the passage where different words of the query meet over the first match', () => {
    const text = `A fee applies. ${'Filler words here. '.repeat(20)}Each withdrawal fee is shown first. ${'More. '.repeat(20)}`;
    expect(snippet(text, highlighter([['withdrawal'], ['fee']]))).toContain('<mark>withdrawal</mark> <mark>fee</mark>');
  });

  it('counts a word and its synonyms as one part of the query', () => {
    const text = `Cash out here. ${'Filler words here. '.repeat(20)}Withdraw, cash out or withdraw again.`;
    expect(snippet(text, highlighter([['withdraw', 'cash out']])).startsWith('<mark>Cash out</mark> here.')).toBe(true);
  });
});

describe('spelling', () => {
  it.each([
    ['passwrod', 'password', 1],
    ['authentcator', 'authenticator', 1],
    ['deposit', 'deposit', 0],
  ])('%s -> %s', (word, expected, distance) => {
    expect(optimalStringAlignment(word, expected)).toBe(distance);
    expect(closestWord(word, ['deposit', 'password', 'authenticator'])).toBe(expected);
  });

  it('does not guess for short or distant words', () => {
    expect(closestWord('abc', ['abd'])).toBeNull();
    expect(closestWord('zzzzzz', ['password'])).toBeNull();
  });
});
