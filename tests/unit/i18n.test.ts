import { describe, expect, it } from 'vitest';
import en from '../../lib/i18n/messages/en.json';
import zh from '../../lib/i18n/messages/zh.json';
import { ERROR_PAGE, errorPageFor } from '../../lib/i18n/error-page';
import { formatDate, getMessages, interpolate, localesWithMessages, plural } from '../../lib/i18n/messages';
import { negotiateLocale, notFoundLocale } from '../../lib/i18n/negotiate';

/** Every key path of a nested strings object, e.g. "home.title". */
function keyPaths(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix];
  return Object.entries(value).flatMap(([key, child]) => keyPaths(child, prefix ? `${prefix}.${key}` : key));
}

describe('interface strings', () => {
  it('has every English string in Chinese too, and no extras', () => {
    expect(keyPaths(zh).sort()).toEqual(keyPaths(en).sort());
  });

  it('uses the same {placeholders} in each translation', () => {
    const placeholders = (text: unknown) => String(text).match(/\{\w+\}/g)?.sort() ?? [];
    const lookup = (messages: unknown, keyPath: string) =>
      keyPath.split('.').reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], messages);
    for (const keyPath of keyPaths(en)) {
      expect(placeholders(lookup(zh, keyPath)), keyPath).toEqual(placeholders(lookup(en, keyPath)));
    }
  });

  it('refuses a locale that has no strings', () => {
    expect(() => getMessages('fr')).toThrow('No interface strings for locale "fr"');
  });

  it('fills placeholders and leaves unknown ones visible', () => {
    expect(interpolate('Updated {date} by {who}', { date: 'today' })).toBe('Updated today by {who}');
  });

  it('picks plural forms by locale', () => {
    expect(plural(en.category.articleCount, 'en', 1)).toBe('1 article');
    expect(plural(en.category.articleCount, 'en', 1200)).toBe('1,200 articles');
    expect(plural(zh.category.articleCount, 'zh', 3)).toBe('3 篇文章');
  });

  it('formats dates in the reader’s locale, whatever the server’s time zone', () => {
    expect(formatDate('2026-01-31', 'en')).toBe('January 31, 2026');
    expect(formatDate('2026-01-31', 'zh')).toBe('2026年1月31日');
  });
});

describe('locale negotiation', () => {
  const locales = ['en', 'zh'];
  it.each([
    ['zh-CN,zh;q=0.9,en;q=0.8', 'zh'],
    ['zh-Hans-CN', 'zh'],
    ['zh-TW', 'zh'],
    ['en-GB,en;q=0.9', 'en'],
    ['fr-FR,zh;q=0.5', 'zh'],
    ['fr-FR', 'en'],
    ['de;q=0.9,en;q=0.1,zh;q=0.5', 'zh'],
    ['', 'en'],
    ['*', 'en'],
    ['en_US!!,;q=abc', 'en'],
  ])('Accept-Language %j -> %s', (header, expected) => {
    expect(negotiateLocale(header, locales, 'en')).toBe(expected);
  });

  it('handles a missing header', () => {
    expect(negotiateLocale(null, locales, 'en')).toBe('en');
  });

  it('lets a 404 speak the URL’s language first, then the browser’s', () => {
    expect(notFoundLocale('/zh/articles/nope', 'en', locales, 'en')).toBe('zh');
    expect(notFoundLocale('/nope', 'zh-CN', locales, 'en')).toBe('zh');
    expect(notFoundLocale('/xx/nope', null, locales, 'en')).toBe('en');
    expect(notFoundLocale(null, null, locales, 'en')).toBe('en');
  });
});

describe('the error page strings', () => {
  it('exist, complete and non-empty, for every locale with interface strings', () => {
    for (const locale of localesWithMessages) {
      const { locale: chosen, strings } = errorPageFor(`/${locale}/articles/x`);
      expect(chosen).toBe(locale);
      expect(Object.keys(strings).sort()).toEqual(Object.keys(ERROR_PAGE.en!).sort());
      for (const text of Object.values(strings)) expect(text.trim()).not.toBe('');
    }
  });

  it('fall back to English for a path without a known locale', () => {
    for (const pathname of [undefined, '', '/', '/admin/insights', '/fr/x']) expect(errorPageFor(pathname).locale).toBe('en');
    expect(errorPageFor('zh').locale).toBe('zh');
  });
});
