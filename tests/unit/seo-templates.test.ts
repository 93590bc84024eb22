import { describe, expect, it } from 'vitest';
import { editDistance } from '../../lib/content/problems';
import { expandTemplates } from '../../lib/content/templates';
import { breadcrumbJsonLd, pageMetadata, serializeJsonLd } from '../../lib/seo';

describe('templates', () => {
  const variables = new Map([
    ['brand', 'Testbank'],
    ['social.x', 'https://x.com/testbank'],
  ]);

  it('replaces known variables, tolerating inner spaces', () => {
    expect(expandTemplates('{{brand}} and {{ social.x }}', variables)).toEqual({
      text: 'Testbank and https://x.com/testbank',
      unknown: [],
    });
  });

  it('reports unknown variables with their line and leaves them in place', () => {
    expect(expandTemplates('one\ntwo {{brnad}}\n{{x}}', variables)).toEqual({
      text: 'one\ntwo {{brnad}}\n{{x}}',
      unknown: [
        { name: 'brnad', line: 2 },
        { name: 'x', line: 3 },
      ],
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
