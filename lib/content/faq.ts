import type { Element, ElementContent, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { z } from 'zod';

/**
 * An article is a list of questions and answers (schema.org FAQPage) when every section heading
 * (`##`) of it is a question: at least two, each ending in a question mark (? or ？). Each answer is
 * what follows its question up to the next one, as plain text. Nothing to mark up: the writers'
 * headings say it.
 */
export const faqEntrySchema = z.object({
  question: z.string().min(1).max(300),
  answer: z.string().min(1).max(5000),
});

export type FaqEntry = z.infer<typeof faqEntrySchema>;

const QUESTION = /[?？]\s*$/;

/** The question/answer pairs of an article's rendered HTML, or none when it is not an FAQ; problems name the question. */
export function faqFromHtml(html: string): { entries: FaqEntry[]; problems: string[] } {
  return faqFromTree(fromHtml(html, { fragment: true }));
}

/** The same, from the tree the HTML is written from (renderMarkdown gives it), which spares parsing the HTML again. */
export function faqFromTree(tree: Root): { entries: FaqEntry[]; problems: string[] } {
  const sections = sectionsOf(tree.children);
  if (sections.length < 2 || !sections.every((section) => QUESTION.test(section.question))) return { entries: [], problems: [] };
  const entries: FaqEntry[] = [];
  const problems: string[] = [];
  for (const section of sections) {
    const parsed = faqEntrySchema.safeParse(section);
    if (parsed.success) entries.push(parsed.data);
    else problems.push(`the question "${section.question.slice(0, 80)}" ${section.answer ? `has an answer over 5,000 or a question over 300 characters` : 'has no answer under it'}`);
  }
  return { entries, problems };
}

/** The article's `##` sections: each heading's text and the text of everything up to the next. */
function sectionsOf(nodes: readonly ElementContent[] | readonly (ElementContent | { type: string })[]): FaqEntry[] {
  const sections: { question: string; parts: string[] }[] = [];
  for (const node of nodes) {
    if (!isElement(node) || node.properties.dataFootnotes !== undefined) continue;
    if (node.tagName === 'h2') sections.push({ question: plain(textOf(node)), parts: [] });
    else sections.at(-1)?.parts.push(plain(textOf(node)));
  }
  return sections.map(({ question, parts }) => ({ question, answer: parts.filter(Boolean).join('\n') }));
}

const isElement = (node: { type: string }): node is Element => node.type === 'element';

/** The text a reader sees: without the labels only screen readers get (" (opens in a new tab)") or footnote marks. */
function textOf(node: ElementContent): string {
  if (node.type === 'text') return node.value;
  if (node.type !== 'element') return '';
  const className = node.properties.className;
  if ((Array.isArray(className) && className.includes('sr-only')) || node.properties.dataFootnoteRef !== undefined) return '';
  // Block elements end a line, so words of two paragraphs or list items never run together.
  const text = node.children.map(textOf).join('');
  return /^(p|li|h\d|tr|pre|blockquote|div)$/.test(node.tagName) ? `${text}\n` : text;
}
const plain = (text: string) => text.replace(/\s+/g, ' ').trim();
