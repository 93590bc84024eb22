import { type Server, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { RESULTS_BODY_ID } from '../../components/search-page-body';
import { inlineScriptHashes } from '../../lib/csp';
import { RESULTS_SHELL_HEADER } from '../../lib/routes';
import { cutShell, resultsShells } from '../../scripts/lib/results-shell';

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

describe("each locale's shell, asked of the server itself", () => {
  let server: Server | undefined;
  afterEach(() => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())));

  /** A server answering `status` with a shell page, that records what it was asked. */
  async function origin(status: number) {
    const asked: { url: string; token: string | undefined }[] = [];
    server = createServer((request, response) => {
      asked.push({ url: request.url ?? '', token: request.headers[RESULTS_SHELL_HEADER] as string | undefined });
      response.writeHead(status, { 'content-type': 'text/html; charset=utf-8', 'x-frame-options': 'DENY', date: 'now' });
      response.end(page(slot));
    });
    await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
    return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, asked };
  }

  it('is asked for once, with the token, and given once made; until then the page is left to Next', async () => {
    const { url, asked } = await origin(200);
    const shells = resultsShells(() => url, 'secret');
    expect(shells.ready('en')).toBeNull();
    expect(shells.ready('en')).toBeNull();
    await vi.waitFor(() => expect(shells.ready('en')).not.toBeNull());
    expect(asked).toEqual([{ url: '/en/search', token: 'secret' }]);
    expect(shells.ready('en')!.headers).toEqual({ 'content-type': 'text/html; charset=utf-8', 'x-frame-options': 'DENY' });
  });

  it('is not used when the server does not answer it with a page, and not asked for again at once', async () => {
    const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
    const { url, asked } = await origin(500);
    const shells = resultsShells(() => url, 'secret');
    expect(shells.ready('zh')).toBeNull();
    await vi.waitFor(() => expect(errors).toHaveBeenCalledWith(expect.stringContaining('answered 500')));
    expect(shells.ready('zh')).toBeNull();
    expect(asked).toHaveLength(1);
    errors.mockRestore();
  });
});
