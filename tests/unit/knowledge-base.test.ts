import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { CompiledContent } from '../../lib/content/compiled';
import { loadContent } from '../../lib/content/load';
import { formatProblem } from '../../lib/content/problems';

/**
 * Guards the shipped knowledge base so it cannot silently shrink or drift: every category is well
 * stocked, every article is translated, and nothing names a real exchange.
 */
const contentDir = path.join(import.meta.dirname, '../../content');
const MIN_ARTICLES_PER_LOCALE = 60;
const MIN_ARTICLES_PER_CATEGORY = 5;
const REQUIRED_CATEGORIES = [
  'getting-started',
  'account-access',
  'account-security',
  'verification',
  'deposits-withdrawals',
  'trading',
  'account-management',
  'api',
  'support',
  'faq',
];
/** Real exchanges (and their Chinese names): a look-alike of one is exactly the scam we warn about. */
const REAL_EXCHANGES =
  /binance|coinbase|kraken|\bokx\b|okex|bybit|kucoin|huobi|\bhtx\b|bitfinex|bitstamp|gemini|bitget|gate\.io|\bmexc\b|crypto\.com|upbit|bithumb|bitflyer|币安|火币|欧易|抹茶|芝麻开门/i;

let content: CompiledContent;
let warnings: string[];

beforeAll(async () => {
  const result = await loadContent(contentDir);
  if (!result.content) throw new Error(result.problems.map(formatProblem).join('\n'));
  content = result.content;
  warnings = result.problems.filter((problem) => problem.severity === 'warning').map(formatProblem);
});

async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries.filter((entry) => entry.isFile()).map((entry) => path.join(entry.parentPath, entry.name));
}

describe('the shipped knowledge base', () => {
  it('builds with no errors and no warnings', () => {
    expect(warnings).toEqual([]);
  });

  it.each(['en', 'zh'])('has every category, each with enough articles, in %s', (locale) => {
    const { categories = [], articles = [] } = content.locales[locale] ?? {};
    expect(categories.map((category) => category.slug)).toEqual(REQUIRED_CATEGORIES);
    expect(articles.length).toBeGreaterThanOrEqual(MIN_ARTICLES_PER_LOCALE);
    for (const category of REQUIRED_CATEGORIES) {
      const count = articles.filter((article) => article.category === category).length;
      expect(count, `${locale}/${category}`).toBeGreaterThanOrEqual(MIN_ARTICLES_PER_CATEGORY);
    }
  });

  it('translates every article, in the same category, in both languages', () => {
    const index = (locale: string) =>
      Object.fromEntries((content.locales[locale]?.articles ?? []).map((article) => [article.slug, article.category]));
    expect(index('zh')).toEqual(index('en'));
  });

  it('promotes a handful of articles, in both languages alike', () => {
    const promoted = (locale: string) =>
      content.locales[locale]?.articles.filter((article) => article.promoted).map((article) => article.slug).sort();
    expect(promoted('zh')).toEqual(promoted('en'));
    expect(promoted('en')?.length).toBeGreaterThanOrEqual(4);
    expect(promoted('en')?.length).toBeLessThanOrEqual(12);
  });

  it('has search synonyms for the words people type, including the brief’s own examples', () => {
    // Search ignores case, so the groups are compared in lower case.
    const groupOf = (locale: string, word: string) =>
      content.locales[locale]?.synonyms
        .map((group) => group.map((entry) => entry.toLowerCase()))
        .find((group) => group.includes(word)) ?? [];
    for (const locale of ['en', 'zh']) expect(content.locales[locale]?.synonyms.length).toBeGreaterThanOrEqual(25);
    expect(groupOf('zh', '取钱')).toContain('提现');
    expect(groupOf('zh', '钱到账')).toContain('交易确认');
    expect(groupOf('en', '2fa')).toContain('authenticator');
    expect(groupOf('en', 'txid')).toContain('hash');
    expect(groupOf('en', 'seed phrase')).toContain('recovery phrase');
    expect(groupOf('en', 'seed phrase')).not.toContain('private key');
  });

  it('keeps the house terms: 您 for the reader, 私钥 only for wallets, one spelling and one menu arrow in English', async () => {
    const rules: [locale: string, pattern: RegExp, why: string][] = [
      ['zh', /你/, 'address the reader as 您'],
      ['zh', /API\s*私钥/, '私钥 is a wallet’s private key; the API secret is the Secret Key'],
      ['zh', /基础认证|中级认证/, 'KYC levels are 未认证, 初级认证 and 高级认证'],
      ['en', /recognis|cancell(?:ed|ing)/i, 'US spelling'],
      ['en', /\*\* > \*\*/, 'menus are written **A** → **B**'],
      ['en', /^(?!tags:).*\bsign(?:ed)? in\b/im, 'the button says Log in'],
    ];
    const offending: string[] = [];
    for (const file of await filesUnder(contentDir)) {
      const locale = path.relative(contentDir, file).split(path.sep)[0];
      if (!file.endsWith('.md')) continue;
      const text = await readFile(file, 'utf8');
      for (const [ruleLocale, pattern, why] of rules) {
        const match = ruleLocale === locale ? pattern.exec(text) : null;
        if (match) offending.push(`${path.relative(contentDir, file)}: "${match[0].slice(0, 40)}" (${why})`);
      }
    }
    expect(offending).toEqual([]);
  });

  it('names no real exchange anywhere in content/', async () => {
    const offending: string[] = [];
    for (const file of await filesUnder(contentDir)) {
      const text = await readFile(file, 'utf8');
      const match = REAL_EXCHANGES.exec(text);
      if (match) offending.push(`${path.relative(contentDir, file)}: ${match[0]}`);
    }
    expect(offending).toEqual([]);
  });

  it('writes the brand and its domains only in site.yaml; articles use {{variables}}', async () => {
    const { brand, domain } = content.site;
    const offending: string[] = [];
    for (const file of await filesUnder(contentDir)) {
      if (path.basename(file) === 'site.yaml') continue;
      const text = await readFile(file, 'utf8');
      if (text.includes(brand) || text.includes(domain)) offending.push(path.relative(contentDir, file));
    }
    expect(offending).toEqual([]);
  });
});
