import { describe, expect, it } from 'vitest';
import { renderMarkdown } from '../../lib/content/markdown';

const labels = { externalLink: '(external site)', scrollableTable: 'Scrollable table' };
const render = (markdown: string) =>
  renderMarkdown(markdown, {
    labels,
    resolveLink: (href) => (href === 'known.md' ? { url: '/en/articles/known' } : { error: `bad link ${href}` }),
  });

describe('renderMarkdown', () => {
  it('removes scripts, event handlers and javascript: URLs from raw HTML but keeps safe tags', async () => {
    const { html } = await render(
      'Press <kbd>Ctrl</kbd>.<script>alert(1)</script><img src="x.png" onerror="alert(2)"> <a href="javascript:alert(3)">x</a> <iframe src="https://evil.example"></iframe>',
    );
    expect(html).toContain('<kbd>Ctrl</kbd>');
    expect(html).not.toMatch(/<script|onerror|javascript:|<iframe/i);
  });

  it('escapes text that looks like HTML inside code', async () => {
    const { html } = await render('`<script>alert(1)</script>`');
    expect(html).toBe('<p><code>&#x3C;script>alert(1)&#x3C;/script></code></p>');
  });

  it('gives headings ids and self-links, and lists h2/h3 in the table of contents', async () => {
    const { html, toc } = await render('## First step\n\n### A detail\n\n## 忘记密码\n\n#### Too deep');
    expect(html).toContain('<h2 id="first-step"><a class="heading-anchor" href="#first-step">First step</a></h2>');
    expect(toc).toEqual([
      { id: 'first-step', text: 'First step', depth: 2 },
      { id: 'a-detail', text: 'A detail', depth: 3 },
      { id: '忘记密码', text: '忘记密码', depth: 2 },
    ]);
  });

  it('keeps ids from raw HTML out of the page namespace and heading ids lowercase', async () => {
    // Page elements use camelCase ids (mainContent, tocTitle), which a slug can never produce.
    const { html } = await render('<h2 id="mainContent">Sneaky</h2>\n\n## Main Content');
    expect(html).toContain('id="user-content-mainContent"');
    expect(html).toContain('id="main-content"');
    expect(html).not.toContain('id="mainContent"');
  });

  it('marks external links with rel and a screen-reader label, and leaves site links alone', async () => {
    const { html, problems } = await render('## Top\n\n[docs](https://example.org) and [self](#top)');
    expect(html).toContain(
      '<a href="https://example.org" class="external-link" rel="noopener noreferrer">docs<span class="sr-only"> (external site)</span></a>',
    );
    expect(html).toContain('<a href="#top">self</a>');
    expect(problems).toEqual([]);
  });

  it('marks only web addresses as external, not a mailto: link', async () => {
    const { html } = await render('[b](mailto:help@example.org)');
    expect(html).toContain('<a href="mailto:help@example.org">b</a>');
  });

  it('gives raw-HTML links the same checks and external-link treatment as Markdown links', async () => {
    const { html, problems } = await render('<a href="https://example.org">raw</a> <a href="known.md">known</a> <a href="/\\evil.example/login">evil</a>');
    expect(html).toContain('<a href="https://example.org" class="external-link" rel="noopener noreferrer">raw<span class="sr-only"> (external site)</span></a>');
    expect(html).toContain('<a href="/en/articles/known">known</a>');
    // A refused address is reported and removed, so not even a preview build links to it.
    expect(html).toContain('<a>evil</a>');
    expect(problems.map((problem) => problem.message)).toEqual(['links to "/\\evil.example/login", which contains a backslash, which browsers read as "/"']);
  });

  it('resolves internal links through the caller and reports the ones it cannot', async () => {
    const { html, problems } = await render('[a](known.md) [b](missing.md) [c][ref]\n\n[ref]: other.md');
    expect(html).toContain('<a href="/en/articles/known">a</a>');
    expect(problems).toEqual([
      { message: 'bad link missing.md', line: 1 },
      { message: 'bad link other.md', line: 1 },
    ]);
  });

  it('requires alt text on images, from Markdown or raw HTML', async () => {
    const { problems } = await render('![](/a.png) ![Deposit page](/b.png) <img src="/c.png"> <img src="/d.png" alt="">');
    expect(problems.map((problem) => problem.message)).toEqual([
      'image "/a.png" has no alt text: describe it in ![...](/a.png)',
      'image "/c.png" has no alt text: describe it, or write alt="" if it is decoration',
    ]);
  });

  it('wraps tables in a focusable, named scroll region and labels task-list checkboxes', async () => {
    const { html } = await render('| a | b |\n| - | - |\n| 1 | 2 |\n\n- [x] Turn on 2FA');
    expect(html).toContain('<div class="table-scroll" tabindex="0" role="region" aria-label="Scrollable table"><table>');
    expect(html).toContain('<input type="checkbox" checked disabled aria-label="Turn on 2FA">');
  });

  it('makes code blocks focusable so a keyboard can scroll them', async () => {
    const { html } = await render('```bash\ncurl https://api.example.org\n```');
    expect(html).toContain('<pre tabindex="0"><code class="language-bash">');
  });

  it('joins the plain text of blocks with spaces', async () => {
    const { text } = await render('## Title\n\nFirst **bold** paragraph.\n\n- item one\n- item two');
    expect(text).toBe('Title First bold paragraph. item one item two');
  });
});
