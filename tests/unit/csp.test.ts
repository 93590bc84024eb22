import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { inlineScriptHashes } from '@/lib/csp';

const hashOf = (text: string) => `sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}`;

describe('inlineScriptHashes', () => {
  it('hashes the scripts a browser runs, not external scripts or data blocks', () => {
    const html = [
      '<script>a()</script>',
      '<script type="module">b()</script>',
      '<script src="/x.js" async=""></script>',
      '<script type="application/ld+json">{"@type":"Article"}</script>',
      '<script type="text/x-deferred" data-src="/_next/static/y.js"></script>',
      '<SCRIPT TYPE="text/javascript">c()</SCRIPT>',
    ].join('');
    expect(inlineScriptHashes(html)).toEqual([hashOf('a()'), hashOf('b()'), hashOf('c()')]);
  });

  it('reads attribute names only where names are: a value holding src=, type= or > is a value', () => {
    // A search for an XSS payload, carried in a data attribute (as the results page's beacon does).
    const query = '<img src=x onerror=alert(1)> type=application/json';
    const escaped = query.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
    const html = [
      `<script data-query="${escaped}">beacon()</script>`,
      `<script data-query='src="/evil.js"' data-note="a > b">other()</script>`,
    ].join('');
    expect(inlineScriptHashes(html)).toEqual([hashOf('beacon()'), hashOf('other()')]);
  });
});
