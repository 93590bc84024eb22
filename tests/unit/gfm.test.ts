/**
 * lib/content/gfm.ts leaves out the parts of GFM an article cannot be using. That is only safe if
 * the tree is then exactly what full GFM (remark-gfm) gives: the same nodes, values and positions.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import matter from 'gray-matter';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { ALL_GFM_PARTS, type GfmParts, gfmPartsUsedBy, remarkGfmParts } from '../../lib/content/gfm';

const fullGfm = unified().use(remarkParse).use(remarkGfm).freeze();
const withParts = (parts: GfmParts) => unified().use(remarkParse).use(remarkGfmParts, parts).freeze();
const NO_PARTS: GfmParts = { autolinks: false, strikethrough: false, tables: false };

function expectSameTree(markdown: string) {
  expect(parseOrThrow(withParts(gfmPartsUsedBy(markdown)), markdown)).toEqual(parseOrThrow(fullGfm, markdown));
}

/** The tree, or the error: tests run micromark's development build, whose assertions trip on a few odd inputs. */
function parseOrThrow(processor: typeof fullGfm, markdown: string) {
  try {
    return processor.parse(markdown);
  } catch (error) {
    return { threw: String(error) };
  }
}

/** Pieces that start, end or nearly make every GFM construct, and the CommonMark around them. */
const PIECES = [
  '|', ' | ', '|---|', '| a | b |', '-', '---', ':--', '--:', '~', '~~', '~~~', '@', ' @', 'a@', '&#64;', '&commat;', '&#119;', '&#46;', '&amp;', '@.b', '@-b', '@b', 'a@b.example', 'mailto:', 'xmpp:',
  'www.', 'www.example.com', 'WWW.Example.com', 'http://', 'https://x.example/a?b=c', 'HTTP://X.EXAMPLE', '[ ] ', '[x] ',
  '[^1]', '[^1]: note', '[a](https://x.example)', '<https://x.example>', '`', '`code`', '*', '_', '> ', '- ', '1. ',
  '    ', '\t', '#', '## ', '\\', '<b>', '](', '(', ')', ' ', 'word', 'Word.', '提现', '，', '。', '=', '.com', 'x.y', '~x~', 'w', 'h', '\r\n', '\n', '\n\n',
];

describe('GFM parts by need', () => {
  it('finds the parts written in an article and nothing else', () => {
    expect(gfmPartsUsedBy('Plain text, a list:\n\n- one\n- two\n')).toEqual(NO_PARTS);
    expect(gfmPartsUsedBy('Write to help@x.example')).toEqual({ ...NO_PARTS, autolinks: true });
    expect(gfmPartsUsedBy('Mail only comes from @x.example, or @Harborline on X')).toEqual(NO_PARTS);
    expect(gfmPartsUsedBy('www\\.x.example')).toEqual({ ...NO_PARTS, autolinks: true });
    expect(gfmPartsUsedBy('help&#64;x.example')).toEqual({ ...NO_PARTS, autolinks: true });
    expect(gfmPartsUsedBy('See WWW.X.EXAMPLE or HTTPS://X.EXAMPLE')).toEqual({ ...NO_PARTS, autolinks: true });
    expect(gfmPartsUsedBy('~~old~~')).toEqual({ ...NO_PARTS, strikethrough: true });
    expect(gfmPartsUsedBy('a | b\n--|--')).toEqual({ ...NO_PARTS, tables: true });
  });

  it('parses a table, strikethrough and autolinks only with their parts (the comparison below can fail)', () => {
    const markdown = 'a | b\n--|--\n1 | 2\n\n~~old~~ www.x.example';
    const types = (parts: GfmParts) => JSON.stringify(withParts(parts).parse(markdown)).match(/"type":"(table|delete|link)"/g) ?? [];
    expect(types(ALL_GFM_PARTS)).toEqual(['"type":"table"', '"type":"delete"', '"type":"link"']);
    expect(types(NO_PARTS)).toEqual([]);
  });

  it('gives every real article the tree full GFM gives it', () => {
    const root = path.join(process.cwd(), 'content');
    const articles = readdirSync(root, { recursive: true, encoding: 'utf8' }).filter((file) => /^(en|zh)\/.+\.md$/.test(file));
    expect(articles.length).toBeGreaterThan(100);
    for (const file of articles) expectSameTree(matter(readFileSync(path.join(root, file), 'utf8')).content);
  });

  it('gives any Markdown made of GFM-like pieces the tree full GFM gives it', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }), (pieces) => expectSameTree(pieces.join(''))),
      { numRuns: Number(process.env.GFM_RUNS ?? 3000) },
    );
  });
});
