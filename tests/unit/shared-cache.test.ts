import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { TRANSIENT_ATTRIBUTE, entityTag, isSharedCacheable, isTransientPage, matchesEntityTag } from '../../lib/shared-cache';
import { holdResponse } from '../../scripts/lib/whole-response';

describe('pages for shared caches', () => {
  it('are the results pages of the site’s locales only', () => {
    expect(isSharedCacheable('/en/search', ['en', 'zh'])).toBe(true);
    expect(isSharedCacheable('/zh/search', ['en', 'zh'])).toBe(true);
    for (const path of ['/fr/search', '/en/search/x', '/en/searchx', '/search', '/api/search', '/en/contact']) expect(isSharedCacheable(path, ['en', 'zh']), path).toBe(false);
  });

  it('have a strong tag that changes with any byte', () => {
    const tag = entityTag(Buffer.from('<p>a</p>'));
    expect(tag).toMatch(/^"[\w-]{27}"$/);
    expect(entityTag(Buffer.from('<p>a</p>'))).toBe(tag);
    expect(entityTag(Buffer.from('<p>b</p>'))).not.toBe(tag);
    expect(matchesEntityTag(tag, tag)).toBe(true);
    expect(matchesEntityTag(`"other", W/${tag}`, tag)).toBe(true);
    expect(matchesEntityTag('*', tag)).toBe(true);
    expect(matchesEntityTag(undefined, tag)).toBe(false);
    expect(matchesEntityTag('"other"', tag)).toBe(false);
    expect(matchesEntityTag(tag.slice(0, -2) + '"', tag)).toBe(false);
  });
});

describe('a page true only now', () => {
  it('is told by its own markup, in the HTML and in the React payload', () => {
    const marked = createElement('div', { [TRANSIENT_ATTRIBUTE]: 'search-unavailable' }, 'Search is unavailable');
    expect(isTransientPage(renderToStaticMarkup(marked))).toBe(true);
    expect(isTransientPage(JSON.stringify(['$', 'div', null, { [TRANSIENT_ATTRIBUTE]: 'search-unavailable' }]))).toBe(true);
    expect(isTransientPage(renderToStaticMarkup(createElement('div', null, 'Search results')))).toBe(false);
  });

  it('cannot be spelled by a reader’s query, which both escape', () => {
    for (const query of [`${TRANSIENT_ATTRIBUTE}="x"`, `"${TRANSIENT_ATTRIBUTE}":"x"`, `<div ${TRANSIENT_ATTRIBUTE}="x">`]) {
      const echoed = createElement('form', null, createElement('input', { name: 'q', defaultValue: query }), createElement('p', null, query));
      expect(isTransientPage(renderToStaticMarkup(echoed)), query).toBe(false);
      expect(isTransientPage(JSON.stringify(['$', 'input', null, { defaultValue: query }])), query).toBe(false);
    }
  });
});

describe('a held response', () => {
  let server: Server | undefined;
  afterEach(() => server?.close());

  async function serve(handler: Parameters<typeof createServer>[1]): Promise<Response> {
    server = createServer(handler);
    await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
    return fetch(`http://127.0.0.1:${(server.address() as AddressInfo).port}/`);
  }

  it('reaches the client whole, after `finish` has seen every chunk and changed the headers', async () => {
    const response = await serve((_, res) => {
      let seen = '';
      holdResponse(res, (body) => {
        seen = body.toString();
        res.setHeader('X-Seen', String(body.length));
        return Buffer.from(seen.toUpperCase());
      });
      // As Next streams a page: headers flushed early, then chunks of both kinds, then the end.
      res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
      res.flushHeaders();
      res.write('<p>first ');
      res.write(Buffer.from('second '));
      res.end('третий</p>');
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('x-seen')).toBe(String(Buffer.byteLength('<p>first second третий</p>')));
    expect(response.headers.get('content-length')).toBe(String(Buffer.byteLength('<P>FIRST SECOND ТРЕТИЙ</P>')));
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(await response.text()).toBe('<P>FIRST SECOND ТРЕТИЙ</P>');
  });

  it('may turn into a 304 without a body', async () => {
    const response = await serve((_, res) => {
      holdResponse(res, () => {
        res.statusCode = 304;
        return Buffer.alloc(0);
      });
      res.end('<p>page</p>');
    });
    expect(response.status).toBe(304);
    expect(response.headers.get('content-length')).toBeNull();
  });
});
