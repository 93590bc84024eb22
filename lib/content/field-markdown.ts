import path from 'node:path';
import { getMessages } from '../i18n/messages';
import { articlePath } from '../routes';
import { codeRanges, renderMarkdown } from './markdown';
import { expandTemplates } from './templates';

export interface FieldContext {
  locale: string;
  variables: ReadonlyMap<string, string>;
  hasArticle: (locale: string, slug: string) => boolean;
  /** Called with the field's path (`steps.check.text.en`) and what is wrong with it. */
  report: (field: string, message: string) => void;
}

/**
 * Text fields of the YAML content files (flows, the contact page) as the app shows them: `{{variables}}`
 * expanded, Markdown rendered to safe HTML, and links to articles written as `reset-password.md`, so a
 * writer links the same way everywhere and a link to nowhere fails the build.
 */
export function fieldRenderer({ locale, variables, hasArticle, report }: FieldContext) {
  const text = (field: string, source: string, literal: readonly [number, number][] = []) => {
    const expanded = expandTemplates(source, variables, literal);
    for (const { name } of expanded.unknown) report(field, `{{${name}}} is not a known variable`);
    return expanded.text;
  };
  const markdown = async (field: string, source: string): Promise<string> => {
    const rendered = await renderMarkdown(text(field, source, codeRanges(source)), {
      labels: getMessages(locale).markdown,
      resolveLink: (href) => {
        const [target = '', hash] = href.split('#');
        const linked = target.endsWith('.md') ? path.basename(target, '.md') : null;
        if (linked && hasArticle(locale, linked)) return { url: articlePath(locale, linked) + (hash ? `#${hash}` : '') };
        return { error: `links to "${href}"; link to an article by its file name, like reset-password.md, and it must exist in ${locale}/` };
      },
    });
    for (const problem of rendered.problems) report(field, problem.message);
    return rendered.html;
  };
  /** One line of Markdown (a list item) as phrasing HTML, without the paragraph around it. */
  const inline = async (field: string, source: string): Promise<string> => unwrapParagraph(await markdown(field, source));
  return { text, markdown, inline };
}

function unwrapParagraph(html: string): string {
  const match = /^<p>([\s\S]*)<\/p>$/.exec(html.trim());
  return match && !match[1]!.includes('<p>') ? match[1]! : html;
}
