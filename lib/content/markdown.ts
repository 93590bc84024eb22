import GithubSlugger from 'github-slugger';
import type { Element, Nodes as HastNodes, Parents as HastParents, Root as HastRoot } from 'hast';
import { toString as hastToString } from 'hast-util-to-string';
import type { Nodes as MdastNodes, Parents as MdastParents, Root as MdastRoot } from 'mdast';
import { toString as mdastToString } from 'mdast-util-to-string';
import rehypeRaw from 'rehype-raw';
import rehypeSanitize from 'rehype-sanitize';
import rehypeStringify from 'rehype-stringify';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import type { VFile } from 'vfile';
import { type GfmParts, gfmPartsKey, gfmPartsUsedBy, remarkGfmParts } from './gfm';
import { READER_TEXT_REASON, classifyLink, containsReaderText, encodeNonAscii, splitBareUrl } from './links';

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
  problems: MarkdownProblem[];
  /** The tree `html` was written from, for callers that read the page's structure (the FAQ). */
  tree: HastRoot;
}

export interface MarkdownProblem {
  message: string;
  /** The line in the Markdown it was passed, where known. */
  line?: number;
}

export interface RenderOptions {
  /**
   * Maps a link written in the article (a relative `.md` path or a site path) to the URL it should
   * have, or returns an error message if it points nowhere. External URLs, `#anchors` and refused
   * addresses (see `classifyLink`) never reach it.
   */
  resolveLink: (href: string) => { url: string } | { error: string };
  labels: { externalLink: string; scrollableTable: string };
}

/** What one rendering collects, kept on its file so that one processor serves every article. */
interface RenderState {
  resolveLink: RenderOptions['resolveLink'];
  problems: MarkdownProblem[];
  toc: TocEntry[];
  text: string;
  tree?: HastRoot;
}

const stateOf = (file: VFile) => file.data.render as RenderState;

/**
 * Markdown -> safe HTML. Raw HTML is parsed and then sanitised with the GitHub schema; everything we
 * add ourselves (heading ids, anchors, labels) comes after sanitising, so it is trusted markup.
 */
export async function renderMarkdown(markdown: string, options: RenderOptions): Promise<RenderedMarkdown> {
  const state: RenderState = { resolveLink: options.resolveLink, problems: [], toc: [], text: '' };
  const processor = markdownProcessor(options.labels, gfmPartsUsedBy(markdown));
  const file = await processor.process({ value: markdown, data: { render: state } });
  const { problems, toc, text, tree } = state;
  problems.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
  return { html: String(file), toc, text, problems, tree: tree! };
}

/**
 * Setting a processor up (GFM's syntax extensions above all) costs about as much as rendering a
 * short article, so it is done once per set of labels (once per locale) and parts of GFM the
 * article uses (see gfm.ts), and frozen; everything that belongs to one article lives in its file's data.
 */
const processors = new Map<string, ReturnType<typeof createProcessor>>();

function markdownProcessor(labels: RenderOptions['labels'], gfm: GfmParts) {
  const key = JSON.stringify([labels.externalLink, labels.scrollableTable, gfmPartsKey(gfm)]);
  return madeOnce(processors, key, () => createProcessor(labels, gfm));
}

function madeOnce<Value>(made: Map<string, Value>, key: string, make: () => Value): Value {
  let value = made.get(key);
  if (value === undefined) {
    value = make();
    made.set(key, value);
  }
  return value;
}

function createProcessor(labels: RenderOptions['labels'], gfm: GfmParts) {
  return unified()
    .use(remarkParse)
    .use(remarkGfmParts, gfm)
    .use(() => (tree: MdastRoot, vfile: VFile) => {
      const state = stateOf(vfile);
      const { problems } = state;
      endBareUrlsAtReaderText(tree, String(vfile.value));
      state.text = blockTexts(tree).join(' ').replace(/\s+/g, ' ').trim();
      // Checked as written: the Markdown-to-HTML step percent-encodes addresses.
      const noAlt: MarkdownProblem[] = [];
      walk<MdastNodes, MdastParents>(tree, (node) => {
        if (node.type !== 'link' && node.type !== 'definition' && node.type !== 'image') return;
        if (containsReaderText(node.url.split('#')[0] ?? '')) {
          problems.push({
            message: `links to "${node.url}", which ${READER_TEXT_REASON}`,
            line: node.position?.start.line,
          });
        }
        // Markdown cannot tell decoration from a forgotten description; screenshots need one.
        if (node.type === 'image' && !node.alt?.trim()) {
          noAlt.push({ message: `image "${node.url}" has no alt text: describe it in ![...](${node.url})`, line: node.position?.start.line });
        }
      });
      problems.push(...noAlt);
    })
    // No prefix here: the sanitiser adds `user-content-` to every id once, footnotes included.
    .use(remarkRehype, { allowDangerousHtml: true, clobberPrefix: '' })
    .use(rawHtmlWhereWritten)
    .use(rehypeSanitize)
    // Every address, from Markdown or raw HTML, is checked once the headings have their ids.
    .use(() => (tree: HastRoot, vfile: VFile) => {
      const state = stateOf(vfile);
      linkHeadings(tree);
      checkAddresses(tree, state.resolveLink, state.problems, labels.externalLink);
    })
    .use(() => (tree: HastRoot, vfile: VFile) => {
      const { problems, toc } = stateOf(vfile);
      walk<HastNodes, HastParents>(tree, (node, index, parent) => {
        if (node.type !== 'element') return;
        if ((node.tagName === 'h2' || node.tagName === 'h3') && typeof node.properties.id === 'string') {
          toc.push({ id: node.properties.id, text: hastToString(node).trim(), depth: node.tagName === 'h2' ? 2 : 3 });
        }
        if (node.tagName === 'li' && hasClass(node, 'task-list-item')) labelTaskCheckbox(node);
        // Long code lines scroll sideways; keyboard users must be able to focus the block to scroll it.
        if (node.tagName === 'pre') node.properties.tabIndex = 0;
        if (node.tagName === 'img' && node.properties.alt === undefined) {
          problems.push({
            message: `image "${String(node.properties.src ?? '')}" has no alt text: describe it, or write alt="" if it is decoration`,
            line: node.position?.start.line,
          });
        }
        if (node.tagName === 'table' && parent && index !== undefined) {
          // A wide table scrolls on its own on a phone; a scroll region must be focusable and named.
          parent.children[index] = {
            type: 'element',
            tagName: 'div',
            properties: { className: ['table-scroll'], tabIndex: 0, role: 'region', ariaLabel: labels.scrollableTable },
            children: [node],
          };
          return 'skip';
        }
      });
    })
    .use(() => (tree: HastRoot, vfile: VFile) => {
      stateOf(vfile).tree = tree;
    })
    .use(rehypeStringify)
    .freeze();
}

/**
 * rehype-raw parses raw HTML written in an article into real elements, so the sanitiser judges what
 * it would become. It does so by running the whole tree through an HTML parser (parse5): a fifth of
 * compiling an article that has none, which is nearly every one. Those are left as they are.
 */
function rawHtmlWhereWritten() {
  const parseRaw = rehypeRaw();
  return (tree: HastRoot, vfile: VFile) => (hasRawHtml(tree) ? parseRaw(tree, vfile) : tree);
}

function hasRawHtml(tree: HastRoot): boolean {
  let found = false;
  walk<HastNodes, HastParents>(tree, (node) => {
    if (node.type === 'raw') found = true;
  });
  return found;
}

/**
 * GFM's autolinker lets a bare URL run on through Chinese punctuation and text; end each one where a
 * reader sees it end, and give the rest back to the sentence.
 */
function endBareUrlsAtReaderText(tree: MdastRoot, source: string): void {
  walk<MdastNodes, MdastParents>(tree, (node, index, parent) => {
    if (node.type !== 'link') return;
    const [only] = node.children;
    if (node.children.length !== 1 || only?.type !== 'text' || !parent || index === undefined) return;
    // A bare URL is its own text (GFM adds http:// or mailto: to some); written links start with [ or <.
    const start = node.position?.start.offset;
    const written = start !== undefined && (source[start] === '[' || source[start] === '<');
    if (written || !['', 'http://', 'mailto:'].some((prefix) => node.url === prefix + only.value)) return;
    const { rest } = splitBareUrl(only.value);
    if (!rest) return;
    only.value = only.value.slice(0, -rest.length);
    node.url = node.url.slice(0, -rest.length);
    parent.children.splice(index + 1, 0, { type: 'text', value: rest });
  });
}

/** The elements the sanitiser lets through that carry an address, and the attribute it is in. */
const ADDRESS_ATTRIBUTES: Partial<Record<string, 'href' | 'src'>> = { a: 'href', img: 'src' };

/**
 * Runs every link and image address through one set of rules, wherever it was written: refuses the
 * ones a browser would read differently from how they look, resolves internal ones through the
 * caller, checks same-page anchors exist, and percent-encodes what is not ASCII.
 */
function checkAddresses(tree: HastRoot, resolveLink: RenderOptions['resolveLink'], problems: MarkdownProblem[], externalLabel: string): void {
  const ids = new Set<string>();
  walk<HastNodes, HastParents>(tree, (node) => {
    if (node.type === 'element' && typeof node.properties.id === 'string') ids.add(node.properties.id);
  });
  walk<HastNodes, HastParents>(tree, (node) => {
    if (node.type !== 'element') return;
    const attribute = ADDRESS_ATTRIBUTES[node.tagName];
    const address = attribute && node.properties[attribute];
    if (!attribute || typeof address !== 'string') return;
    const report = (message: string) => problems.push({ message, line: node.position?.start.line });
    const target = classifyLink(address);
    if (target.kind === 'refused') {
      report(`links to "${address}", which ${target.reason}`);
      delete node.properties[attribute];
      return;
    }
    let url = address;
    if (target.kind === 'anchor') {
      // The sanitiser prefixes ids from the article (footnotes, raw HTML) with user-content-.
      if (!ids.has(target.id) && ids.has(`user-content-${target.id}`)) url = `#user-content-${target.id}`;
      else if (!ids.has(target.id)) report(`links to "${address}", but this article has no such section`);
    } else if (target.kind === 'internal' && attribute === 'href') {
      const resolved = resolveLink(address);
      if ('error' in resolved) report(resolved.error);
      else url = resolved.url;
    }
    node.properties[attribute] = encodeNonAscii(url);
    if (attribute === 'href' && target.kind === 'external' && (target.scheme === 'http' || target.scheme === 'https')) markExternal(node, externalLabel);
  });
}

/**
 * A link to another site says so, to screen readers too, and gives that site no handle on this page
 * (what rehype-external-links did, in a walk of its own).
 */
function markExternal(link: Element, label: string): void {
  link.properties.className = ['external-link'];
  link.properties.rel = ['noopener', 'noreferrer'];
  link.children.push({ type: 'element', tagName: 'span', properties: { className: ['sr-only'] }, children: [{ type: 'text', value: ` ${label}` }] });
}

const HEADING = /^h[1-6]$/;

/**
 * Gives each heading an id from its text (GitHub's slugs, numbered when repeated) and makes its text
 * a link to itself. rehype-slug and rehype-autolink-headings did this, each walking the tree again
 * with a library that names a function after every node it visits: with rehype-external-links, about
 * a sixth of rendering an article.
 */
function linkHeadings(tree: HastRoot): void {
  const slugs = new GithubSlugger();
  walk<HastNodes, HastParents>(tree, (node) => {
    if (node.type !== 'element' || !HEADING.test(node.tagName)) return;
    if (!node.properties.id) node.properties.id = slugs.slug(hastToString(node));
    const anchor: Element = {
      type: 'element',
      tagName: 'a',
      properties: { className: ['heading-anchor'], href: `#${String(node.properties.id)}` },
      children: node.children,
    };
    node.children = [anchor];
    return 'skip';
  });
}

/**
 * What any code needs: a backtick (inline code, a ``` fence), a ~~~ fence, or four columns of
 * indentation (four spaces or a tab), inside a list or quote too. Text with none of them has no code.
 */
const MAY_HOLD_CODE = /[`\t]|~~~| {4}/;

const parsers = new Map<string, ReturnType<typeof createParser>>();
const createParser = (gfm: GfmParts) => unified().use(remarkParse).use(remarkGfmParts, gfm).freeze();

/** Markdown -> its syntax tree, with the parts of GFM it uses (see gfm.ts). */
function parseMarkdown(markdown: string): MdastRoot {
  const gfm = gfmPartsUsedBy(markdown);
  return madeOnce(parsers, gfmPartsKey(gfm), () => createParser(gfm)).parse(markdown);
}

/** Where the Markdown's code (fenced, indented and inline) is, as offsets: code is shown as written. */
export function codeRanges(markdown: string): [number, number][] {
  const ranges: [number, number][] = [];
  // Parsing is most of the cost of a build's content step; most articles have no code at all.
  if (!MAY_HOLD_CODE.test(markdown)) return ranges;
  walk<MdastNodes, MdastParents>(parseMarkdown(markdown), (node) => {
    if (node.type !== 'code' && node.type !== 'inlineCode') return;
    const { start, end } = node.position ?? {};
    if (start?.offset !== undefined && end?.offset !== undefined) ranges.push([start.offset, end.offset]);
  });
  return ranges;
}

/** The text of each leaf block, so words of neighbouring paragraphs and cells do not run together. */
function blockTexts(tree: MdastRoot): string[] {
  const texts: string[] = [];
  walk<MdastNodes, MdastParents>(tree, (node) => {
    if (node.type !== 'paragraph' && node.type !== 'heading' && node.type !== 'tableCell' && node.type !== 'code') return;
    texts.push(mdastToString(node, { includeHtml: false }));
    return 'skip';
  });
  return texts;
}

function hasClass(node: Element, name: string): boolean {
  const className = node.properties.className;
  return Array.isArray(className) && className.includes(name);
}

/** GFM task-list checkboxes have no label; name each after its item's text. */
function labelTaskCheckbox(item: Element): void {
  const label = hastToString(item).trim();
  walk<HastNodes, HastParents>(item, (node) => {
    if (node.type === 'element' && node.tagName === 'input' && node.properties.type === 'checkbox') node.properties.ariaLabel = label;
  });
}

/**
 * Calls `visitor` on every node of a tree in document order, the node before its children, as
 * unist-util-visit does (`'skip'` leaves out the node's children; a node inserted after the current
 * one is visited next). That library names a function after every node it visits, for stack
 * traces: with our eight walks of each article, that was about a tenth of rendering at scale.
 */
function walk<Node extends { type: string }, Parent>(
  root: Node | Parent,
  visitor: (node: Node, index: number | undefined, parent: Parent | undefined) => 'skip' | void,
): void {
  const enter = (node: Node, index: number | undefined, parent: Parent | undefined) => {
    if (visitor(node, index, parent) === 'skip') return;
    const children = (node as { children?: Node[] }).children;
    if (children) for (let i = 0; i < children.length; i++) enter(children[i]!, i, node as unknown as Parent);
  };
  enter(root as Node, undefined, undefined);
}
