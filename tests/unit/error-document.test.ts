import { describe, expect, it } from 'vitest';
import { errorDigest, errorDocument, isServerErrorShell, stylesheetsOf } from '../../components/error-document';
import { ERROR_PAGE } from '../../lib/i18n/error-page';

describe('the error page sent for a page that failed on the server', () => {
  it('is in the language of the address, with a retry of the same address and a way home', () => {
    const html = errorDocument({ path: '/zh/search?q=1', digest: '4258181500', stylesheets: ['/_next/static/chunks/site.css'] });
    expect(html).toMatch(/^<!DOCTYPE html><html lang="zh">/);
    expect(html).toContain(ERROR_PAGE.zh!.title);
    expect(html).toContain('href="/zh/search?q=1"');
    expect(html).toContain('href="/zh"');
    expect(html).toContain('<code>4258181500</code>');
    expect(html).toContain('<link rel="stylesheet" href="/_next/static/chunks/site.css"/>');
    expect(html).not.toContain('<script');
    expect(errorDocument({ path: '/fault', stylesheets: [] })).toMatch(/^<!DOCTYPE html><html lang="en">/);
  });

  it('escapes the address and shows only a digest that looks like one', () => {
    const html = errorDocument({ path: '/en/x?q="><script>alert(1)</script>', digest: '<img src=x onerror=alert(1)>', stylesheets: [] });
    expect(html).not.toContain('<script>');
    expect(html).toContain('href="/en/x?q=&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;"');
    expect(html).not.toContain('<img');
    expect(html).not.toContain(ERROR_PAGE.en!.reference);
  });

  it('replaces only Next’s empty document for a failed page, and reads its digest and the site’s stylesheets', () => {
    const shell = '<!DOCTYPE html><html id="__next_error__"><head></head><body><script>self.__next_f.push([1,"1:{\\"digest\\":\\"2830230652\\"}"])</script></body></html>';
    expect(isServerErrorShell(shell)).toBe(true);
    expect(errorDigest(shell)).toBe('2830230652');
    expect(isServerErrorShell('<!DOCTYPE html><html lang="en"><body>__next_error__</body></html>')).toBe(false);
    expect(stylesheetsOf('<link rel="stylesheet" href="/a.css" data-precedence="next"/><link rel="stylesheet" href="/b.css"/>')).toEqual(['/a.css', '/b.css']);
  });
});
