import { describe, expect, it } from 'vitest';
import { faqFromHtml, faqFromTree } from '../../lib/content/faq';
import { renderMarkdown } from '../../lib/content/markdown';
import { faqJsonLd, sitemapAlternates } from '../../lib/seo';

const faqHtml = `
<p>Intro that belongs to no question.</p>
<h2 id="a"><a class="heading-anchor" href="#a">How do I reset my password?</a></h2>
<p>Open <a href="https://x.example" class="external-link">the login page<span class="sr-only"> (opens in a new tab)</span></a>.</p>
<ul><li>First step</li><li>Second step</li></ul>
<h2 id="b">为什么账户被锁定？</h2>
<p>输错密码次数过多<sup><a href="#fn-1" data-footnote-ref>1</a></sup>。</p>
<section data-footnotes class="footnotes"><h2 id="footnote-label" class="sr-only">Footnotes</h2><ol><li>Five times.</li></ol></section>`;

describe('questions and answers in an article', () => {
  it('are the ## questions with what follows each, as the reader sees it', () => {
    expect(faqFromHtml(faqHtml)).toEqual({
      entries: [
        { question: 'How do I reset my password?', answer: 'Open the login page.\nFirst step Second step' },
        { question: '为什么账户被锁定？', answer: '输错密码次数过多。' },
      ],
      problems: [],
    });
  });

  it('read from the rendered tree are what the rendered HTML gives: footnotes, external-link labels, tables, raw HTML', async () => {
    const markdown = [
      'Intro.',
      '## How do I reset my password?',
      'Open [the login page](https://x.example) and read [the guide](known.md).',
      '',
      '- First step',
      '- [x] Second step',
      '',
      '## 为什么账户被锁定？',
      '输错密码次数过多[^1]。<kbd>Ctrl</kbd>',
      '',
      '| a | b |',
      '| - | - |',
      '| 1 | 2 |',
      '',
      '```',
      'code line',
      '```',
      '',
      '[^1]: Five times.',
    ].join('\n');
    const rendered = await renderMarkdown(markdown, {
      labels: { externalLink: '(opens in a new tab)', scrollableTable: 'Scrollable table' },
      resolveLink: () => ({ url: '/en/articles/known' }),
    });
    const fromTree = faqFromTree(rendered.tree);
    expect(fromTree.entries.map((entry) => entry.question)).toEqual(['How do I reset my password?', '为什么账户被锁定？']);
    expect(fromTree.entries[0]!.answer).not.toContain('opens in a new tab');
    expect(fromTree).toEqual(faqFromHtml(rendered.html));
  });

  it('are none unless every section heading, at least two, is a question', () => {
    expect(faqFromHtml('<h2>How do I start?</h2><p>Like this.</p>').entries).toEqual([]);
    expect(faqFromHtml('<h2>How do I start?</h2><p>Like this.</p><h2>Next steps</h2><p>More.</p>').entries).toEqual([]);
    expect(faqFromHtml('<p>No sections.</p>')).toEqual({ entries: [], problems: [] });
  });

  it('name a question left without an answer', () => {
    const { entries, problems } = faqFromHtml('<h2>Why?</h2><h2>How?</h2><p>So.</p>');
    expect(entries).toEqual([{ question: 'How?', answer: 'So.' }]);
    expect(problems).toEqual(['the question "Why?" has no answer under it']);
  });

  it('become schema.org FAQPage data, and nothing for another article', () => {
    const data = faqJsonLd({ locale: 'en', faq: [{ question: 'Q?', answer: 'A.' }] });
    expect(data).toEqual({
      '@context': 'https://schema.org',
      '@type': 'FAQPage',
      inLanguage: 'en',
      mainEntity: [{ '@type': 'Question', name: 'Q?', acceptedAnswer: { '@type': 'Answer', text: 'A.' } }],
    });
    expect(faqJsonLd({ locale: 'en', faq: [] })).toBeNull();
  });
});

describe('sitemap alternates', () => {
  it('are absolute, only real translations, with x-default on the default locale', () => {
    const alternates = [
      { locale: 'en', path: '/en/articles/a', translated: true },
      { locale: 'zh', path: '/zh#untranslated', translated: false },
    ];
    expect(sitemapAlternates('https://help.example', alternates, 'en')).toEqual({ en: 'https://help.example/en/articles/a', 'x-default': 'https://help.example/en/articles/a' });
    expect(sitemapAlternates('https://help.example', alternates, 'zh')).toEqual({ en: 'https://help.example/en/articles/a' });
  });
});
