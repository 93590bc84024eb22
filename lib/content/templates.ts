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
}

export function expandTemplates(source: string, variables: ReadonlyMap<string, string>): ExpandedTemplate {
  const unknown: ExpandedTemplate['unknown'] = [];
  const text = source.replace(/\{\{\s*([\w.-]+)\s*\}\}/g, (match, name: string, offset: number) => {
    const value = variables.get(name);
    if (value !== undefined) return value;
    unknown.push({ name, line: source.slice(0, offset).split('\n').length });
    return match;
  });
  return { text, unknown };
}
