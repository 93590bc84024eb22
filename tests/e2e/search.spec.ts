import { expect, test } from '@playwright/test';
import { site } from './site';
import { hydrate } from './hydrate';
import { expectScriptsAllowedByHashes } from './script-policy';

test('the header box searches as you type, and the keyboard opens a result', async ({ page }) => {
  const { catalog, translatedSlug } = site();
  const target = catalog.article('en', translatedSlug())!.article;
  const indexRequests: string[] = [];
  const shardRequests: string[] = [];
  page.on('request', (request) => {
    if (request.url().includes('/search/en.json')) indexRequests.push(request.url());
    if (request.url().includes('/search/en/')) shardRequests.push(request.url());
  });

  await page.goto('/en');
  expect(indexRequests, 'no index is downloaded before the box is used').toEqual([]);
  expect(shardRequests).toEqual([]);

  const box = page.getByRole('combobox', { name: 'Search the help center' });
  // The "/" shortcut works once the page has hydrated; until then the key does nothing, so retry it.
  await expect(async () => {
    await page.keyboard.press('/');
    await expect(box).toBeFocused({ timeout: 500 });
  }).toPass();
  await box.pressSequentially(target.title, { delay: 10 });
  const listbox = page.getByRole('listbox', { name: 'Search the help center' });
  // A guided flow that fits the words may come first; the article leads the articles.
  const firstArticle = listbox.getByRole('option').filter({ hasNotText: 'Guided help' }).first();
  await expect(firstArticle).toContainText(target.title);
  await expect(firstArticle).not.toContainText(/See all/);
  expect(indexRequests).toHaveLength(1);
  // The manifest, then the shards the words need, each once, cached for good under their content's name.
  expect(shardRequests.length).toBeGreaterThan(0);
  expect(new Set(shardRequests).size).toBe(shardRequests.length);
  const shard = await page.request.get(shardRequests[0]!);
  expect(shard.headers()['cache-control']).toBe('public, max-age=31536000, immutable');

  const offered = await listbox.getByRole('option').filter({ hasText: 'Guided help' }).count();
  for (let press = 0; press <= offered; press++) await page.keyboard.press('ArrowDown');
  await expect(box).toHaveAttribute('aria-activedescendant', new RegExp(`option-${offered}$`));
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(`/en/articles/${target.slug}`);
  // Wait until the new page has replaced the old one, whose search box would otherwise take the keys.
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(target.title);

  await page.keyboard.press('/');
  await expect(box).toBeFocused();
  await page.keyboard.type('withdr');
  await expect(box).toHaveValue('withdr');
  await expect(page.getByRole('listbox').getByRole('option').first()).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('listbox')).toBeHidden();
});

test('a failed index download is not kept: the box recovers on the next focus', async ({ page }) => {
  let failures = 0;
  // The first download answers 503, as an instance mid-deploy or a proxy's error page would.
  await page.route('**/search/en.json', async (route) => {
    if (failures === 0) {
      failures += 1;
      await route.fulfill({ status: 503, contentType: 'text/html', body: '<h1>Service unavailable</h1>' });
    } else await route.continue();
  });
  await page.goto('/en');
  await hydrate(page);
  const box = page.getByRole('combobox', { name: 'Search the help center' });
  await box.fill('password');
  await expect.poll(() => failures).toBe(1);
  await expect(page.getByRole('listbox').getByRole('option')).toHaveCount(0);
  // Leave the box and come back: the index is fetched again, and the suggestions appear.
  await page.getByRole('main').click();
  await box.focus();
  await box.fill('reset password');
  await expect(page.getByRole('listbox').getByRole('option').first()).toBeVisible();
  await expect(page.getByRole('listbox')).not.toContainText('Service unavailable');
});

test('a shard that fails to download is fetched again on the next keystroke', async ({ page }) => {
  const failed: string[] = [];
  await page.route('**/search/en/*', async (route) => {
    if (failed.length === 0) {
      failed.push(route.request().url());
      await route.fulfill({ status: 503, contentType: 'text/html', body: '<h1>Service unavailable</h1>' });
    } else await route.continue();
  });
  await page.goto('/en');
  await hydrate(page);
  const box = page.getByRole('combobox', { name: 'Search the help center' });
  await box.fill('password');
  await expect.poll(() => failed.length).toBe(1);
  await box.pressSequentially(' reset', { delay: 20 });
  await expect(page.getByRole('listbox').getByRole('option').first()).toContainText(/password/i);
});

test('Enter without choosing a suggestion opens the full results page', async ({ page }) => {
  await page.goto('/zh');
  await hydrate(page);
  const box = page.getByRole('combobox', { name: '搜索帮助中心' });
  await box.fill('取钱');
  await box.press('Enter');
  await expect(page).toHaveURL(/\/zh\/search\?q=/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('搜索');
  await expect(page.locator('mark').first()).toBeVisible();
});

test('keys meant for a Chinese input method do not move through, open or clear the results', async ({ page }) => {
  await page.goto('/zh');
  await hydrate(page);
  const box = page.getByRole('combobox', { name: '搜索帮助中心' });
  await box.fill('取钱');
  const list = page.getByRole('listbox');
  await expect(list.getByRole('option').first()).toBeVisible();
  // The suggestions, without the last option ("all results for …"), which echoes the text as typed.
  const suggestions = () => list.getByRole('option').evaluateAll((options) => options.slice(0, -1).map((option) => option.textContent));
  const shownBefore = await suggestions();
  expect(shownBefore.length).toBeGreaterThan(0);

  // What a pinyin IME sends: composition events around uncommitted letters, and keys flagged as composing.
  const compose = (type: 'compositionstart' | 'compositionupdate' | 'compositionend', value: string) =>
    box.evaluate(
      (input: HTMLInputElement, [type, value]) => {
        if (type === 'compositionstart') input.dispatchEvent(new CompositionEvent(type, { bubbles: true, data: '' }));
        Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!.call(input, value);
        input.dispatchEvent(new InputEvent('input', { bubbles: true, isComposing: type !== 'compositionend', data: value }));
        if (type !== 'compositionstart') input.dispatchEvent(new CompositionEvent(type, { bubbles: true, data: value }));
      },
      [type, value] as const,
    );
  const key = (name: string, { composing = true, keyCode }: { composing?: boolean; keyCode?: number } = {}) =>
    box.evaluate(
      (input: HTMLInputElement, [name, composing, keyCode]) => {
        const event = new KeyboardEvent('keydown', { key: name, bubbles: true, cancelable: true, isComposing: composing });
        if (keyCode !== undefined) Object.defineProperty(event, 'keyCode', { get: () => keyCode });
        input.dispatchEvent(event);
      },
      [name, composing, keyCode] as const,
    );

  await compose('compositionstart', '取钱ti');
  await compose('compositionupdate', '取钱tixian');
  for (const name of ['ArrowDown', 'ArrowDown', 'Enter', 'Escape']) await key(name);
  await page.waitForTimeout(400);
  await expect(box).not.toHaveAttribute('aria-activedescendant');
  await expect(list).toBeVisible();
  // The uncommitted pinyin is not searched: the results are still those of the committed text.
  expect(await suggestions()).toEqual(shownBefore);
  await expect(box).toHaveValue('取钱tixian');

  await compose('compositionend', '取钱提现');
  // Safari sends the committing Enter after compositionend, not composing but with keyCode 229.
  await key('Enter', { composing: false, keyCode: 229 });
  await expect(page).toHaveURL(/\/zh$/);
  await expect(list.getByRole('option').first()).toBeVisible();

  // Once committed, the keys are the reader's again.
  await key('ArrowDown', { composing: false });
  await expect(box).toHaveAttribute('aria-activedescendant', /option-0$/);
});

test.describe('with JavaScript turned off', () => {
  test.use({ javaScriptEnabled: false });

  test('the home page form shows server-rendered results with highlights, and filters by topic', async ({ page }) => {
    await page.goto('/en');
    const box = page.getByRole('main').getByRole('searchbox', { name: 'Search the help center' });
    await box.fill('passwrod');
    await box.press('Enter');
    await expect(page).toHaveURL(/\/en\/search\?q=passwrod/);
    await expect(page.getByText(/results for “password”/)).toBeVisible();
    const results = page.getByRole('main').getByRole('listitem');
    await expect(results.first().locator('mark').first()).toHaveText(/password/i);

    await page.getByLabel('Topic').selectOption('faq');
    await page.getByRole('main').getByRole('button', { name: 'Search' }).click();
    await expect(page).toHaveURL(/category=faq/);
    for (const label of await results.locator('p').first().allInnerTexts()) expect(label).toBe('in FAQ');
  });

  test('no results explains what to try and how to reach a person', async ({ page }) => {
    const response = await page.goto('/en/search?q=qqqzzzxxx');
    expect(response?.status()).toBe(200);
    await expect(page.getByRole('heading', { name: 'No articles match “qqqzzzxxx”' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Still stuck? Here is how to reach a person.' })).toBeVisible();
    await expect(page.getByRole('main').getByRole('link', { name: /Account access/ })).toBeVisible();
  });

  test('a search the API would refuse is refused here too, in words, with the text kept to fix', async ({ page }) => {
    const long = 'withdrawal '.repeat(25).trim();
    await page.goto(`/en/search?q=${encodeURIComponent(long)}`);
    await expect(page.locator('#searchProblem')).toContainText('longer than 200 characters');
    const box = page.getByRole('main').getByRole('searchbox');
    await expect(box).toHaveValue(long);
    await expect(box).toHaveAttribute('aria-invalid', 'true');
    await expect(page.locator('#searchResultsList')).toHaveCount(0);
    await page.goto('/zh/search?q=%E6%8F%90%E7%8E%B0&category=no-such-topic');
    await expect(page.locator('#searchProblem')).toContainText('该主题不存在');
    // The query is never put in the title, where a link's text would end up in history and screenshots.
    await page.goto(`/en/search?q=${encodeURIComponent('Call +1 555 0100 now')}`);
    await expect(page).toHaveTitle(/^Search/);
    expect(await page.title()).not.toContain('555');
  });

  test('results come ten to a page, with real links to the other pages', async ({ page }) => {
    await page.goto('/en/search?q=account');
    const list = page.locator('#searchResultsList');
    await expect(list.getByRole('listitem')).toHaveCount(10);
    const pages = page.getByRole('navigation', { name: 'Result pages' });
    await expect(pages.getByRole('link', { name: 'Page 1', exact: true })).toHaveAttribute('aria-current', 'page');
    const firstPage = await list.getByRole('link').allInnerTexts();

    await pages.getByRole('link', { name: 'Next' }).click();
    await expect(page).toHaveURL(/[?&]page=2\b/);
    await expect(list).toHaveAttribute('start', '11');
    await expect(list.getByRole('link').first()).toHaveAttribute('data-position', '11');
    const secondPage = await list.getByRole('link').allInnerTexts();
    expect(secondPage.filter((title) => firstPage.includes(title))).toEqual([]);
    await expect(pages.getByRole('link', { name: 'Previous' })).toHaveAttribute('href', '/en/search?q=account');
    // On a phone, Previous, five pages and Next still fit on one row.
    await page.setViewportSize({ width: 390, height: 800 });
    const tops = await pages.getByRole('link').evaluateAll((links) => links.map((link) => Math.round(link.getBoundingClientRect().top)));
    expect(tops).toHaveLength(7);
    expect(new Set(tops).size, 'one row').toBe(1);

    // A page this search cannot have is refused in words; one past the last shows the last.
    await page.goto('/en/search?q=account&page=9');
    await expect(page.locator('#searchProblem')).toContainText('a page of results this search does not have');
    await page.goto('/en/search?q=reset+password&page=5');
    const current = page.getByRole('navigation', { name: 'Result pages' }).locator('[aria-current="page"]');
    await expect(current).toHaveCount(1);
    await expect(page.getByRole('link', { name: 'Next' })).toHaveCount(0);
    expect(Number(await current.innerText())).toBeGreaterThan(1);
  });

  test('a hostile query is shown as text, never as markup', async ({ page }) => {
    await page.goto(`/en/search?q=${encodeURIComponent('<img src=x onerror="document.title=1">password')}`);
    await expect(page.locator('main img')).toHaveCount(0);
    await expect(page.getByRole('main').getByRole('searchbox')).toHaveValue('<img src=x onerror="document.title=1">password');
  });
});

test('the API answers 400 with a typed error for bad input', async ({ request }) => {
  const response = await request.get('/api/search?q=a&limit=0');
  expect(response.status()).toBe(400);
  expect(await response.json()).toEqual({ error: { code: 'invalid_limit', message: expect.any(String) } });
  const ok = await request.get(`/api/search?q=${encodeURIComponent('忘记密码')}&locale=zh&limit=3`);
  expect(ok.status()).toBe(200);
  expect((await ok.json()).results.length).toBeGreaterThan(0);
});

test.describe('the results page in a spike', () => {
  test('is the same bytes for everyone, and tells shared caches to keep it', async ({ request }) => {
    const url = `/zh/search?q=${encodeURIComponent('提现延迟')}`;
    const [first, second] = [await request.get(url), await request.get(url, { headers: { 'Accept-Language': 'en', DNT: '1' } })];
    expect(first.status()).toBe(200);
    expect(await second.body()).toEqual(await first.body());
    expect(first.headers()['cache-control']).toMatch(/\bpublic\b.*\bs-maxage=\d+.*\bstale-while-revalidate=\d+/);
    expect(first.headers()['vary']).not.toMatch(/accept-language|cookie|dnt/i);
    // Its own inline scripts are allowed by their hashes, as on a page built ahead: no nonce to make copies differ.
    expectScriptsAllowedByHashes(first.headers()['content-security-policy'], await first.text());
    // A client that has it gets a 304 without the page.
    const etag = first.headers()['etag']!;
    expect(etag).toMatch(/^"[\w-]+"$/);
    const again = await request.get(url, { headers: { 'If-None-Match': etag } });
    expect(again.status()).toBe(304);
    expect((await again.body()).length).toBe(0);
    // Another question is another page.
    expect((await request.get('/zh/search?q=%E5%85%85%E5%80%BC')).headers()['etag']).not.toBe(etag);
  });

  test('the same question asked many times at once is rendered once; the others wait for it, then come from the cache', async ({ request }) => {
    // A question no other test asks, so this server has not kept it yet.
    const url = `/en/search?q=${encodeURIComponent(`withdrawal delayed ${Date.now()}`)}`;
    const answers = await Promise.all(Array.from({ length: 12 }, () => request.get(url)));
    const found = answers.map((answer) => answer.headers()['x-cache']);
    expect(answers.map((answer) => answer.status())).toEqual(Array(12).fill(200));
    expect(found.filter((how) => how === 'miss'), found.join(' ')).toHaveLength(1);
    expect(found.filter((how) => how !== 'miss').every((how) => how === 'coalesced' || how === 'hit')).toBe(true);
    expect(new Set(answers.map((answer) => answer.headers()['etag'])).size).toBe(1);
    expect((await request.get(url)).headers()['x-cache']).toBe('hit');
  });

  test('is made from its shell: the results are in the page once, not in its React payload, and stay through hydration and Back', async ({ page, request }) => {
    // Each locale's shell is made as the server starts: until then Next renders the page whole.
    const flightOf = (html: string) => [...html.matchAll(/<script[^>]*>(self\.__next_f\.push[\s\S]*?)<\/script>/g)].map((match) => match[1]).join('');
    await expect
      .poll(async () => {
        const html = await (await request.get(`/en/search?q=${encodeURIComponent(`withdrawal ${Date.now()}`)}`)).text();
        return { inPage: html.includes('id="searchResultsList"'), inPayload: flightOf(html).includes('searchResultsList') };
      })
      .toEqual({ inPage: true, inPayload: false });

    await page.goto('/en/search?q=withdrawal+delayed');
    const titles = page.locator('#searchResultsList > li > a');
    const shown = await titles.allInnerTexts();
    expect(shown).toHaveLength(10);
    // Hydration leaves the slot as the server wrote it.
    await hydrate(page);
    await expect(titles).toHaveText(shown);
    // The shell was made for the page without a query; the router keeps the address as it is.
    await expect(page).toHaveURL(/\/en\/search\?q=withdrawal\+delayed$/);
    // Away by a client-side navigation (a suggestion of the header's box), then Back: React mounts the
    // page again from the shell's payload, and the slot shows what it showed.
    const box = page.getByRole('combobox', { name: 'Search the help center' });
    await box.fill('reset password');
    await expect(page.getByRole('listbox').getByRole('option').first()).toBeVisible();
    await box.press('ArrowDown');
    await box.press('Enter');
    await expect(page).toHaveURL(/\/en\/(flows|articles)\//);
    await page.goBack();
    await expect(page).toHaveURL(/\/en\/search\?q=withdrawal\+delayed$/);
    await expect(titles).toHaveText(shown);
    await expect(page.getByRole('main').getByRole('searchbox')).toHaveValue('withdrawal delayed');
  });

  test('a HEAD asked first leaves no empty page for the GETs that follow', async ({ request }) => {
    const url = `/en/search?q=${encodeURIComponent(`reset password ${Date.now()}`)}`;
    const head = await request.head(url);
    expect(head.status()).toBe(200);
    expect((await head.body()).length).toBe(0);
    const get = await request.get(url);
    expect(await get.text()).toContain('id="searchResultsList"');
  });

  test('the browser tells the insights about the search and the result opened', async ({ page }) => {
    const events: { type: string; id?: string; source?: string; query?: string; results?: number; position?: number }[] = [];
    // Routed, because Chromium does not report a beacon's body to a plain request listener.
    await page.route('**/api/search-events', async (route) => {
      events.push(JSON.parse(route.request().postDataBuffer()?.toString() ?? '{}'));
      await route.continue();
    });
    await page.goto('/en/search?q=reset+password');
    await expect.poll(() => events).toEqual([expect.objectContaining({ type: 'search', source: 'page', query: 'reset password', results: expect.any(Number) })]);
    await page.locator('#searchResultsList a').nth(1).click();
    await expect.poll(() => events[1]).toMatchObject({ type: 'open', id: events[0]!.id, position: 2 });
    await expect(page).toHaveURL(/\/en\/articles\//);
    expect(events).toHaveLength(2);
  });
});
