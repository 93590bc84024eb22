import { type ChildProcess, spawn } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { articlePath } from '../../lib/routes';
import { expectScriptsAllowedByHashes } from './script-policy';
import { site } from './site';

/**
 * The deployable artifact: .next/standalone (made by npm run build, which the test server ran) copied
 * to another place and started from a third, as a deployment would, with nothing else around it.
 */
test('the standalone server runs from any folder and serves pages, search and the API, and says when search is unavailable', async () => {
  test.setTimeout(120_000);
  const place = mkdtempSync(path.join(tmpdir(), 'help-standalone-'));
  const app = path.join(place, 'app');
  cpSync('.next/standalone', app, { recursive: true });
  // A deployment that lost one locale's search index: that search is unavailable, and says so only for now.
  rmSync(path.join(app, '.generated', 'search', 'zh.json'));
  const port = 3190;
  const server = spawn('node', [path.join(app, 'server.mjs'), '--port', String(port), '--hostname', '127.0.0.1'], {
    cwd: tmpdir(),
    env: { PATH: process.env.PATH, NODE_ENV: 'production', HELP_DATA_DIR: path.join(place, 'data'), NEXT_TELEMETRY_DISABLED: '1' },
    stdio: 'ignore',
    detached: true,
  });
  const base = `http://127.0.0.1:${port}`;
  try {
    await expect.poll(() => fetch(`${base}/en`).then((response) => response.status, () => 0), { timeout: 60_000 }).toBe(200);

    const article = await fetch(`${base}/zh/articles/reset-password`);
    expect(article.status).toBe(200);
    const articleHtml = await article.text();
    expect(articleHtml).toContain('<html lang="zh"');
    // Served by our door, not Next's bare server: the page as prepared after the build (its hydration
    // deferred), the hashes of those very scripts, and refusals of its own.
    expect(articleHtml).toContain('type="text/x-deferred"');
    expectScriptsAllowedByHashes(article.headers.get('content-security-policy') ?? undefined, articleHtml);
    expect((await fetch(`${base}/search/en.json`, { method: 'PUT' })).status).toBe(405);
    // An article the build left out renders here on its first request, and is kept inside the copy.
    const onDemand = await fetch(`${base}${articlePath('en', site().articleBuiltOnDemand('en'))}`);
    expect(onDemand.status).toBe(200);
    expect(onDemand.headers.get('content-security-policy')).toMatch(/script-src 'self' 'sha256-/);
    const stepOnDemand = await fetch(`${base}${site().flowStepBuiltOnDemand('zh')}`);
    expect(stepOnDemand.status).toBe(200);
    expect(stepOnDemand.headers.get('content-security-policy')).toMatch(/script-src 'self' 'sha256-/);

    const results = await fetch(`${base}/en/search?q=reset+password`);
    expect(results.status).toBe(200);
    expect(await results.text()).toMatch(/id="searchResultsList"[\s\S]*\/en\/articles\/reset-password/);

    const api = await fetch(`${base}/api/search?q=reset+password&locale=en`);
    expect(api.status).toBe(200);
    expect((await api.json()).results.length).toBeGreaterThan(0);

    // Without its index the zh results page says search is unavailable, as a 503 that no cache keeps
    // (not the results page's usual ten minutes for shared caches), and the API answers 503 too.
    for (const attempt of ['first', 'again']) {
      const unavailable = await fetch(`${base}/zh/search?q=${encodeURIComponent('忘记密码')}`);
      expect(unavailable.status, attempt).toBe(503);
      expect(unavailable.headers.get('cache-control')).toBe('no-store');
      expect(unavailable.headers.get('retry-after')).toBe('60');
      expect(unavailable.headers.get('x-cache')).not.toBe('hit');
      expect(await unavailable.text()).toContain('搜索功能暂时无法使用');
    }
    expect((await fetch(`${base}/api/search?q=${encodeURIComponent('忘记密码')}&locale=zh`)).status).toBe(503);

    // The browser's files (not copied by Next itself) and a vote into a database of its own.
    expect((await fetch(`${base}/search/en.json`)).status).toBe(200);
    const vote = await fetch(`${base}/api/feedback`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json', 'sec-fetch-site': 'same-origin' },
      body: 'locale=en&slug=reset-password&helpful=yes',
    });
    expect(vote.status).toBe(200);
  } finally {
    await stop(server);
    rmSync(place, { recursive: true, force: true });
  }
});

async function stop(child: ChildProcess): Promise<void> {
  if (child.pid === undefined || child.exitCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  process.kill(-child.pid, 'SIGTERM');
  await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 10_000))]);
}
