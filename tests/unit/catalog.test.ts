import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { type Catalog, createCatalog } from '../../lib/content/catalog';
import type { CompiledContent } from '../../lib/content/compiled';
import { loadContent } from '../../lib/content/load';
import { DEFAULT_PREBUILT_ARTICLES, prebuiltArticlesPerLocale } from '../../lib/content/source';
import { FLOW_DEPTH_BUILT_AHEAD, flowStepRewrite } from '../../lib/flows/view';
import { catalogAddress } from '../../lib/content/addresses';
import { articleOfPath, flowPath } from '../../lib/routes';

let catalog: Catalog;
let content: CompiledContent;

beforeAll(async () => {
  const loaded = await loadContent(path.join(import.meta.dirname, '../fixtures/content/valid'));
  if (!loaded.content) throw new Error('fixture content should be valid');
  content = loaded.content;
  catalog = createCatalog(content);
});

describe('catalog', () => {
  it('lists a category with its articles in writer order', () => {
    const view = catalog.category('en', 'basics');
    expect(view?.category.title).toBe('Basics');
    expect(view?.articles.map((article) => article.slug)).toEqual(['open-an-account', 'fees']);
    expect(catalog.category('en', 'nope')).toBeNull();
    expect(catalog.category('fr', 'basics')).toBeNull();
  });

  it('returns an article with the locales it is translated into', () => {
    const view = catalog.article('zh', 'open-an-account');
    expect(view?.article.locale).toBe('zh');
    expect(view?.category.title).toBe('基础');
    expect(view?.translations).toEqual(['en', 'zh']);
    expect(view?.fallbackFrom).toBeUndefined();
  });

  it('falls back to the default locale, with the category in the reader’s language', () => {
    const view = catalog.article('zh', 'fees');
    expect(view?.article.locale).toBe('en');
    expect(view?.fallbackFrom).toBe('en');
    expect(view?.category.title).toBe('基础');
    expect(catalog.article('zh', 'nope')).toBeNull();
    expect(catalog.article('fr', 'fees')).toBeNull();
  });

  it('generates a page for every article in every locale, fallbacks included', () => {
    expect(catalog.articleParams()).toEqual(
      expect.arrayContaining([
        { locale: 'en', slug: 'fees' },
        { locale: 'zh', slug: 'fees' },
        { locale: 'zh', slug: 'spot-scams' },
      ]),
    );
    expect(catalog.articleParams()).toHaveLength(6);
  });

  it('builds every article ahead up to the limit a locale, else the ones readers meet first', () => {
    expect(catalog.prebuiltArticleParams(3)).toEqual(catalog.articleParams());
    expect(catalog.prebuiltArticleParams(0)).toEqual([]);
    // Promoted first, then what the guides link to, then each category in turn.
    expect(catalog.prebuiltArticleParams(1)).toEqual([
      { locale: 'en', slug: 'open-an-account' },
      { locale: 'zh', slug: 'open-an-account' },
    ]);
    const plain = createCatalog({
      ...content,
      locales: Object.fromEntries(
        Object.entries(content.locales).map(([locale, { articles, ...rest }]) => [
          locale,
          { ...rest, flows: [], articles: articles.map((article) => ({ ...article, promoted: false })) },
        ]),
      ),
    });
    // Nothing promoted or linked: one of each category before a second of any (basics has two, safety one;
    // the file order would be fees, open-an-account).
    expect(plain.prebuiltArticleParams(2).filter(({ locale }) => locale === 'en').map(({ slug }) => slug)).toEqual(['open-an-account', 'spot-scams']);
  });

  it('reads HELP_PREBUILT_ARTICLES as a whole number, and refuses anything else by name', () => {
    expect(prebuiltArticlesPerLocale(undefined)).toBe(DEFAULT_PREBUILT_ARTICLES);
    expect(prebuiltArticlesPerLocale(' ')).toBe(DEFAULT_PREBUILT_ARTICLES);
    expect(prebuiltArticlesPerLocale('0')).toBe(0);
    expect(prebuiltArticlesPerLocale(' 60 ')).toBe(60);
    for (const bad of ['-1', '1.5', 'all', '1e3']) expect(() => prebuiltArticlesPerLocale(bad)).toThrow(/HELP_PREBUILT_ARTICLES/);
  });

  it('reads an article address as written, and nothing else as one', () => {
    expect(articleOfPath('/en/articles/fees')).toEqual({ locale: 'en', slug: 'fees' });
    expect(articleOfPath('/zh/articles/%66ees')).toEqual({ locale: 'zh', slug: '%66ees' });
    for (const other of ['/en/articles', '/en/articles/', '/en/articles/fees/x', '/en/categories/fees', '/articles/fees']) expect(articleOfPath(other)).toBeNull();
  });

  it('sends the language switch to the translation, or to the home page notice when there is none', () => {
    expect(catalog.alternates({ kind: 'article', slug: 'open-an-account' })).toEqual([
      { locale: 'en', path: '/en/articles/open-an-account', translated: true },
      { locale: 'zh', path: '/zh/articles/open-an-account', translated: true },
    ]);
    expect(catalog.alternates({ kind: 'article', slug: 'fees' })[1]).toEqual({
      locale: 'zh',
      path: '/zh#untranslated',
      translated: false,
    });
    expect(catalog.alternates({ kind: 'category', slug: 'safety' })[1]?.path).toBe('/zh/categories/safety');
  });

  it('puts the writer’s related articles first and tops up from the same category', () => {
    const scams = catalog.article('en', 'spot-scams');
    expect(catalog.related(scams!.article, 'en').map((a) => a.slug)).toEqual(['open-an-account']);
    const account = catalog.article('en', 'open-an-account');
    expect(catalog.related(account!.article, 'en').map((a) => a.slug)).toEqual(['spot-scams', 'fees']);
  });

  it('lists promoted articles and knows whether there is a support category', () => {
    expect(catalog.promoted('en').map((a) => a.slug)).toEqual(['open-an-account', 'spot-scams']);
    expect(catalog.supportPath('en')).toBeNull();
  });
});

describe('flow steps built ahead', () => {
  it('are each flow’s start and the steps up to FLOW_DEPTH_BUILT_AHEAD answers deep, and the rest are kept on demand', () => {
    const kept = catalog.flowParams();
    const built = catalog.prebuiltFlowParams();
    const key = ({ locale, flow, answers }: { locale: string; flow: string; answers: string[] }) => flowPath(locale, flow, answers);
    const keptKeys = new Set(kept.map(key));
    expect(built.every((params) => keptKeys.has(key(params)))).toBe(true);
    expect(built.every(({ answers }) => answers.length <= FLOW_DEPTH_BUILT_AHEAD)).toBe(true);
    // Nothing within the depth is left out (the e2e build has deeper steps, left for their first request).
    expect(built.length).toBe(kept.filter(({ answers }) => answers.length <= FLOW_DEPTH_BUILT_AHEAD).length);
    for (const locale of catalog.locales) {
      for (const flow of catalog.flows(locale)) expect(built.map(key)).toContain(flowPath(locale, flow.slug));
    }
  });
});

describe('flow steps that are not kept', () => {
  it('are sent to the per-request route; kept pages (built ahead or not), other paths and unknown flows are left alone', () => {
    const rewrite = (pathname: string) => flowStepRewrite(pathname, catalog.flow);
    const built = catalog.flowParams().filter(({ locale }) => locale === 'en');
    expect(built.length).toBeGreaterThan(1);
    for (const { flow, answers } of built) expect(rewrite(flowPath('en', flow, answers))).toBeNull();
    const { flow } = built[0]!;
    expect(rewrite(`/en/flows/${flow}/no-such-answer`)).toBe(`/en/flow-steps/${flow}/no-such-answer`);
    expect(rewrite(`/en/flows/${flow}/%E0%A4%A`)).toBe(`/en/flow-steps/${flow}/%E0%A4%A`);
    const longest = built.reduce((a, b) => (b.answers.length > a.answers.length ? b : a));
    expect(rewrite(`${flowPath('en', flow, longest.answers)}/${longest.answers[0] ?? 'x'}`)).toMatch(/^\/en\/flow-steps\//);
    expect(rewrite('/en/flows/no-such-flow/x')).toBeNull();
    expect(rewrite('/en/articles/x')).toBeNull();
    expect(rewrite('/en/flows')).toBeNull();
  });
});

describe('what a page address names in the catalog', () => {
  it('is a kept page, a made-up article or flow, or something else', () => {
    const [step] = catalog.flowParams();
    const kept = (pathname: string) => catalogAddress(pathname, catalog);
    expect(kept('/en/articles/spot-scams')).toBe('kept');
    expect(kept(flowPath(step!.locale, step!.flow, step!.answers))).toBe('kept');
    expect(kept('/en/articles/no-such-article')).toBe('unknown');
    expect(kept('/xx/articles/spot-scams')).toBe('unknown');
    expect(kept('/en/flows/no-such-flow/yes')).toBe('unknown');
    expect(kept(`/en/flows/${step!.flow}/no-such-answer`)).toBe('other');
    expect(kept('/en/search')).toBe('other');
  });
});
