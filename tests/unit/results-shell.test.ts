import { describe, expect, it } from 'vitest';
import { RESULTS_BODY_ID } from '../../components/search-page-body';
import { inlineScriptHashes } from '../../lib/csp';
import { cutShell } from '../../scripts/lib/results-shell';

const slot = `<div id="${RESULTS_BODY_ID}"></div>`;
const page = (main: string) =>
  `<!DOCTYPE html><html><head><script>self.__next_f=[]</script></head><body><main><h1>Search</h1>${main}</main><script>self.__next_f.push([1,"x"])</script></body></html>`;

describe("the results page's shell", () => {
  it('is cut where its body goes, and knows its own inline scripts', () => {
    const html = page(slot);
    const shell = cutShell(html, {});
    expect(shell.before + slot + shell.after).toBe(html);
    expect(shell.before.endsWith('<h1>Search</h1>')).toBe(true);
    expect(shell.scriptHashes).toEqual(inlineScriptHashes(html));
    expect(shell.scriptHashes).toHaveLength(2);
  });

  it('is refused when the slot is missing, written otherwise, or there twice', () => {
    for (const main of ['', `<div id="${RESULTS_BODY_ID}">x</div>`, `<div id="${RESULTS_BODY_ID}x"></div>`, slot + slot]) {
      expect(() => cutShell(page(main), {}), main).toThrow(/exactly once/);
    }
  });

  it("keeps the page's headers, not those of the one response it came with", () => {
    const shell = cutShell(page(slot), {
      'content-type': 'text/html; charset=utf-8',
      vary: 'rsc, next-router-state-tree',
      'x-frame-options': 'DENY',
      date: 'Tue, 01 Dec 2026 19:00:00 GMT',
      'Content-Length': '123',
      etag: '"abc"',
      'cache-control': 'private, no-store',
      'content-security-policy': "script-src 'self'",
      'set-cookie': ['a=1'],
      'transfer-encoding': 'chunked',
    });
    expect(shell.headers).toEqual({ 'content-type': 'text/html; charset=utf-8', vary: 'rsc, next-router-state-tree', 'x-frame-options': 'DENY' });
  });
});
