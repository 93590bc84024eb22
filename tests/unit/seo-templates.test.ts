import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { editDistance } from '../../lib/content/problems';
import { expandTemplates } from '../../lib/content/templates';
import { SOCIAL_CARD, breadcrumbJsonLd, pageMetadata, serializeJsonLd, webAppManifest } from '../../lib/seo';

describe('templates', () => {
  const variables = new Map([
    ['brand', 'Testbank'],
    ['social.x', 'https://x.com/testbank'],
  ]);

  it('replaces known variables, tolerating inner spaces', () => {
    expect(expandTemplates('{{brand}} and {{ social.x }}', variables)).toEqual({
      text: 'Testbank and https://x.com/testbank',
      unknown: [],
      inCode: [],
    });
  });

  it('leaves code and backslash-escaped templates as written, and reports nothing there', () => {
    const source = 'a {{brand}} `{{brand}} {{nope}}` \\{{brand}} \\{{nope}} {{brand}}';
    const code: [number, number][] = [[source.indexOf('`'), source.lastIndexOf('`') + 1]];
    expect(expandTemplates(source, variables, code)).toEqual({
      text: 'a Testbank `{{brand}} {{nope}}` \\{{brand}} \\{{nope}} Testbank',
      unknown: [],
      // A site variable in code is probably a mistake; the caller warns about it.
      inCode: [{ name: 'brand', line: 1 }],
    });
  });

  it('reports unknown variables with their line and leaves them in place', () => {
    expect(expandTemplates('one\ntwo {{brnad}}\n{{x}}', variables)).toEqual({
      text: 'one\ntwo {{brnad}}\n{{x}}',
      unknown: [
        { name: 'brnad', line: 2 },
        { name: 'x', line: 3 },
      ],
      inCode: [],
    });
  });
});

describe('seo', () => {
  it('builds canonical and hreflang links only for real translations, with x-default', () => {
    const metadata = pageMetadata({
      title: 'T',
      description: 'D',
      path: '/zh/articles/a',
      defaultLocale: 'en',
      locale: 'zh',
      siteName: 'Harborline 帮助中心',
      alternates: [
        { locale: 'en', path: '/en/articles/a', translated: true },
        { locale: 'zh', path: '/zh/articles/a', translated: true },
        { locale: 'fr', path: '/fr#untranslated', translated: false },
      ],
    });
    expect(metadata.alternates).toEqual({
      canonical: '/zh/articles/a',
      languages: { en: '/en/articles/a', zh: '/zh/articles/a', 'x-default': '/en/articles/a' },
    });
  });

  it('serialises JSON-LD so that text cannot close the script tag', () => {
    const json = serializeJsonLd({ name: '</script><script>alert(1)</script>' });
    expect(json).not.toContain('</script>');
    expect(JSON.parse(json)).toEqual({ name: '</script><script>alert(1)</script>' });
  });

  it('gives breadcrumbs absolute URLs in order', () => {
    expect(breadcrumbJsonLd('https://help.example.org', [{ name: 'Home', path: '/en' }]).itemListElement).toEqual([
      { '@type': 'ListItem', position: 1, name: 'Home', item: 'https://help.example.org/en' },
    ]);
  });
});

describe('editDistance', () => {
  it.each([
    ['title', 'title', 0],
    ['tilte', 'title', 2],
    ['updatd', 'updated', 1],
    ['', 'tags', 4],
  ])('%s -> %s is %i', (a, b, distance) => {
    expect(editDistance(a, b)).toBe(distance);
  });
});

/** Width and height from a PNG's IHDR chunk, which always starts at byte 16. */
function pngSize(file: string): string {
  const bytes = readFileSync(path.join(import.meta.dirname, '../../public', file));
  expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
  return `${bytes.readUInt32BE(16)}x${bytes.readUInt32BE(20)}`;
}

describe('public images', () => {
  it('has every manifest icon in public/, at the size the manifest declares', () => {
    const { icons } = webAppManifest({ name: 'n', shortName: 's', description: 'd', startUrl: '/', lang: 'en' });
    expect(icons.length).toBeGreaterThan(0);
    for (const icon of icons) expect(pngSize(icon.src.slice(1))).toBe(icon.sizes);
  });

  it('has the social card in public/, at the size the metadata declares', () => {
    expect(pngSize(SOCIAL_CARD.url.slice(1))).toBe(`${SOCIAL_CARD.width}x${SOCIAL_CARD.height}`);
    const metadata = pageMetadata({ title: 't', description: 'd', path: '/en', alternates: [], defaultLocale: 'en', locale: 'en', siteName: 'Harborline Help Center' });
    expect(metadata.openGraph.images).toEqual([{ ...SOCIAL_CARD, alt: 'Harborline Help Center' }]);
    expect(metadata.twitter.images).toEqual(metadata.openGraph.images);
  });
});
