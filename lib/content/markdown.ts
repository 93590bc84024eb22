import type { Element, Root as HastRoot } from 'hast';
import { toString as hastToString } from 'hast-util-to-string';
import type { Root as MdastRoot } from 'mdast';
import { toString as mdastToString } from 'mdast-util-to-string';
import rehypeAutolinkHeadings from 'rehype-autolink-headings';
import rehypeExternalLinks from 'rehype-external-links';
import rehypeRaw from 'rehype-raw';
import rehypeSanitize from 'rehype-sanitize';
import rehypeSlug from 'rehype-slug';
import rehypeStringify from 'rehype-stringify';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';

export interface TocEntry {
  id: string;
  text: string;
  depth: 2 | 3;
}

export interface RenderedMarkdown {
  html: string;
  toc: TocEntry[];
  /** The body as plain text, for search and meta descriptions. */
  text: string;
  /** What is wrong with the body (links to nowhere, images without alt text); the caller reports them. */
  problems: string[];
}

export interface RenderOptions {
  /**
   * Maps a link written in the article (a relative `.md` path or a site path) to the URL it should
   * have, or returns an error message if it points nowhere. External URLs and `#anchors` never
   * reach it.
   */
  resolveLink: (href: string) => { url: string } | { error: string };
  labels: { externalLink: string; scrollableTable: string };
}

/**
 * Markdown -> safe HTML. Raw HTML is parsed and then sanitised with the GitHub schema; everything we
 * add ourselves (heading ids, anchors, labels) comes after sanitising, so it is trusted markup.
 */
export async function renderMarkdown(markdown: string, options: RenderOptions): Promise<RenderedMarkdown> {
  const problems: string[] = [];
  const toc: TocEntry[] = [];
  let text = '';

  const file = await unified()
    .use(remarkParse)
    .use(remarkGfm)
    .use(() => (tree: MdastRoot) => {
      text = blockTexts(tree).join(' ').replace(/\s+/g, ' ').trim();
      visit(tree, 'image', (node) => {
        // Markdown cannot tell decoration from a forgotten description; screenshots need one.
        if (!node.alt?.trim()) problems.push(`image "${node.url}" has no alt text: describe it in ![...](${node.url})`);
      });
      visit(tree, ['link', 'definition'], (node) => {
        if (!('url' in node) || isExternalOrAnchor(node.url)) return;
        const resolved = options.resolveLink(node.url);
        if ('error' in resolved) problems.push(resolved.error);
        else node.url = resolved.url;
      });
    })
    .use(remarkRehype, { allowDangerousHtml: true })
    .use(rehypeRaw)
    .use(rehypeSanitize)
    .use(rehypeSlug)
    .use(rehypeAutolinkHeadings, { behavior: 'wrap', properties: { className: ['heading-anchor'] } })
    .use(rehypeExternalLinks, {
      rel: ['noopener', 'noreferrer'],
      properties: { className: ['external-link'] },
      content: { type: 'text', value: ` ${options.labels.externalLink}` },
      contentProperties: { className: ['sr-only'] },
    })
    .use(() => (tree: HastRoot) => {
      visit(tree, 'element', (node, index, parent) => {
        if ((node.tagName === 'h2' || node.tagName === 'h3') && typeof node.properties.id === 'string') {
          toc.push({ id: node.properties.id, text: hastToString(node).trim(), depth: node.tagName === 'h2' ? 2 : 3 });
        }
        if (node.tagName === 'li' && hasClass(node, 'task-list-item')) labelTaskCheckbox(node);
        // Long code lines scroll sideways; keyboard users must be able to focus the block to scroll it.
        if (node.tagName === 'pre') node.properties.tabIndex = 0;
        if (node.tagName === 'img' && node.properties.alt === undefined) {
          problems.push(`image "${String(node.properties.src ?? '')}" has no alt text: describe it, or write alt="" if it is decoration`);
        }
        if (node.tagName === 'table' && parent && index !== undefined) {
          // A wide table scrolls on its own on a phone; a scroll region must be focusable and named.
          parent.children[index] = {
            type: 'element',
            tagName: 'div',
            properties: { className: ['table-scroll'], tabIndex: 0, role: 'region', ariaLabel: options.labels.scrollableTable },
            children: [node],
          };
          return 'skip';
        }
      });
    })
    .use(rehypeStringify)
    .process(markdown);

  return { html: String(file), toc, text, problems };
}

/** The text of each leaf block, so words of neighbouring paragraphs and cells do not run together. */
function blockTexts(tree: MdastRoot): string[] {
  const texts: string[] = [];
  visit(tree, ['paragraph', 'heading', 'tableCell', 'code'], (node) => {
    texts.push(mdastToString(node, { includeHtml: false }));
    return 'skip';
  });
  return texts;
}

function isExternalOrAnchor(url: string): boolean {
  return url.startsWith('#') || url.startsWith('//') || /^[a-z][a-z0-9+.-]*:/i.test(url);
}

function hasClass(node: Element, name: string): boolean {
  const className = node.properties.className;
  return Array.isArray(className) && className.includes(name);
}

/** GFM task-list checkboxes have no label; name each after its item's text. */
function labelTaskCheckbox(item: Element): void {
  const label = hastToString(item).trim();
  visit(item, 'element', (node) => {
    if (node.tagName === 'input' && node.properties.type === 'checkbox') node.properties.ariaLabel = label;
  });
}
