import AxeBuilder from '@axe-core/playwright';
import { type Page, expect, test } from '@playwright/test';
import type { CompiledFlow } from '../../lib/flows/compiled';
import { simplePaths, walk } from '../../lib/flows/graph';
import { flowPath } from '../../lib/routes';
import { site } from './site';
import { hydrate } from './hydrate';

const WCAG_22_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** A flow from the built content, and its shortest path to an outcome of the given kind. */
function pathTo(locale: string, slug: string, result: 'resolved' | 'escalate', { minAnswers = 0, through }: { minAnswers?: number; through?: string } = {}) {
  const flow = site().catalog.flow(locale, slug);
  if (!flow) throw new Error(`no flow ${slug} in ${locale}`);
  const path = simplePaths(flow)
    .filter(({ outcome }) => {
      const step = flow.steps[outcome];
      return step?.type === 'outcome' && step.result === result;
    })
    .filter(({ answers }) => answers.length >= minAnswers)
    // `through`: a kind of step the path must pass (e.g. an instruction, to test one).
    .filter(({ answers }) => !through || answers.some((_, length) => flow.steps[stepAfter(flow, answers.slice(0, length))]?.type === through))
    .sort((a, b) => a.answers.length - b.answers.length)[0];
  if (!path) throw new Error(`${slug} has no ${result} outcome`);
  return { flow, answers: path.answers };
}

/** The step some answers lead to, by the same engine the pages use. */
function stepAfter(flow: CompiledFlow, answers: readonly string[]): string {
  const walked = walk(flow, answers);
  if (!walked.ok) throw new Error(`${answers.join('/')} is not a path of ${flow.slug}`);
  return walked.stepId;
}

/** Answers one step by its visible control: a choice's label, or the instruction's Continue. */
async function answer(page: Page, flow: ReturnType<typeof pathTo>['flow'], stepId: string, choice: string, how: 'mouse' | 'keyboard') {
  const step = flow.steps[stepId]!;
  const checkboxes = page.getByRole('main').getByRole('checkbox');
  for (const box of await checkboxes.all()) {
    if (how === 'keyboard') {
      await box.focus();
      await page.keyboard.press('Space');
    } else await box.check();
  }
  const label = step.type === 'question' ? step.choices.find((option) => option.id === choice)!.label : /^(Continue|继续)$/;
  const control = page.getByRole('main').getByRole(step.type === 'instruction' && (await checkboxes.count()) ? 'button' : 'link', { name: label, exact: typeof label === 'string' });
  if (how === 'keyboard') {
    await control.focus();
    await page.keyboard.press('Enter');
  } else await control.click();
}

/** Clicks (or types) through a flow to its nearest outcome of the given kind. */
async function complete(page: Page, locale: string, slug: string, result: 'resolved' | 'escalate', how: 'mouse' | 'keyboard') {
  const { flow, answers } = pathTo(locale, slug, result, { minAnswers: 2 });
  for (const [index, choice] of answers.entries()) {
    await answer(page, flow, stepAfter(flow, answers.slice(0, index)), choice, how);
    // A checklist step is a GET form whose boxes have no name: submitted by the browser itself (before
    // hydration), its address ends in a bare "?", which changes nothing.
    await expect(page).toHaveURL(new RegExp(`${escapeRegExp(flowPath(locale, slug, answers.slice(0, index + 1)))}\\??$`));
  }
  await expect(page.locator(`main[data-outcome="${result}"]`)).toBeVisible();
  return { flow, answers };
}

test('password-reset to a solved outcome with the mouse, then Back and Start over', async ({ page }) => {
  await page.goto('/en/flows/password-reset');
  // A mouse crossing the page starts the scripts long before a person clicks; Playwright clicks at once.
  await hydrate(page);
  const { answers } = await complete(page, 'en', 'password-reset', 'resolved', 'mouse');
  await page.getByRole('link', { name: 'Back' }).click();
  await expect(page).toHaveURL(flowPath('en', 'password-reset', answers.slice(0, -1)));
  await page.getByRole('link', { name: 'Start over' }).click();
  await expect(page).toHaveURL(flowPath('en', 'password-reset'));
});

test('account-unlock to an escalation with the keyboard only, carrying the answers to contact', async ({ page }) => {
  await page.goto('/en/flows/account-unlock');
  const { answers } = await complete(page, 'en', 'account-unlock', 'escalate', 'keyboard');
  const contact = page.getByRole('link', { name: 'Contact support with these answers' });
  await contact.focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`/en/contact\\?flow=account-unlock&outcome=[a-z-]+&answers=${answers.join('%2C')}$`));
  // The contact form starts from the guide's answers (tests/e2e/contact.spec.ts follows them into the request).
  await expect(page.getByRole('heading', { name: /^From the guide/ })).toBeVisible();
});

test.describe('with JavaScript turned off', () => {
  test.use({ javaScriptEnabled: false });

  test('a Chinese flow works end to end as plain links and forms', async ({ page }) => {
    await page.goto('/zh/flows/lost-2fa');
    await complete(page, 'zh', 'lost-2fa', 'escalate', 'mouse');
  });

  test('a tampered address starts the flow again with a notice, never an error', async ({ page }) => {
    const response = await page.goto('/en/flows/missing-funds/no-such-answer/deposit');
    expect(response?.status()).toBe(200);
    await expect(page.getByText('started it again from the beginning')).toBeVisible();
    await expect(page.getByRole('link', { name: 'Back' })).toHaveCount(0);
  });
});

test('reload and the browser Back button keep the step; a shared link opens it in a fresh browser', async ({ page, browser }) => {
  const { flow, answers } = pathTo('en', 'missing-funds', 'escalate');
  const middle = flowPath('en', 'missing-funds', answers.slice(0, 2));
  await page.goto(flowPath('en', 'missing-funds', answers.slice(0, 1)));
  const heading = async () => page.getByRole('heading', { level: 2 }).first().textContent();
  const first = await heading();
  await page.goto(middle);
  const second = await heading();
  await page.reload();
  expect(await heading()).toBe(second);
  await page.goBack();
  await expect(page).toHaveURL(flowPath('en', 'missing-funds', answers.slice(0, 1)));
  expect(await heading()).toBe(first);

  const fresh = await browser.newContext();
  const shared = await fresh.newPage();
  await shared.goto(middle);
  expect(await shared.getByRole('heading', { level: 2 }).first().textContent()).toBe(second);
  await fresh.close();
  expect(flow.slug).toBe('missing-funds');
});

test('search and articles lead to the flows', async ({ page }) => {
  await page.goto('/en/search?q=i+forgot+my+password');
  await page.getByRole('complementary', { name: 'Guided help' }).getByRole('link').click();
  await expect(page).toHaveURL('/en/flows/password-reset');
  await page.goto(`/zh/search?q=${encodeURIComponent('账户被盗了怎么办')}`);
  await expect(page.getByRole('complementary', { name: '分步引导' }).getByRole('link')).toHaveAttribute('href', '/zh/flows/account-compromised');
  await page.goto('/en');
  await hydrate(page);
  const box = page.getByRole('banner').getByRole('combobox');
  await box.fill('forgot password');
  await expect(page.getByRole('option').first()).toContainText('Guided help');
  await box.press('ArrowDown');
  await box.press('Enter');
  await expect(page).toHaveURL('/en/flows/password-reset');
  await page.goto('/en/articles/reset-password');
  await page.getByRole('link', { name: /^Walk me through it/ }).first().click();
  await expect(page).toHaveURL(/\/en\/flows\/[a-z-]+$/);
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`axe finds nothing on a question, an instruction and an outcome step (${colorScheme})`, async ({ page }) => {
    test.setTimeout(90_000);
    await page.emulateMedia({ colorScheme });
    const failures: string[] = [];
    for (const locale of ['en', 'zh']) {
      const { flow, answers } = pathTo(locale, 'password-reset', 'escalate', { through: 'instruction' });
      const kinds = new Set<string>();
      for (let length = 0; length <= answers.length; length++) {
        const kind = flow.steps[stepAfter(flow, answers.slice(0, length))]!.type;
        if (kinds.has(kind)) continue;
        kinds.add(kind);
        const url = flowPath(locale, flow.slug, answers.slice(0, length));
        await page.goto(url);
        const { violations } = await new AxeBuilder({ page }).withTags(WCAG_22_AA).analyze();
        for (const violation of violations) failures.push(`${url}: ${violation.id}: ${violation.nodes[0]?.target.join(' ')}`);
      }
      expect([...kinds].sort()).toEqual(['instruction', 'outcome', 'question']);
    }
    expect(failures).toEqual([]);
  });
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
