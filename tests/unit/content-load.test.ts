import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { CompiledArticle, CompiledContent } from '../../lib/content/compiled';
import { compiledContentSchema } from '../../lib/content/compiled';
import { loadContent } from '../../lib/content/load';
import { formatProblem } from '../../lib/content/problems';

const validDir = path.join(import.meta.dirname, '../fixtures/content/valid');

let content: CompiledContent;
let warnings: string[];

beforeAll(async () => {
  const result = await loadContent(validDir, { displayPath: (file) => path.relative(validDir, file) });
  if (!result.content) throw new Error(result.problems.map(formatProblem).join('\n'));
  content = result.content;
  warnings = result.problems.map(formatProblem);
});

const article = (locale: string, slug: string): CompiledArticle => {
  const found = content.locales[locale]?.articles.find((candidate) => candidate.slug === slug);
  if (!found) throw new Error(`no ${locale}/${slug}`);
  return found;
};

describe('loading valid content', () => {
  it('compiles every article of every locale, with front matter defaults applied', () => {
    expect(content.locales.en?.articles.map((a) => a.slug).sort()).toEqual(['fees', 'open-an-account', 'spot-scams']);
    expect(content.locales.zh?.articles.map((a) => a.slug).sort()).toEqual(['open-an-account', 'spot-scams']);
    expect(article('en', 'fees')).toMatchObject({ category: 'basics', tags: [], related: [], promoted: false, order: 2 });
  });

  it('carries each locale’s search synonyms, and none where the file is absent', () => {
    expect(content.locales.en?.synonyms).toEqual([['sign up', 'register', 'open an account']]);
    expect(content.locales.zh?.synonyms).toEqual([]);
  });

  it('produces output that the app-side schema accepts', () => {
    expect(compiledContentSchema.safeParse(JSON.parse(JSON.stringify(content))).success).toBe(true);
  });

  it('warns, without failing, about an article with no translation', () => {
    expect(warnings).toContain('en/basics/fees.md: has no zh translation (expected zh/basics/fees.md)');
  });

  it('warns, without failing, about a site variable inside code, which readers see as written', () => {
    expect(warnings.filter((warning) => warning.includes('inside code'))).toEqual([
      'en/basics/fees.md: line 12: {{brand}} is inside code, so readers see it as written; move it out of the code to show its value',
      'en/basics/fees.md: line 15: {{brand}} is inside code, so readers see it as written; move it out of the code to show its value',
    ]);
  });

  it('normalises site URLs and fills {{variables}} from site.yaml', () => {
    expect(content.site.helpCenter).toBe('https://help.testbank.example');
    expect(article('en', 'open-an-account').title).toBe('Open a Testbank account');
    expect(article('en', 'open-an-account').html).toContain('<a href="mailto:help@testbank.example">help@testbank.example</a>');
    expect(article('en', 'open-an-account').html).toContain('href="https://x.com/testbank"');
  });

  it('rewrites links to .md files into article URLs, keeping the #anchor', () => {
    expect(article('en', 'open-an-account').html).toContain('<a href="/en/articles/spot-scams#fake-support">scams</a>');
    expect(article('zh', 'spot-scams').html).toContain('href="/zh/articles/open-an-account"');
  });

  it('ends a bare URL where a Chinese reader sees it end, and keeps the punctuation as text', () => {
    const html = article('zh', 'spot-scams').html;
    expect(html).toContain('<a href="https://www.testbank.example" class="external-link" rel="noopener noreferrer">https://www.testbank.example<span class="sr-only"> （外部网站）</span></a>，一个字母都不能差。');
    expect(html).toContain('<a href="mailto:help@testbank.example">help@testbank.example</a>。');
    expect(html).toContain('href="http://www.testbank.example/help"');
    expect(html).toContain('</a>）或');
    expect(html).toContain('href="https://www.testbank.example/login"');
  });

  it('percent-encodes Chinese section anchors, so no address holds Chinese text', () => {
    const html = article('zh', 'spot-scams').html;
    expect(html).toContain('<h2 id="忘记密码">');
    expect(html).toContain('<a href="#%E5%BF%98%E8%AE%B0%E5%AF%86%E7%A0%81">这一节</a>');
    for (const locale of Object.values(content.locales)) {
      for (const { html: body } of locale.articles) {
        for (const [, href] of body.matchAll(/href="([^"]*)"/g)) expect(href).not.toMatch(/[^\x00-\x7f]|\\/);
      }
    }
  });

  it('expands {{variables}} in prose only: code shows them as written, and \\{{ writes a literal {{', () => {
    const html = article('en', 'fees').html;
    expect(html).toContain('<p>Testbank shows fees');
    expect(html).toContain('Email templates use {{brand}} as a placeholder.');
    expect(html).toContain('<code>Hello {{ user.name }}</code>, and so does <code>{{brand}}</code>');
    expect(html).toContain('{{#if verified}}{{brand}}{{/if}}');
  });

  it('accepts a link to a category that has no articles yet', () => {
    expect(article('en', 'fees').html).toContain('<a href="/en/categories/coming-soon">empty topic</a>');
  });

  it('gives footnote references and footnotes the same id', () => {
    const html = article('en', 'fees').html;
    expect(html).toContain('<a href="#user-content-fn-1" id="user-content-fnref-1"');
    expect(html).toContain('<li id="user-content-fn-1">');
    expect(html).toContain('<a href="#user-content-fnref-1" data-footnote-backref=""');
    expect(html).toContain('aria-describedby="user-content-footnote-label"');
    expect(html).toContain('id="user-content-footnote-label"');
  });

  it('records the source file and a plain-text body for search', () => {
    expect(article('zh', 'open-an-account').source).toBe('zh/basics/open-an-account.md');
    expect(article('en', 'spot-scams').text).toBe(
      'Support never asks for your password. Fake support They message you first. See how to open an account.',
    );
  });
});
