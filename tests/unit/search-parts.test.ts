import { beforeAll, describe, expect, it } from 'vitest';
import { SearchIndex } from '../../lib/search/engine';
import { FieldTerms } from '../../lib/search/field-terms';
import { MAX_CLAUSES, planQuery } from '../../lib/search/query';
import { rank } from '../../lib/search/rank';
import { Synonyms } from '../../lib/search/synonyms';
import { stemWord, withStems, words } from '../../lib/search/tokenize';
import { buildRealIndexes } from './real-indexes';

const synonyms = new Synonyms([
  ['withdraw', 'cash out', 'take out money'],
  ['top up', 'deposit'],
  ['提现', '取钱', '提币'],
  ['API 密钥', 'API key'],
]);
const tokensIn = (text: string) => [...synonyms.tokensIn(words(text).map(stemWord)).keys()];

describe('synonyms', () => {
  it('gives every entry of a group the same token, recognised in its other forms', () => {
    expect(tokensIn('Cash out to your bank')).toEqual(tokensIn('withdrawals are quick'));
    expect(tokensIn('取钱')).toEqual(tokensIn('如何提现'));
    expect(tokensIn('cash out')).not.toEqual(tokensIn('top up'));
  });

  it('finds a Latin phrase only where its words stand together as whole words', () => {
    expect(tokensIn('top up your account')).toHaveLength(1);
    expect(tokensIn('a top upgrade')).toEqual([]);
    expect(tokensIn('up top')).toEqual([]);
  });

  it('finds a Chinese entry anywhere inside a run, and mixed-script entries', () => {
    expect(tokensIn('我想要提现到银行卡')).toHaveLength(1);
    expect(tokensIn('创建API密钥')).toEqual(tokensIn('create an API key'));
  });

  it('records where each group first occurs, for FlexSearch to rank early matches first', () => {
    expect([...synonyms.tokensIn(['fees', 'for', 'cash', 'out', 'and', 'withdraw']).values()]).toEqual([2]);
  });

  it('recognises the longest entry at a query position', () => {
    expect(synonyms.at(['take', 'out', 'money', 'now'].map(stemWord), 0)?.length).toBe(3);
    expect(synonyms.at(['take', 'out'], 0)).toBeNull();
  });

  it('recognises a phrase entry whose last word is still being typed', () => {
    expect(synonyms.completing(['cash', 'ou'], 0)?.entries).toContain('cash out');
    expect(synonyms.completing(['how', 'to', 'take', 'out', 'mon'], 2)?.length).toBe(3);
    expect(synonyms.completing(['cash', 'o'], 0)).toBeNull();
    expect(synonyms.completing(['cash', 'out'], 0)).toBeNull(); // whole already: at() finds it
    expect(synonyms.completing(['ou'], 0)).toBeNull();
  });

  it('cuts a Chinese question where its entries stand', () => {
    expect(synonyms.splitHanRun('怎么取钱')).toEqual(['怎么', '取钱']);
    expect(synonyms.splitHanRun('取钱要多久')).toEqual(['取钱', '要多久']);
    expect(synonyms.splitHanRun('你好')).toEqual(['你好']);
  });
});

describe('field terms', () => {
  const terms = new FieldTerms(
    { title: 'Withdraw crypto', tags: 'fees', headings: 'Cash out to a bank', description: '提现到钱包' },
    synonyms,
  );
  const weight = (term: string) => terms.weight(withStems([term])[0]!);

  it('weighs a term by the heaviest field that holds it', () => {
    expect(weight('withdraw')).toBe(10);
    expect(weight('fees')).toBe(6);
    expect(weight('bank')).toBe(5);
    expect(weight('提现')).toBe(3);
    expect(weight('钱')).toBe(3);
    expect(weight('password')).toBe(0);
  });

  it('counts a prefix or another form of the word a little less than the word itself', () => {
    expect(weight('withdr')).toBe(9);
    expect(weight('withdrawals')).toBe(9);
    expect(weight('fee')).toBeCloseTo(5.4);
  });

  it('knows which synonym groups each field holds', () => {
    const [withdrawToken] = tokensIn('withdraw');
    expect(terms.tokenWeight(withdrawToken!)).toBe(10);
    expect(terms.titleLength).toBe(2);
  });
});

describe('query plan', () => {
  const has = (term: string) => ['reset', 'password', 'withdraw'].includes(term) || term.startsWith('_');

  it('drops question words and words found nowhere, keeping them for spelling correction', () => {
    const plan = planQuery('how do I reset my passwrd', synonyms, has);
    expect(plan.clauses.map((clause) => clause.match)).toEqual([['reset']]);
    expect(plan.words).toContain('passwrd');
  });

  it('turns a synonym entry into its group token, remembering the standard term', () => {
    const [clause] = planQuery('cash out', synonyms, has).clauses;
    expect(clause?.match).toEqual(tokensIn('withdraw'));
    expect(clause?.own.map(({ term }) => term)).toEqual(['cash', 'out']);
    expect(clause?.standard?.map(({ term }) => term)).toEqual(['withdraw']);
  });

  it('searches the rest of a Chinese run around an entry with its neighbouring characters, and drops a stray character', () => {
    const chinese = new Synonyms([['未到账', '没到账'], ['验证码', '校验码']]);
    const [code, rest] = planQuery('验证码发送后', chinese, () => true).clauses;
    expect(code?.token).toBeDefined();
    expect(rest?.match).toEqual(['码发', '发送', '送后']);
    expect(planQuery('钱没到账', chinese, () => true).clauses.map((clause) => clause.token !== undefined)).toEqual([true]);
  });

  it('caps the clauses of a long query, which ranking counts in 16 bits', () => {
    const chinese = new Synonyms([['未到账', '没到账'], ['验证码', '校验码'], ['提现', '取钱']]);
    expect(planQuery('取钱验证码没到账'.repeat(20), chinese, () => true).clauses).toHaveLength(MAX_CLAUSES);
  });

  it('keeps a query made only of question words', () => {
    expect(planQuery('how', synonyms, () => true).clauses).toHaveLength(1);
  });
});

describe('ranking on the real content', () => {
  let indexes = new Map<string, SearchIndex>();
  beforeAll(async () => {
    indexes = await buildRealIndexes();
  });

  const planFor = (index: SearchIndex, query: string) =>
    planQuery(query, new Synonyms(index.synonyms), (term) => index.lookup([term], 'text').length > 0 || index.lookup([term], 'label').length > 0);

  it.each([
    ['en', 'withdrawal fee'],
    ['en', 'reset password email'],
    ['en', 'api key permissions'],
    ['zh', '提现 手续费'],
    ['zh', 'API 密钥 权限'],
  ])('finds exactly the articles FlexSearch finds holding every clause (%s: %s)', (locale, query) => {
    const index = indexes.get(locale)!;
    const plan = planFor(index, query);
    expect(plan.clauses.length).toBeGreaterThan(1);
    // FlexSearch's own AND over the same field is the reference for our intersection.
    const reference = index.lookup(plan.clauses.flatMap((clause) => clause.match), 'text');
    const ranking = rank(plan.clauses, index, () => true);
    expect(reference.length).toBeGreaterThan(0);
    expect(ranking.total).toBe(reference.length);
    expect(ranking.ids.length).toBe(Math.min(reference.length, 50));
    expect(ranking.ids.every((id) => reference.includes(id))).toBe(true);
  });

  it('reads numeric article ids back from an exported index', async () => {
    const index = indexes.get('zh')!;
    const copy = SearchIndex.load(JSON.parse(JSON.stringify(await index.export({ withText: false }))));
    const ids = copy.lookup(['提现'], 'text');
    expect(ids.length).toBeGreaterThan(0);
    expect(ids.every((id) => typeof id === 'number')).toBe(true);
  });
});
