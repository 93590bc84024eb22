import type { Site } from './schema';

/** The `{{name}}` variables an article may use, all derived from site.yaml so a rebrand is one edit. */
export function templateVariables(site: Site): Map<string, string> {
  const variables = new Map<string, string>([
    ['brand', site.brand],
    ['domain', site.domain],
    ['website', site.website],
    ['helpCenter', site.helpCenter],
    ['supportEmail', site.supportEmail],
  ]);
  for (const account of site.social) variables.set(`social.${account.id}`, account.url);
  return variables;
}

export interface ExpandedTemplate {
  text: string;
  unknown: { name: string; line: number }[];
  /** Site variables left as written because they are in code: likely a writer expecting the value. */
  inCode: { name: string; line: number }[];
}

/** A span of the source, as [start, end) offsets, that is shown as written (code). */
export type LiteralRange = readonly [start: number, end: number];

/**
 * Replaces `{{name}}` with its value everywhere except inside the literal ranges (code shows
 * templates as written, so an article can document Handlebars or Vue) and after a backslash:
 * `\{{name}}` is how prose says a literal `{{`, and Markdown then drops the backslash.
 */
export function expandTemplates(
  source: string,
  variables: ReadonlyMap<string, string>,
  literal: readonly LiteralRange[] = [],
): ExpandedTemplate {
  const unknown: ExpandedTemplate['unknown'] = [];
  const inCode: ExpandedTemplate['inCode'] = [];
  const lineAt = (offset: number) => source.slice(0, offset).split('\n').length;
  const isLiteral = (offset: number) => literal.some(([start, end]) => offset >= start && offset < end);
  const text = source.replace(/(\\?)\{\{\s*([\w.-]+)\s*\}\}/g, (match, escape: string, name: string, offset: number) => {
    if (escape) return match;
    const value = variables.get(name);
    if (isLiteral(offset)) {
      if (value !== undefined) inCode.push({ name, line: lineAt(offset) });
      return match;
    }
    if (value !== undefined) return value;
    unknown.push({ name, line: lineAt(offset) });
    return match;
  });
  return { text, unknown, inCode };
}
