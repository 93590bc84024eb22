import AxeBuilder from '@axe-core/playwright';
import { type Page, expect, test } from '@playwright/test';
import { generateMnemonic } from '@scure/bip39';
import { wordlist as english } from '@scure/bip39/wordlists/english.js';
import { simplePaths } from '../../lib/flows/graph';
import { readFileSync } from 'node:fs';
import type { Messages } from '../../lib/i18n/messages';
import { contactPath } from '../../lib/routes';
import { site } from './site';
import { hydrate, slowScripts } from './hydrate';

const WCAG_22_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
// Read as files: Playwright's loader does not take JSON modules without an import attribute.
const messages = (locale: string): Messages => JSON.parse(readFileSync(`lib/i18n/messages/${locale}.json`, 'utf8'));
const en = messages('en').contact;
const zh = messages('zh').contact;

/** A path through a real flow to an escalation, and the contact URL its outcome links to. */
function escalation(locale: string, slug: string) {
  const flow = site().catalog.flow(locale, slug)!;
  const path = simplePaths(flow).find(({ outcome }) => {
    const step = flow.steps[outcome];
    return step?.type === 'outcome' && step.result === 'escalate';
  })!;
  return { flow, ...path, url: contactPath(locale, { flow: slug, outcome: path.outcome, answers: path.answers }) };
}

/** Every request the page makes that could carry what was typed: anything but a GET of a static file. */
function watchOutgoing(page: Page): string[] {
  const sent: string[] = [];
  page.on('request', (request) => {
    if (request.method() !== 'GET' || request.url().includes('/api/')) sent.push(`${request.method()} ${request.url()} ${request.postData() ?? ''}`);
  });
  return sent;
}

async function fillRequest(page: Page, strings: typeof en, description: string) {
  await page.getByLabel(strings.form.topic).selectOption('deposit');
  await page.getByLabel(strings.form.time).fill('2026-11-29T10:30');
  await page.getByLabel(strings.form.description).fill(description);
}

test('a flow’s answers are carried into the prepared request, with the guide’s own words', async ({ page }) => {
  const { flow, answers, outcome, url } = escalation('en', 'missing-funds');
  await page.goto(url);
  const handoff = page.getByRole('region', { name: `From the guide “${flow.title}”` });
  const firstQuestion = flow.steps[flow.start]!;
  if (firstQuestion.type !== 'question') throw new Error('missing-funds starts with a question');
  const firstAnswer = firstQuestion.choices.find((choice) => choice.id === answers[0])!;
  await expect(handoff).toContainText(firstAnswer.label);
  // The outcome names its topic, so the form starts with it chosen.
  await expect(page.getByLabel(en.form.topic)).toHaveValue('deposit');
  await fillRequest(page, en, 'My USDT deposit has all its confirmations but is not in my spot wallet.');
  await page.getByLabel(en.form.txid).fill(`https://etherscan.io/tx/0x${'ab'.repeat(32)}`);
  await page.getByRole('button', { name: en.form.prepare }).click();
  const prepared = page.locator('#preparedRequest');
  await expect(prepared).toHaveValue(new RegExp(`${firstQuestion.text.replace(/[?.]/g, '\\$&')} ${firstAnswer.label}`));
  await expect(prepared).toHaveValue(new RegExp(`TxID: 0x${'ab'.repeat(32)}`));
  const outcomeStep = flow.steps[outcome]!;
  if (outcomeStep.type !== 'outcome') throw new Error('not an outcome');
  await expect(prepared).toHaveValue(new RegExp(outcomeStep.title));
  const mailto = await page.getByRole('link', { name: en.form.email }).getAttribute('href');
  expect(mailto).toMatch(/^mailto:support@harborline\.example\?subject=Deposit%3A%20/);
  expect(decodeURIComponent(mailto!.split('body=')[1]!)).toContain(firstAnswer.label);
});

test('Prepare pressed while the page is still hydrating is answered in the browser, not lost', async ({ page }) => {
  const sent = watchOutgoing(page);
  // The framework's scripts wait at the door until released, so the press can be timed against them.
  let release = () => {};
  const released = new Promise<void>((resolve) => (release = resolve));
  await page.route(/\/_next\/static\/.+\.js$/, async (route) => {
    await released;
    await route.continue();
  });
  await page.goto(contactPath('en'));
  // Typed before any script has run (the first focus asked for them).
  await fillRequest(page, en, 'My USDT deposit has all its confirmations but is not in my spot wallet.');
  // The scripts arrive and, while they boot and hydrate, the reader presses Prepare: measured before
  // this test, a native post raced the hydrating page and the empty form came back.
  release();
  await page.getByRole('button', { name: en.form.prepare }).click();
  const prepared = page.locator('#preparedRequest');
  await expect(prepared).toHaveValue(/My USDT deposit has all its confirmations/);
  await expect(prepared).toHaveValue(/2026-11-29/);
  // Prepared by the page itself: what was typed never left the browser.
  expect(sent).toEqual([]);
});

test('a tampered hand-off carries nothing rather than answers nobody gave', async ({ page }) => {
  const { url } = escalation('en', 'missing-funds');
  await page.goto(url.replace(/answers=[^&]+/, 'answers=deposit%2Cno-such-answer'));
  await expect(page.getByRole('region', { name: /^From the guide/ })).toHaveCount(0);
  await expect(page.getByRole('heading', { name: en.form.title })).toBeVisible();
});

test('typing a description suggests matching articles, searched in the browser', async ({ page }) => {
  const sent = watchOutgoing(page);
  await page.goto(contactPath('en'));
  await hydrate(page);
  await page.waitForLoadState('networkidle');
  await page.getByLabel(en.form.description).fill('I forgot my password and cannot log in');
  const suggestions = page.getByRole('region', { name: en.form.suggestionsTitle });
  await expect(suggestions.getByRole('link', { name: 'Reset your password' }).first()).toBeVisible();
  expect(sent).toEqual([]);
});

test('a pasted recovery phrase is refused on the spot and nothing is sent', async ({ page }) => {
  const sent = watchOutgoing(page);
  await page.goto(contactPath('en'));
  await hydrate(page);
  await page.waitForLoadState('networkidle');
  const phrase = generateMnemonic(english);
  await fillRequest(page, en, `The agent asked for my recovery phrase to unlock withdrawals:\n${phrase}`);
  const warning = page.locator('#requestSecret');
  await expect(warning).toHaveAttribute('data-secret', 'recovery-phrase');
  await expect(warning).toContainText(en.form.secrets['recovery-phrase']);
  await expect(warning).not.toContainText(phrase.split(' ')[3]!);
  await page.getByRole('button', { name: en.form.prepare }).click();
  await expect(warning).toBeFocused();
  await expect(page.locator('[data-result]')).toHaveCount(0);
  // No suggestion search either: the description is never matched while it holds a phrase.
  await expect(page.getByRole('region', { name: en.form.suggestionsTitle })).toHaveCount(0);
  expect(sent).toEqual([]);
});

test('a request prepared before the form’s checks have arrived waits for them: a phrase is still refused, nothing is sent', async ({ page }) => {
  const sent = watchOutgoing(page);
  await page.goto(contactPath('en'));
  await hydrate(page);
  await page.waitForLoadState('networkidle');
  // The checks are fetched on the form's first focus: from now on every script takes two seconds to arrive.
  await slowScripts(page, 2000);
  await fillRequest(page, en, `Please unlock my withdrawals. ${generateMnemonic(english)}`);
  await page.getByRole('button', { name: en.form.prepare }).click();
  const warning = page.locator('#requestSecret');
  await expect(warning).toHaveAttribute('data-secret', 'recovery-phrase');
  await expect(warning).toBeFocused();
  await expect(page.locator('[data-result]')).toHaveCount(0);
  expect(sent).toEqual([]);
});

test('a request posted straight to the API with a phrase in it is refused with 422', async ({ request }) => {
  const response = await request.post('/api/support-requests', {
    data: { topic: 'withdrawal', time: '2026-11-29T10:30Z', locale: 'en', description: `My phrase is ${generateMnemonic(english)}` },
  });
  expect(response.status()).toBe(422);
  expect((await response.json()).error).toMatchObject({ code: 'secret_detected', field: 'description', kind: 'recovery-phrase' });
});

test('errors are listed above the form, linked to their fields', async ({ page }) => {
  await page.goto(contactPath('en'));
  await page.waitForLoadState('networkidle');
  await page.getByLabel(en.form.uid).fill('UID-123');
  await page.getByRole('button', { name: en.form.prepare }).click();
  const summary = page.getByRole('alert').filter({ has: page.getByRole('heading', { name: /problems? with/ }) });
  await expect(summary).toBeFocused();
  await expect(summary.getByRole('link', { name: new RegExp(en.form.errors.uid_digits) })).toHaveAttribute('href', '#request-uid');
  await expect(page.getByLabel(en.form.uid)).toHaveAttribute('aria-invalid', 'true');
});

test.describe('with JavaScript turned off', () => {
  test.use({ javaScriptEnabled: false });

  test('the preparer posts to the server and answers on the page, in Chinese', async ({ page }) => {
    const { url } = escalation('zh', 'lost-2fa');
    await page.goto(url);
    await fillRequest(page, zh, '我换了手机，旧手机上的谷歌验证器没有了，现在无法登录账户。');
    await page.getByRole('button', { name: zh.form.prepare }).click();
    await expect(page.locator('[data-result="prepared"]')).toContainText(zh.form.preparedTitle);
    // The answer opens at the form, not at the top of a long page.
    expect(new URL(page.url()).hash).toBe('#request');
    await expect(page.locator('#preparedRequest')).toHaveValue(/问题类型：充值/);
    await expect(page.locator('#preparedRequest')).toHaveValue(/已完成的引导/);
  });

  test('field errors come back with everything typed kept', async ({ page }) => {
    await page.goto(contactPath('en'));
    await page.getByLabel(en.form.description).fill('too short');
    await page.getByLabel(en.form.txid).fill('not-a-transaction');
    await page.getByRole('button', { name: en.form.prepare }).click();
    await expect(page.getByRole('alert').first()).toContainText(en.form.errors.txid_shape);
    await expect(page.getByRole('alert').first()).toContainText(en.form.errors.topic_required);
    await expect(page.getByLabel(en.form.description)).toHaveValue('too short');
    await expect(page.getByLabel(en.form.txid)).toHaveValue('not-a-transaction');
  });

  test('the server refuses a phrase and sends the form back with it hidden', async ({ page }) => {
    await page.goto(contactPath('en'));
    const phrase = generateMnemonic(english);
    await fillRequest(page, en, `Please check my deposit. ${phrase}`);
    await page.getByRole('button', { name: en.form.prepare }).click();
    await expect(page.locator('#requestSecret')).toHaveAttribute('data-secret', 'recovery-phrase');
    const kept = await page.getByLabel(en.form.description).inputValue();
    expect(kept).toMatch(/^Please check my deposit\. /);
    expect(kept).not.toContain(phrase.split(' ').slice(2, 6).join(' '));
    await expect(page.locator('[data-result]')).toHaveCount(0);
  });
});

test('every channel in site.yaml is on the page with its reply time, and the phone line says we never call', async ({ page }) => {
  const { catalog } = site();
  await page.goto(contactPath('en'));
  for (const channel of catalog.site.channels) {
    const card = page.locator(`#channel-${channel.id}`);
    await expect(card.getByRole('heading', { name: catalog.contact('en')!.channels[channel.id]!.name })).toBeVisible();
    await expect(card).toContainText(en.firstReply);
  }
  await expect(page.locator('#channel-phone')).toContainText('never phones customers');
  await expect(page.getByRole('region', { name: en.safetyTitle })).toContainText('recovery phrase');
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`axe finds nothing on the contact page, empty, with a hand-off, with errors and with a secret (${colorScheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme });
    const failures: string[] = [];
    const check = async (label: string) => {
      const { violations } = await new AxeBuilder({ page }).withTags(WCAG_22_AA).analyze();
      for (const violation of violations) failures.push(`${label}: ${violation.id}: ${violation.nodes[0]?.target.join(' ')}`);
    };
    await page.goto(contactPath('zh'));
    await check('zh empty');
    await page.goto(escalation('en', 'missing-funds').url);
    await page.waitForLoadState('networkidle');
    await check('en hand-off');
    await page.getByRole('button', { name: en.form.prepare }).click();
    await check('en errors');
    await page.getByLabel(en.form.description).fill(`My code is 2FA 123456 and my phrase is ${generateMnemonic(english)}`);
    await check('en secret');
    await fillRequest(page, en, 'My deposit has all its confirmations but has not arrived yet.');
    await page.getByRole('button', { name: en.form.prepare }).click();
    await expect(page.locator('[data-result="prepared"]')).toBeVisible();
    await check('en prepared');
    expect(failures).toEqual([]);
  });
}
