import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../lib/content/load';
import { formatProblem } from '../../lib/content/problems';

const brokenDir = path.join(import.meta.dirname, '../fixtures/content/broken');

/** Loads one broken fixture and returns its problems the way the build prints them. */
async function problemsOf(fixture: string): Promise<string[]> {
  const root = path.join(brokenDir, fixture);
  const { content, problems } = await loadContent(root, {
    displayPath: (file) => `content/${path.relative(root, file)}`,
  });
  expect(content, 'broken content must not compile').toBeNull();
  return problems.filter((problem) => problem.severity === 'error').map(formatProblem);
}

describe('broken content fails with the file, the field and the reason', () => {
  it('invalid YAML in front matter, with its line', async () => {
    expect(await problemsOf('invalid-yaml')).toMatchInlineSnapshot(`
      [
        "content/en/basics/limit-orders.md: front matter: invalid YAML (line 5): Flow sequence in block collection must be sufficiently indented and end with a ]",
      ]
    `);
  });

  it('a missing required field', async () => {
    expect(await problemsOf('missing-field')).toEqual([
      'content/en/basics/limit-orders.md: description: is required',
    ]);
  });

  it('fields of the wrong type or format', async () => {
    expect(await problemsOf('wrong-field')).toEqual([
      'content/en/basics/limit-orders.md: updated: expected a date like 2026-01-31',
      'content/en/basics/limit-orders.md: promoted: expected true or false',
    ]);
  });

  it('an unknown field, with a suggestion for the likely typo', async () => {
    expect(await problemsOf('unknown-field')).toEqual([
      'content/en/basics/limit-orders.md: tilte: is not a known field (did you mean title?)',
    ]);
  });

  it('an article in a folder that is not a category', async () => {
    expect(await problemsOf('unknown-category')).toEqual([
      'content/en/tradng/limit-orders.md: category: "tradng" is not a category in en/categories.yaml (known: basics)',
    ]);
  });

  it('the same slug in two categories of one language', async () => {
    expect(await problemsOf('duplicate-slug')).toEqual([
      'content/en/more/ok.md: slug: "ok" is already used by basics/ok.md; slugs must be unique within a language',
    ]);
  });

  it('links and related slugs that point at nothing', async () => {
    expect(await problemsOf('broken-link')).toEqual([
      'content/en/basics/limit-orders.md: related[0]: "market-orders" is not an article in en/',
      'content/en/basics/limit-orders.md: line 8: links to "market-orders.md", but there is no such article',
      'content/en/basics/limit-orders.md: line 8: links to "/en/categories/trading", which is not a page of this help center',
    ]);
  });

  it('an unknown {{variable}}, with its line and how to write a literal {{', async () => {
    const [problem] = await problemsOf('unknown-variable');
    expect(problem).toMatch(/^content\/en\/basics\/limit-orders\.md: line 7: \{\{brandd\}\} is not a known variable/);
    expect(problem).toContain('put a backslash before it: \\{{');
  });

  it('links a browser would read differently from how they look, written in Markdown or raw HTML, each with its line', async () => {
    expect(await problemsOf('unsafe-links')).toMatchInlineSnapshot(`
      [
        "content/en/basics/limit-orders.md: line 7: links to "/\\evil.example/login", which contains a backslash, which browsers read as "/"",
        "content/en/basics/limit-orders.md: line 8: links to "//evil.example/login", which starts with "//" and so leaves this site; write the full https:// address",
        "content/en/basics/limit-orders.md: line 9: links to "https:evil.example/login", which has no "//" after "https:", so browsers read it as another site; write it like https://example.com",
        "content/en/basics/limit-orders.md: line 10: links to "/	/evil.example/login", which contains a space, tab, newline or control character (percent-encode it, e.g. %20)",
        "content/en/basics/limit-orders.md: line 11: links to "missing.md", but there is no such article",
        "content/en/basics/limit-orders.md: line 14: links to "https://evil.example/登录", which contains Chinese or full-width characters; end a bare address with a space, or percent-encode the characters",
        "content/en/basics/limit-orders.md: line 16: links to "https://www.testbank.example，一个字母都不能差", which contains Chinese or full-width characters; end a bare address with a space, or percent-encode the characters",
        "content/en/basics/limit-orders.md: line 18: links to "#no-such-section", but this article has no such section",
      ]
    `);
  });

  it('an invalid site.yaml', async () => {
    expect(await problemsOf('invalid-site')).toEqual([
      'content/site.yaml: domain: expected a domain like example.com',
      'content/site.yaml: website: expected an https:// URL',
      'content/site.yaml: defaultLocale: must be one of locales',
    ]);
  });

  it('each bad category entry on its own, without hiding the good ones', async () => {
    expect(await problemsOf('invalid-categories')).toEqual([
      'content/en/categories.yaml: [1].slug: "basics" is listed twice',
      'content/en/categories.yaml: [2].icon: expected one of rocket, key, shield, id-card, arrows, chart, code, lifebuoy, question, user',
      'content/en/categories.yaml: [2].colour: is not a known field (known: slug, title, description, icon)',
    ]);
  });

  it('search synonyms that are not groups of words', async () => {
    expect(await problemsOf('invalid-synonyms')).toEqual([
      'content/en/synonyms.yaml: [1]: a group needs at least two words',
      'content/en/synonyms.yaml: [2]: expected a list of words like [withdraw, cash out]',
    ]);
  });

  it('lists every problem in every file at once, not just the first', async () => {
    expect(await problemsOf('many-problems')).toEqual([
      'content/en/tradng/stray.md: category: "tradng" is not a category in en/categories.yaml (known: basics)',
      'content/en/basics/limit-orders.md: description: is required',
      'content/en/basics/limit-orders.md: updated: expected a date like 2026-01-31',
      'content/en/basics/limit-orders.md: line 6: links to "nowhere.md", but there is no such article',
    ]);
  });

  it('a flow that is not a sound graph: every problem, each with its step and reason', async () => {
    expect(await problemsOf('unsound-flow')).toMatchInlineSnapshot(`
      [
        "content/flows/broken.yaml: steps.first.choices[0].next: "nowhere" is not a step (known steps: first, loop-one, loop-two, orphan)",
        "content/flows/broken.yaml: steps.first.choices[1].id: "a" is used by another choice of this question",
        "content/flows/broken.yaml: steps.orphan: a resolved outcome names no channel and nothing to prepare; use result: escalate",
        "content/flows/broken.yaml: steps.orphan: cannot be reached from the start ("first")",
        "content/flows/broken.yaml: steps.first: never reaches an outcome: it loops loop-one → loop-two → loop-one with no way out",
        "content/flows/broken.yaml: articles[0]: "no-such-article" is not an article in en/, zh/",
        "content/flows/broken.yaml: title: has no zh text",
        "content/flows/broken.yaml: summary: has text for fr, which site.yaml does not list as a locale",
        "content/flows/broken.yaml: steps.loop-two.checklist: has a different number of lines in each language",
        "content/flows/broken.yaml: steps.loop-one.text.en: links to "missing.md"; link to an article by its file name, like reset-password.md, and it must exist in en/",
        "content/flows/broken.yaml: steps.loop-one.text.zh: links to "missing.md"; link to an article by its file name, like reset-password.md, and it must exist in zh/",
        "content/flows/broken.yaml: steps.loop-two.consequence.en: {{nobody}} is not a known variable",
      ]
    `);
  });

  it('a flow file that breaks the format: its name, unknown fields, step types, choice counts', async () => {
    expect(await problemsOf('invalid-flow')).toMatchInlineSnapshot(`
      [
        "content/flows/Bad_Name.yaml: file name: expected lowercase words joined by hyphens, like password-reset.yaml",
        "content/flows/schema.yaml: steps: expected steps, each under its id",
        "content/flows/schema.yaml: step: is not a known field (did you mean steps?)",
        "content/flows/steps.yaml: steps.ask.choices: a question needs at least 2 choices",
        "content/flows/steps.yaml: steps.end: an escalate outcome names a channel and what to prepare",
        "content/flows/steps.yaml: steps.odd.type: expected type: question, instruction or outcome",
      ]
    `);
  });

  it('a missing content folder', async () => {
    const { content, problems } = await loadContent(path.join(brokenDir, 'no-such-folder'), {
      displayPath: (file) => path.basename(file),
    });
    expect(content).toBeNull();
    expect(problems.map(formatProblem)).toEqual(['site.yaml: file is missing']);
  });
});
