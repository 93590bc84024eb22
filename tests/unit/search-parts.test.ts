import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { SearchIndex } from '../../lib/search/engine';
import { FieldTerms } from '../../lib/search/field-terms';
import { MAX_CLAUSES, planQuery } from '../../lib/search/query';
import { rank } from '../../lib/search/rank';
import { kthLargest } from '../../lib/search/select';
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

  it('counts a term in its best field whole and in the other fields a share (dis-max with a tie-breaker)', () => {
    const [withdrawToken] = tokensIn('withdraw');
    // The withdraw group is in the title (withdraw) and a heading (cash out): 10 + 0.3 * 5.
    expect(terms.tokenWeight(withdrawToken!)).toBeCloseTo(11.5);
    expect(terms.titleLength).toBe(2);
  });

  it('weighs repeated words by the square root of their count, and a field longer than the mean less', () => {
    const repeated = new FieldTerms({ title: 'Fees', tags: '', headings: 'Fees for deposits. Fees for withdrawals. Fees for trading. Fees for P2P.', description: '' }, synonyms);
    expect(repeated.weight(withStems(['fees'])[0]!)).toBeCloseTo(10 + 0.3 * 5 * Math.sqrt(4));
    const mean = { title: 2, tags: 1, headings: 4, description: 10 };
    const short = new FieldTerms({ title: 'Fees', tags: '', headings: '', description: '' }, synonyms, mean);
    const long = new FieldTerms({ title: 'Fees and limits for every coin', tags: '', headings: '', description: '' }, synonyms, mean);
    expect(short.weight(withStems(['fees'])[0]!)).toBeGreaterThan(10);
    expect(long.weight(withStems(['fees'])[0]!)).toBeLessThan(10);
  });

  it('records words that stand together, for phrase evidence', () => {
    expect(terms.phraseWeight('withdraw crypto')).toBe(10);
    expect(terms.phraseWeight('crypto withdraw')).toBe(0);
    expect(new FieldTerms({ title: '忘记密码怎么办', tags: '', headings: '', description: '' }, synonyms).phraseWeight('忘记密码')).toBe(10);
  });
});

describe('query plan', () => {
  const frequency = (term: string) => (['reset', 'password', 'withdraw'].includes(term) || term.startsWith('_') ? 1 : 0);
  const chineseFrequencies: Record<string, number> = { 密码: 77, 码输: 1, 输错: 6, 错太: 1, 太多: 3, 多次: 9, 忘记: 20, 记密: 0 };
  const chineseFrequency = (term: string) => chineseFrequencies[term] ?? 0;
  const none = new Synonyms([]);

  it('drops question words and words found nowhere, keeping them for spelling correction', () => {
    const plan = planQuery('how do I reset my passwrd', synonyms, frequency);
    expect(plan.clauses.map((clause) => clause.match)).toEqual([['reset']]);
    expect(plan.words).toContain('passwrd');
  });

  it('turns a synonym entry into its group token, remembering the standard term', () => {
    const [clause] = planQuery('cash out', synonyms, frequency).clauses;
    expect(clause?.match).toEqual(tokensIn('withdraw'));
    expect(clause?.own.map(({ term }) => term)).toEqual(['cash', 'out']);
    expect(clause?.standard?.map(({ term }) => term)).toEqual(['withdraw']);
  });

  it('records neighbouring words as phrases, across function words', () => {
    const plan = planQuery('how do I reset my password', synonyms, frequency);
    expect(plan.phrases).toEqual([{ clauses: [0, 1], text: 'reset password' }]);
  });

  it('cuts a Chinese question at function words and the rest into its likeliest words, not every overlapping pair', () => {
    // 码输 and 错太 straddle two words; the cut by frequency leaves them out, and the stray 太 too.
    const plan = planQuery('我的密码输错太多次了吗', none, chineseFrequency);
    expect(plan.clauses.map((clause) => clause.match)).toEqual([['密码'], ['输错'], ['多次']]);
    expect(plan.phrases.map(({ text }) => text)).toEqual(['密码输错']);
  });

  it('matches a Chinese run typed whole by each of its pairs, dropping pairs no article has', () => {
    const plan = planQuery('忘记密码', none, chineseFrequency);
    expect(plan.clauses.map((clause) => clause.match)).toEqual([['忘记'], ['密码']]);
    expect(plan.phrases.map(({ text }) => text)).toEqual(['忘记密码']);
  });

  it('keeps a synonym entry whole inside a Chinese question and drops a stray character beside it', () => {
    const chinese = new Synonyms([['未到账', '没到账'], ['验证码', '校验码']]);
    expect(planQuery('钱没到账', chinese, () => 1).clauses.map((clause) => clause.token !== undefined)).toEqual([true]);
    const plan = planQuery('为什么验证码一直没到账呢', chinese, () => 1);
    expect(plan.clauses.every((clause) => clause.token !== undefined)).toBe(true);
    expect(plan.highlights.map(([typed]) => typed)).toEqual(['验证码', '没到账']);
  });

  it('caps the clauses of a long query, which ranking counts in 32 bits', () => {
    const chinese = new Synonyms([['未到账', '没到账'], ['验证码', '校验码'], ['提现', '取钱']]);
    expect(planQuery('取钱验证码没到账'.repeat(20), chinese, () => 1).clauses).toHaveLength(MAX_CLAUSES);
    expect(MAX_CLAUSES).toBeLessThanOrEqual(31);
  });

  it('keeps a query made only of question words', () => {
    expect(planQuery('how', synonyms, () => 1).clauses).toHaveLength(1);
  });
});

describe('ranking on the real content', () => {
  let indexes = new Map<string, SearchIndex>();
  beforeAll(async () => {
    indexes = await buildRealIndexes();
  });

  const planFor = (index: SearchIndex, query: string) =>
    planQuery(query, new Synonyms(index.synonyms), (term) => index.lookup([term], 'text').length || index.lookup([term], 'label').length);

  it.each([
    ['en', 'withdrawal fee'],
    ['en', 'reset password email'],
    ['en', 'api key permissions'],
    ['zh', '提现 手续费'],
    ['zh', 'API 密钥 权限'],
  ])('lists every article FlexSearch finds holding every clause, one of them first (%s: %s)', (locale, query) => {
    const index = indexes.get(locale)!;
    const plan = planFor(index, query);
    expect(plan.clauses.length).toBeGreaterThan(1);
    // FlexSearch's own AND over the same field is the reference for our union of bit sets.
    const reference = index.lookup(plan.clauses.flatMap((clause) => clause.match), 'text');
    const ranking = rank(plan, index, () => true);
    expect(reference.length).toBeGreaterThan(0);
    expect(ranking.held).toBe(plan.clauses.length);
    expect(ranking.total).toBeGreaterThanOrEqual(reference.length);
    expect(reference.filter((id) => !ranking.ids.includes(id))).toEqual([]);
    expect(reference).toContain(ranking.ids[0]);
  });

  it('reads each clause only so far, so a common word costs no more in 10,000 articles than in 1,000', () => {
    const index = indexes.get('en')!;
    const reads: number[] = [];
    const counting = { ...index, size: index.size, fieldTerms: (id: number) => index.fieldTerms(id), promoted: (id: number) => index.promoted(id),
      lookup: (terms: string[], field: 'text' | 'label', limit?: number) => {
        reads.push(limit ?? Infinity);
        return index.lookup(terms, field, limit);
      } };
    rank(planFor(index, 'account password'), counting, () => true);
    expect(reads.length).toBeGreaterThan(0);
    expect(Math.max(...reads)).toBeLessThanOrEqual(1_000);
  });

  it('reads numeric article ids back from an exported index', async () => {
    const index = indexes.get('zh')!;
    const copy = SearchIndex.load(JSON.parse(JSON.stringify(await index.export({ withText: false }))));
    const ids = copy.lookup(['提现'], 'text');
    expect(ids.length).toBeGreaterThan(0);
    expect(ids.every((id) => typeof id === 'number')).toBe(true);
  });
});

describe('selecting the best-covered candidates', () => {
  it('finds the k-th largest value at or above a floor, as sorting would', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 20 }), { maxLength: 300 }), fc.integer({ min: 0, max: 20 }), fc.integer({ min: 1, max: 60 }), (numbers, floor, k) => {
        const values = Float64Array.from(numbers);
        const sorted = numbers.filter((value) => value >= floor).sort((a, b) => b - a);
        const expected = sorted.length >= k ? sorted[k - 1] : floor;
        expect(kthLargest(values, values.length, floor, k, new Float64Array(values.length))).toBe(expected);
      }),
      { numRuns: 500 },
    );
  });
});
