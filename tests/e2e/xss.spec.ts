import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { type APIRequestContext, type Page, expect, request as playwrightRequest, test } from '@playwright/test';
import type { Messages } from '../../lib/i18n/messages';
import { articlePath, contactPath, flowPath } from '../../lib/routes';
import { XSS_PAYLOADS } from '../fixtures/xss-payloads';
import { E2E_ADMIN_TOKEN } from './admin-token';
import { site } from './site';
import { hydrate } from './hydrate';

/**
 * Every door a stranger can type into, fed the whole corpus (tests/fixtures/xss-payloads.ts). What
 * counts as a failure: a dialog (every payload calls alert), a script error, an element the payload
 * brought (an event-handler attribute, a frame, a javascript: link), or the payload coming back
 * from the server as raw markup.
 */
const en: Messages = JSON.parse(readFileSync('lib/i18n/messages/en.json', 'utf8'));
const slug = site().translatedSlug();
const markup = XSS_PAYLOADS.filter((payload) => /[<>]/.test(payload));

interface Watch {
  problems: string[];
}

function watch(page: Page): Watch {
  const watched: Watch = { problems: [] };
  page.on('dialog', (dialog) => {
    watched.problems.push(`dialog: ${dialog.message()}`);
    void dialog.dismiss();
  });
  page.on('pageerror', (error) => watched.problems.push(`script error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') watched.problems.push(`console: ${message.text()}`);
  });
  return watched;
}

/** Elements no page of ours has, which only a payload could have brought. */
async function injected(page: Page, payload: string): Promise<string[]> {
  const found = await page.evaluate(() => {
    const handlers = [...document.querySelectorAll('*')].filter((element) => [...element.attributes].some((attribute) => attribute.name.startsWith('on')));
    const foreign = document.querySelectorAll('iframe, object, embed, base, meta[http-equiv], a[href^="javascript" i], form[action^="javascript" i], [src^="javascript" i], [href^="data:" i]');
    return [...handlers, ...foreign].map((element) => element.outerHTML.slice(0, 80));
  });
  return found.map((element) => `${JSON.stringify(payload)} injected ${element}`);
}

/** The server's HTML must not hold the payload as written: markup in it is always escaped. */
async function reflectedRaw(request: APIRequestContext, url: string, payload: string): Promise<string[]> {
  return unescapedIn(await (await request.get(url)).text(), url, payload);
}

function unescapedIn(html: string, url: string, payload: string): string[] {
  return /[<>]/.test(payload) && html.includes(payload) ? [`${url} returned ${JSON.stringify(payload)} unescaped`] : [];
}

test.describe.configure({ timeout: 240_000 });

test(`the results page and the API: ${XSS_PAYLOADS.length} payloads as the query`, async ({ page, request }) => {
  const watched = watch(page);
  for (const payload of XSS_PAYLOADS) {
    const api = await request.get(`/api/search?${new URLSearchParams({ q: payload, locale: 'en' })}`);
    expect([200, 400], `API status for ${JSON.stringify(payload)}`).toContain(api.status());
    expect(api.headers()['content-type']).toContain('application/json');
    const url = `/en/search?${new URLSearchParams({ q: payload })}`;
    watched.problems.push(...(await reflectedRaw(request, url, payload)));
    await page.goto(url);
    await expect(page.getByRole('main').getByRole('searchbox')).toHaveValue(payload.replace(/[\p{Cc}\p{Cf}]/gu, ' ').trim());
    watched.problems.push(...(await injected(page, payload)));
  }
  expect(watched.problems).toEqual([]);
});

test(`the verifier: ${XSS_PAYLOADS.length} payloads to check`, async ({ page, request }) => {
  const watched = watch(page);
  for (const payload of XSS_PAYLOADS) {
    const url = `/en/verify?${new URLSearchParams({ q: payload })}`;
    watched.problems.push(...(await reflectedRaw(request, url, payload)));
    await page.goto(url);
    watched.problems.push(...(await injected(page, payload)));
  }
  expect(watched.problems).toEqual([]);
});

test(`the header's instant box: ${XSS_PAYLOADS.length} payloads typed`, async ({ page }) => {
  const watched = watch(page);
  await page.goto('/en');
  await hydrate(page);
  const box = page.getByRole('combobox', { name: en.search.label });
  for (const payload of XSS_PAYLOADS) {
    await box.fill(payload);
    // The listbox shows "all results for …" with the text as typed once the suggestions are in.
    await expect(page.getByRole('listbox').getByRole('option').last()).toBeVisible();
    watched.problems.push(...(await injected(page, payload)));
  }
  expect(watched.problems).toEqual([]);
});

test(`flow URLs and the contact page's hand-off: ${XSS_PAYLOADS.length} payloads in the path and the query`, async ({ page, request }) => {
  const watched = watch(page);
  const flow = site().catalog.flows('en')[0]!.slug;
  for (const [index, payload] of XSS_PAYLOADS.entries()) {
    const flowUrl = flowPath('en', flow, [payload]);
    const flowAnswer = await request.get(flowUrl);
    expect(flowAnswer.status(), flowUrl).toBeLessThan(500);
    watched.problems.push(...(await reflectedRaw(request, flowUrl, payload)));
    const contactUrl = `${contactPath('en')}?${new URLSearchParams({ flow: payload, outcome: payload, answers: payload, topic: payload })}`;
    expect((await request.get(contactUrl)).status(), contactUrl).toBe(200);
    watched.problems.push(...(await reflectedRaw(request, contactUrl, payload)));
    // In the browser too, for every fourth payload (the server's answer above covers them all).
    if (index % 4 === 0) {
      await page.goto(contactUrl);
      watched.problems.push(...(await injected(page, payload)));
      await page.goto(flowUrl);
      watched.problems.push(...(await injected(page, payload)));
    }
  }
  expect(watched.problems).toEqual([]);
});

test(`the contact form's description and the feedback comment: ${markup.length} and ${XSS_PAYLOADS.length} payloads`, async ({ page, request }) => {
  const watched = watch(page);
  await page.goto(contactPath('en'));
  // Hydrated, so that each description also goes through the suggestions searched in the browser.
  await hydrate(page);
  const description = page.getByLabel(en.contact.form.description);
  for (const payload of markup) {
    // The description needs 20 characters; its suggestions are searched in the browser as it changes.
    await description.fill(`My deposit is missing: ${payload}`);
    await page.waitForTimeout(150);
    watched.problems.push(...(await injected(page, payload)));
  }
  for (const payload of XSS_PAYLOADS) {
    // Each from a browser of its own (no vote cookie), so that each is kept, not replaced by the next.
    const reader = await playwrightRequest.newContext({ baseURL: test.info().project.use.baseURL });
    const vote = await reader.post('/api/feedback', {
      headers: { Accept: 'application/json' },
      form: { locale: 'en', slug, helpful: 'no', reason: 'other', comment: payload },
    });
    expect([200, 400, 422], `feedback status for ${JSON.stringify(payload)}`).toContain(vote.status());
    expect(vote.headers()['content-type']).toContain('application/json');
    await reader.dispose();
  }
  await page.goto(articlePath('en', slug));
  watched.problems.push(...(await injected(page, 'the article after the comments')));
  // The writers read the comments on the insights page: as text, whatever they hold.
  await page.context().setExtraHTTPHeaders({ Authorization: `Bearer ${E2E_ADMIN_TOKEN}` });
  const insights = '/admin/insights?since=1d&limit=200';
  await page.goto(insights);
  await expect(page.getByRole('region', { name: en.admin.readerComments }).getByRole('listitem')).not.toHaveCount(0);
  watched.problems.push(...(await injected(page, 'the insights page after the comments')));
  const html = await (await request.get(insights, { headers: { Authorization: `Bearer ${E2E_ADMIN_TOKEN}` } })).text();
  for (const payload of XSS_PAYLOADS) watched.problems.push(...unescapedIn(html, insights, payload));
  expect(watched.problems).toEqual([]);
});

test(`a Markdown article built from a fixture content folder: ${XSS_PAYLOADS.length} payloads in its body`, async ({ page }) => {
  // The writers' pipeline itself (front matter, remark, raw HTML, sanitising, link rules), run on a
  // copy of the fixture content with one article holding the payload as a paragraph, a list item,
  // a heading and a table cell. A payload the build refuses (with file and reason) never reaches a
  // page; what it accepts is put in a page and must run nothing.
  test.setTimeout(300_000);
  const watched = watch(page);
  const { rendered, refused } = JSON.parse(
    execFileSync('node', ['--import', 'tsx', 'tests/fixtures/render-hostile-articles.ts'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 }),
  ) as { rendered: string[]; refused: { payload: string; namedTheFile: boolean }[] };
  expect(rendered.length + refused.length).toBe(XSS_PAYLOADS.length);
  expect(refused.filter((refusal) => !refusal.namedTheFile).map((refusal) => refusal.payload), 'refused without naming the file').toEqual([]);
  expect(rendered.length).toBeGreaterThan(XSS_PAYLOADS.length / 2);
  // Each built article is loaded as a document of its own, with no script policy behind it: only
  // the sanitiser stands between a payload and the reader there.
  for (const [index, html] of rendered.entries()) {
    await page.setContent(`<!DOCTYPE html><html lang="en"><head><title>Article ${index}</title></head><body><main><article>${html}</article></main></body></html>`);
    watched.problems.push(...(await injected(page, `article ${index}`)));
  }
  expect(watched.problems).toEqual([]);
});
