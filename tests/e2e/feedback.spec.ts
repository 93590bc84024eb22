import AxeBuilder from '@axe-core/playwright';
import { type Page, expect, test } from '@playwright/test';
import { generateMnemonic } from '@scure/bip39';
import { wordlist as english } from '@scure/bip39/wordlists/english.js';
import { readFileSync } from 'node:fs';
import type { Messages } from '../../lib/i18n/messages';
import { articlePath } from '../../lib/routes';
import { site } from './site';
import { hydrate } from './hydrate';

const WCAG_22_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
// Read as files: Playwright's loader does not take JSON modules without an import attribute.
const messages = (locale: string): Messages => JSON.parse(readFileSync(`lib/i18n/messages/${locale}.json`, 'utf8'));
const en = messages('en');
const zh = messages('zh');

/** An article in every locale, so the same slug is voted on in English and in Chinese. */
const slug = site().translatedSlug();
const title = (locale: string) => site().catalog.article(locale, slug)!.article.title;

/** Every request to the feedback API, with what it carried. */
function watchVotes(page: Page): { method: string; accept: string; body: string }[] {
  const sent: { method: string; accept: string; body: string }[] = [];
  page.on('request', (request) => {
    if (new URL(request.url()).pathname === '/api/feedback') sent.push({ method: request.method(), accept: request.headers().accept ?? '', body: request.postData() ?? '' });
  });
  return sent;
}

const feedbackSection = (page: Page, strings: Messages) => page.getByRole('region', { name: strings.feedback.question });

test.describe('with JavaScript', () => {
  test('Yes is sent with fetch and thanked in place, with focus on the thanks', async ({ page }) => {
    const votes = watchVotes(page);
    await page.goto(articlePath('en', slug));
    await hydrate(page);
    await page.waitForLoadState('networkidle');
    const section = feedbackSection(page, en);
    await section.getByRole('button', { name: en.feedback.yes }).click();
    const status = section.getByRole('status');
    await expect(status).toHaveText(`${en.feedback.thanks} ${en.feedback.thanksYes}`);
    await expect(status).toBeFocused();
    await expect(section.getByRole('button')).toHaveCount(0);
    expect(new URL(page.url()).pathname).toBe(articlePath('en', slug));
    expect(votes).toEqual([{ method: 'POST', accept: 'application/json', body: `locale=en&slug=${slug}&helpful=yes` }]);
  });

  test('No asks for a reason inline, then thanks; the reason replaces the No', async ({ page }) => {
    const votes = watchVotes(page);
    await page.goto(articlePath('zh', slug));
    await hydrate(page);
    await page.waitForLoadState('networkidle');
    const section = feedbackSection(page, zh);
    await section.getByRole('button', { name: zh.feedback.no }).click();
    const reasons = section.getByRole('group', { name: zh.feedback.reasonLegend });
    await expect(reasons).toBeFocused();
    await expect(section.getByRole('status')).toHaveText(zh.feedback.noPrompt);
    await reasons.getByLabel(zh.feedback.reasons.unclear).check();
    await section.getByLabel(zh.feedback.comment).fill('第三步的截图和现在的界面不一样。');
    await section.getByRole('button', { name: zh.feedback.send }).click();
    await expect(section.getByRole('status')).toHaveText(`${zh.feedback.thanks} ${zh.feedback.thanksNo}`);
    await expect(section.getByRole('status')).toBeFocused();
    expect(votes.map(({ body }) => new URLSearchParams(body).get('helpful'))).toEqual(['no', 'no']);
    expect(new URLSearchParams(votes[1]!.body).get('reason')).toBe('unclear');
  });

  test('a comment holding a recovery phrase is flagged in the browser and no request is sent', async ({ page }) => {
    const votes = watchVotes(page);
    const scripts: string[] = [];
    page.on('request', (request) => {
      if (request.resourceType() === 'script') scripts.push(request.url());
    });
    await page.goto(articlePath('en', slug));
    await hydrate(page);
    await page.waitForLoadState('networkidle');
    const section = feedbackSection(page, en);
    await section.getByRole('button', { name: en.feedback.no }).click();
    await section.getByLabel(en.feedback.reasons['not-solved']).check();
    const loadedBefore = scripts.length;
    const phrase = generateMnemonic(english);
    await section.getByLabel(en.feedback.comment).fill(`Support asked me for my words: ${phrase}`);
    const warning = section.locator('#feedbackSecret');
    await expect(warning).toHaveAttribute('data-secret', 'recovery-phrase');
    await expect(warning).toContainText(en.contact.form.secrets['recovery-phrase']);
    await expect(section.getByLabel(en.feedback.comment)).toHaveAttribute('aria-invalid', 'true');
    // The detector arrived with the comment, not with the article.
    expect(scripts.length).toBeGreaterThan(loadedBefore);
    await section.getByRole('button', { name: en.feedback.send }).click();
    await expect(warning).toBeFocused();
    await page.waitForTimeout(300);
    // Only the No itself went out; the comment never did.
    expect(votes).toHaveLength(1);
    expect(votes[0]!.body).not.toContain('comment');
    // Removing the phrase clears the warning and the reason can be sent.
    await section.getByLabel(en.feedback.comment).fill('Support asked me for something odd.');
    await expect(warning).toHaveCount(0);
    await section.getByRole('button', { name: en.feedback.send }).click();
    await expect(section.getByRole('status')).toHaveText(`${en.feedback.thanks} ${en.feedback.thanksNo}`);
    expect(votes).toHaveLength(2);
  });
});

test.describe('with JavaScript turned off', () => {
  test.use({ javaScriptEnabled: false });

  test('Yes posts the form and lands on the thank-you page, with a link back and the day’s cookie', async ({ page, context }) => {
    await page.goto(articlePath('en', slug));
    await feedbackSection(page, en).getByRole('button', { name: en.feedback.yes }).click();
    await expect(page).toHaveURL(`/en/feedback?article=${slug}&vote=yes`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(en.feedback.thanksTitle);
    await expect(page.getByText(en.feedback.thanksYes)).toBeVisible();
    await expect(page.getByRole('link', { name: `Back to “${title('en')}”` })).toHaveAttribute('href', articlePath('en', slug));
    await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', /noindex/);
    const [cookie] = (await context.cookies()).filter(({ name }) => name === 'hc_vote');
    expect(cookie).toMatchObject({ path: '/api/feedback', httpOnly: true, sameSite: 'Lax' });
    // It lives until the next midnight UTC, never longer than a day (Chromium shifts it by the server's clock skew, a second at most here).
    const midnight = new Date();
    midnight.setUTCHours(24, 0, 0, 0);
    expect(Math.abs(cookie!.expires - midnight.getTime() / 1000)).toBeLessThan(2);
    expect(cookie!.expires).toBeGreaterThan(Date.now() / 1000);
  });

  test('No asks for the reason on the thank-you page, in Chinese, and the answer ends in thanks', async ({ page }) => {
    await page.goto(articlePath('zh', slug));
    await feedbackSection(page, zh).getByRole('button', { name: zh.feedback.no }).click();
    await expect(page).toHaveURL(`/zh/feedback?article=${slug}&vote=no`);
    await expect(page.getByText(zh.feedback.noPrompt)).toBeVisible();
    await page.getByLabel(zh.feedback.reasons.outdated).check();
    await page.getByLabel(zh.feedback.comment).fill('手续费表格还是去年的。');
    await page.getByRole('button', { name: zh.feedback.send }).click();
    await expect(page).toHaveURL(`/zh/feedback?article=${slug}&vote=no&reason=given`);
    await expect(page.getByText(zh.feedback.thanksNo)).toBeVisible();
    await expect(page.getByRole('link', { name: `返回“${title('zh')}”` })).toBeVisible();
    await expect(page.getByRole('main').getByRole('link', { name: zh.article.needHelpLink })).toBeVisible();
  });

  test('a recovery phrase in the comment is refused: the page says why, and never shows it', async ({ page }) => {
    await page.goto(`/en/feedback?article=${slug}&vote=no`);
    const phrase = generateMnemonic(english);
    await page.getByLabel(en.feedback.reasons.unclear).check();
    await page.getByLabel(en.feedback.comment).fill(`My wallet words are ${phrase}, is that right?`);
    await page.getByRole('button', { name: en.feedback.send }).click();
    await expect(page).toHaveURL(`/en/feedback?article=${slug}&vote=no&refused=recovery-phrase`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(en.feedback.refusedTitle);
    await expect(page.locator('[data-secret="recovery-phrase"]')).toContainText(en.contact.form.secrets['recovery-phrase']);
    expect(await page.content()).not.toContain(phrase.split(' ').slice(3, 7).join(' '));
    // The question is asked again, with the comment box empty.
    await expect(page.getByLabel(en.feedback.comment)).toHaveValue('');
  });

  test('the thank-you page explains an unavailable database and a form it could not read', async ({ page }) => {
    await page.goto(`/en/feedback?article=${slug}&vote=yes&unavailable=1`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(en.feedback.unavailableTitle);
    await expect(page.getByRole('link', { name: `Back to “${title('en')}”` })).toBeVisible();
    await page.goto('/zh/feedback?invalid=1');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(zh.feedback.invalidTitle);
    await expect(page.getByRole('link', { name: zh.feedback.backHome })).toHaveAttribute('href', '/zh');
    await page.goto('/en/feedback?article=no-such-article&vote=yes');
    await expect(page.getByText(en.feedback.thanksYes)).toBeVisible();
    await expect(page.getByRole('link', { name: en.feedback.backHome })).toBeVisible();
  });
});

test('a vote posted from another site is refused with 403', async ({ request }) => {
  const response = await request.post('/api/feedback', {
    headers: { Origin: 'https://evil.example', 'Content-Type': 'application/x-www-form-urlencoded', Accept: 'application/json' },
    data: `locale=en&slug=${slug}&helpful=no`,
    maxRedirects: 0,
  });
  expect(response.status()).toBe(403);
  expect((await response.json()).error.code).toBe('cross_site');
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`axe finds nothing in the feedback section and on the thank-you page (${colorScheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme });
    const failures: string[] = [];
    const check = async (label: string, include?: string) => {
      const builder = new AxeBuilder({ page }).withTags(WCAG_22_AA);
      const { violations } = await (include ? builder.include(include) : builder).analyze();
      for (const violation of violations) failures.push(`${label}: ${violation.id}: ${violation.nodes[0]?.target.join(' ')}`);
    };
    await page.goto(articlePath('en', slug));
    await hydrate(page);
    await page.waitForLoadState('networkidle');
    await check('article, question', '#feedback');
    const section = feedbackSection(page, en);
    await section.getByRole('button', { name: en.feedback.no }).click();
    await expect(section.getByRole('group')).toBeVisible();
    await check('article, reason', '#feedback');
    await section.getByLabel(en.feedback.comment).fill(`My code is 2FA 123456 and my phrase is ${generateMnemonic(english)}`);
    await expect(section.locator('#feedbackSecret')).toBeVisible();
    await check('article, secret', '#feedback');
    await section.getByLabel(en.feedback.comment).fill('');
    await section.getByLabel(en.feedback.reasons.other).check();
    await section.getByRole('button', { name: en.feedback.send }).click();
    await expect(section.getByRole('status')).toHaveText(`${en.feedback.thanks} ${en.feedback.thanksNo}`);
    await check('article, thanks', '#feedback');
    for (const url of [
      `/zh/feedback?article=${slug}&vote=no`,
      `/en/feedback?article=${slug}&vote=no&refused=recovery-phrase`,
      `/en/feedback?article=${slug}&vote=yes`,
      `/en/feedback?article=${slug}&vote=no&unavailable=1`,
      '/zh/feedback?invalid=1',
    ]) {
      await page.goto(url);
      await check(url);
    }
    expect(failures).toEqual([]);
  });
}
