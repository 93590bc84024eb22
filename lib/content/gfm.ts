import { gfmAutolinkLiteral } from 'micromark-extension-gfm-autolink-literal';
import { gfmFootnote } from 'micromark-extension-gfm-footnote';
import { gfmStrikethrough } from 'micromark-extension-gfm-strikethrough';
import { gfmTable } from 'micromark-extension-gfm-table';
import { gfmTaskListItem } from 'micromark-extension-gfm-task-list-item';
import { gfmAutolinkLiteralFromMarkdown } from 'mdast-util-gfm-autolink-literal';
import { gfmFootnoteFromMarkdown } from 'mdast-util-gfm-footnote';
import { gfmStrikethroughFromMarkdown } from 'mdast-util-gfm-strikethrough';
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table';
import { gfmTaskListItemFromMarkdown } from 'mdast-util-gfm-task-list-item';
import type { Processor } from 'unified';

/**
 * The parts of GitHub-flavoured Markdown that cost a parse something whether or not an article uses
 * them. At 2,000 articles a locale, full GFM took twice as long to parse as CommonMark: literal
 * autolinks are tried at every word and then searched for again in every text node, and tables at
 * the start of every line. Footnotes and task lists cost nothing measurable and are always on.
 */
export interface GfmParts {
  autolinks: boolean;
  strikethrough: boolean;
  tables: boolean;
}

/**
 * What each part needs to be written at all, so that an article without it parses the same without
 * the part. A strikethrough is written with ~. A table needs a | or, with one column, a delimiter row
 * without pipes (`--:`): a line ending in - or -:, in a list or quote too. A literal autolink is
 * http(s)://, www. (any case) or an email address (with or without mailto: or xmpp:), whose @ has a
 * letter, digit or one of + . - _ on each side: an @ after a space ("mail from @example.com") starts
 * none. GFM also finds autolinks in text after escapes and character references are decoded
 * (`www\.example.com`, `a&#64;b.example`), so backslashes are ignored and any reference counts.
 */
const STRIKETHROUGH = /~/;
const TABLE = /\||-:?[ \t\r]*$/m;
const AUTOLINK = /[\w+.-]@[\w.-]|https?:\/\/|www\./i;
const CHARACTER_REFERENCE = /&(?:#\d+|#x[\da-f]+|[a-z][a-z\d]*);/i;

/** The parts of GFM that `markdown` may use; `tests/unit/gfm.test.ts` checks the rest change nothing. */
export function gfmPartsUsedBy(markdown: string): GfmParts {
  return {
    autolinks: CHARACTER_REFERENCE.test(markdown) || AUTOLINK.test(markdown.replaceAll('\\', '')),
    strikethrough: STRIKETHROUGH.test(markdown),
    tables: TABLE.test(markdown),
  };
}

export const ALL_GFM_PARTS: GfmParts = { autolinks: true, strikethrough: true, tables: true };

/** A key per combination of parts, for keeping one processor per combination. */
export function gfmPartsKey(parts: GfmParts): string {
  return `${+parts.autolinks}${+parts.strikethrough}${+parts.tables}`;
}

/** remark-gfm with only the given parts (the same extensions, in the same order, as remark-gfm adds). */
export function remarkGfmParts(this: Processor, parts: GfmParts): void {
  const data = this.data();
  const micromarkExtensions = (data.micromarkExtensions ??= []);
  const fromMarkdownExtensions = (data.fromMarkdownExtensions ??= []);
  micromarkExtensions.push(
    ...(parts.autolinks ? [gfmAutolinkLiteral()] : []),
    gfmFootnote(),
    ...(parts.strikethrough ? [gfmStrikethrough()] : []),
    ...(parts.tables ? [gfmTable()] : []),
    gfmTaskListItem(),
  );
  fromMarkdownExtensions.push([
    ...(parts.autolinks ? [gfmAutolinkLiteralFromMarkdown()] : []),
    gfmFootnoteFromMarkdown(),
    ...(parts.strikethrough ? [gfmStrikethroughFromMarkdown()] : []),
    ...(parts.tables ? [gfmTableFromMarkdown()] : []),
    gfmTaskListItemFromMarkdown(),
  ]);
}
