import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { simplePaths } from '../../lib/flows/graph';
import { articlePath, categoryPath, contactPath, flowPath, flowsPath, homePath } from '../../lib/routes';
import { E2E_ADMIN_TOKEN } from './admin-token';
import { site } from './site';

const VNU = 'node_modules/vnu-jar/build/dist/vnu.jar';
const OUT = path.join('test-results', 'html-validity');

/** Every page type in a locale, in the states that render different markup: the HTML the server sends. */
function pagesOf(locale: string): [string, string][] {
  const { catalog, firstArticle } = site();
  const { category, article } = firstArticle(locale);
  const flow = catalog.flows(locale)[0]!;
  const compiled = catalog.flow(locale, flow.slug)!;
  const toOutcome = (result: string) => simplePaths(compiled).find(({ outcome }) => (compiled.steps[outcome] as { result?: string }).result === result)!.answers;
  const escalated = toOutcome('escalate');
  return [
    ['home', homePath(locale)],
    ['category', categoryPath(locale, category.slug)],
    ['article', articlePath(locale, article.slug)],
    ['search results', `/${locale}/search?q=password`],
    ['search, nothing found', `/${locale}/search?q=qqqzzzxxx`],
    ['search, refused', `/${locale}/search?q=${'a'.repeat(201)}`],
    ['flows', flowsPath(locale)],
    ['flow, first step', flowPath(locale, flow.slug)],
    ['flow, solved', flowPath(locale, flow.slug, toOutcome('resolved'))],
    ['flow, escalated', flowPath(locale, flow.slug, escalated)],
    ['contact', contactPath(locale)],
    ['contact from a flow', contactPath(locale, { flow: flow.slug, outcome: 'x', answers: escalated })],
    ['verify', `/${locale}/verify`],
    ['verify, a verdict', `/${locale}/verify?q=${encodeURIComponent('https://harb0rline-support.com/login')}`],
    ['feedback thanks', `/${locale}/feedback?article=${article.slug}&vote=no`],
    ['404', `/${locale}/no-such-page`],
  ];
}

test('the W3C Nu HTML checker finds no error on any page type, in either locale', async ({ request }) => {
  test.setTimeout(180_000);
  rmSync(OUT, { recursive: true, force: true });
  mkdirSync(OUT, { recursive: true });
  const files = new Map<string, string>();
  const pages: [string, string, Record<string, string>?][] = [
    ...site().catalog.locales.flatMap((locale) => pagesOf(locale).map(([name, url]): [string, string] => [`${locale} ${name}`, url])),
    ['admin sign-in', '/admin/sign-in'],
    ['admin insights', '/admin/insights', { Authorization: `Bearer ${E2E_ADMIN_TOKEN}` }],
  ];
  for (const [name, url, headers] of pages) {
    const response = await request.get(url, { headers });
    expect(response.headers()['content-type'], `${name}: ${url}`).toContain('text/html');
    const file = path.join(OUT, `${name.replace(/[^a-z0-9]+/gi, '-')}.html`);
    writeFileSync(file, await response.text());
    files.set(path.resolve(file), `${name} (${url})`);
  }
  let report: { messages: { type: string; url: string; message: string; extract?: string }[] };
  try {
    report = JSON.parse(execFileSync('java', ['-jar', VNU, '--errors-only', '--format', 'json', ...files.keys()], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }) || '{"messages":[]}');
  } catch (error) {
    // vnu exits 1 when it finds errors and prints its report to stderr.
    report = JSON.parse((error as { stderr: string }).stderr);
  }
  const errors = report.messages
    .filter((message) => message.type === 'error')
    .map((message) => `${files.get(new URL(message.url).pathname) ?? message.url}: ${message.message}${message.extract ? ` [${message.extract.trim().slice(0, 80)}]` : ''}`);
  expect(errors).toEqual([]);
  expect(files.size).toBeGreaterThanOrEqual(30);
});
