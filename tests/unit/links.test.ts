import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { classifyLink, containsReaderText, encodeNonAscii, splitBareUrl } from '../../lib/content/links';
import { renderMarkdown } from '../../lib/content/markdown';

describe('splitBareUrl', () => {
  it.each([
    ['https://www.harborline.example，一个字母都不能差。', 'https://www.harborline.example', '，一个字母都不能差。'],
    ['https://x.example/path。', 'https://x.example/path', '。'],
    ['https://x.example/a）和', 'https://x.example/a', '）和'],
    ['https://x.example/a.」', 'https://x.example/a', '.」'],
    ['https://x.example/a_(b)', 'https://x.example/a_(b)', ''],
    ['https://x.example/a)：', 'https://x.example/a', ')：'],
    ['https://x.example/q?x=1！', 'https://x.example/q?x=1', '！'],
    ['https://x.example/页面', 'https://x.example/', '页面'],
    ['https://x.example/a”', 'https://x.example/a', '”'],
    ['https://x.example/a…', 'https://x.example/a', '…'],
  ])('%s ends before the reader text', (literal, address, rest) => {
    expect(splitBareUrl(literal)).toEqual({ address, rest });
  });
});

describe('classifyLink', () => {
  it.each([
    ['/\\evil.example/login', 'backslash'],
    ['\\\\evil.example', 'backslash'],
    ['//evil.example/login', 'leaves this site'],
    ['https:evil.example/login', 'no "//"'],
    ['http:/evil.example', 'no "//"'],
    ['/\t/evil.example', 'control character'],
    ['/\n/evil.example', 'control character'],
    [' //evil.example', 'control character'],
    ['javascript:alert(1)', 'not allowed'],
    ['data:text/html,<script>', 'not allowed'],
    ['https://evil.example/登录', 'Chinese'],
    ['../a/页面.md', 'Chinese'],
  ])('refuses %j (%s)', (address, reason) => {
    const target = classifyLink(address);
    expect(target.kind).toBe('refused');
    expect(target.kind === 'refused' && target.reason).toContain(reason);
  });

  it.each([
    ['https://example.org/a?b=1#c', 'external'],
    ['mailto:help@example.org', 'external'],
    ['#steps', 'anchor'],
    ['#%E5%BF%98%E8%AE%B0', 'anchor'],
    ['../account-access/reset-password.md#忘记密码', 'internal'],
    ['/en/articles/reset-password', 'internal'],
    ['reset-password.md', 'internal'],
  ])('accepts %j as %s', (address, kind) => {
    expect(classifyLink(address).kind).toBe(kind);
  });

  it('decodes anchors, so #%E5%BF%98 finds the heading 忘', () => {
    expect(classifyLink('#%E5%BF%98')).toEqual({ kind: 'anchor', id: '忘' });
  });
});

describe('encodeNonAscii', () => {
  it('encodes only what is not ASCII, and survives a lone surrogate', () => {
    expect(encodeNonAscii('/zh/articles/a#忘记 密码')).toBe('/zh/articles/a#%E5%BF%98%E8%AE%B0 %E5%AF%86%E7%A0%81');
    expect(encodeNonAscii('#\ud800')).toBe('#%EF%BF%BD');
  });
});

describe('bare URLs in any Chinese sentence', () => {
  const labels = { externalLink: '(external)', scrollableTable: 'Table' };
  const pieces = ['https://www.harborline.example', '/path', '?q=1', '.', ')', '(', '_', '，', '。', '：', '；', '！', '？', '）', '」', '一个', '字母', ' ', '”'];

  it('never produces a link whose address holds Chinese text or punctuation', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.constantFrom(...pieces), { maxLength: 12 }), async (parts) => {
        const { html } = await renderMarkdown(`请访问 ${parts.join('')}`, { labels, resolveLink: () => ({ error: 'none' }) });
        for (const [, href] of html.matchAll(/href="([^"]*)"/g)) expect(containsReaderText(decodeURI(href ?? ''))).toBe(false);
      }),
      { numRuns: 300 },
    );
  });
});
