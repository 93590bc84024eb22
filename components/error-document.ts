import { errorPageFor } from '../lib/i18n/error-page';
import { escapeHtml } from '../lib/search/snippet';
import { primaryButtonClass, secondaryButtonClass } from './button-style';

/**
 * The error page as a whole HTML document of its own, for a page that failed while the server
 * rendered it. React renders error boundaries (components/error-view.tsx) only in the browser, so
 * for such a page Next sends an empty document (`<html id="__next_error__">`) and leaves the message
 * to its scripts: a blank page without JavaScript, and, with hydration held until the reader's first
 * move, a blank page until then. This is the same view, with no script at all: "Try again" is a
 * link to the same address, which is what a retry of a server error is.
 */
export function errorDocument(options: { path: string; digest?: string; stylesheets: readonly string[] }): string {
  const { locale, strings } = errorPageFor(options.path);
  const digest = options.digest && /^[\w-]{1,64}$/.test(options.digest) ? options.digest : undefined;
  const links = options.stylesheets.map((href) => `<link rel="stylesheet" href="${escapeHtml(href)}"/>`).join('');
  return [
    `<!DOCTYPE html><html lang="${locale}"><head><meta charset="utf-8"/>`,
    '<meta name="viewport" content="width=device-width, initial-scale=1"/><meta name="robots" content="noindex"/>',
    `<title>${escapeHtml(strings.title)}</title>${links}</head>`,
    '<body class="min-h-dvh font-sans"><main id="mainContent" class="mx-auto max-w-2xl px-4 py-16 sm:px-6">',
    `<h1 class="text-3xl font-semibold tracking-tight text-slate-900 dark:text-white">${escapeHtml(strings.title)}</h1>`,
    `<p class="mt-4 text-lg leading-8 text-slate-600 dark:text-slate-300">${escapeHtml(strings.body)}</p>`,
    '<div class="mt-8 flex flex-wrap gap-3">',
    `<a href="${escapeHtml(options.path)}" class="${primaryButtonClass}">${escapeHtml(strings.retry)}</a>`,
    `<a href="/${locale}" class="${secondaryButtonClass}">${escapeHtml(strings.home)}</a></div>`,
    digest ? `<p class="mt-8 text-sm text-slate-600 dark:text-slate-400">${escapeHtml(strings.reference)} <code>${digest}</code></p>` : '',
    '</main></body></html>',
  ].join('');
}

/** Whether a rendered page is Next's empty document for a page that failed on the server. */
export const isServerErrorShell = (html: string) => html.startsWith('<!DOCTYPE html><html id="__next_error__"');

/** The error's digest (the reference the server log has too), as Next's payload in that document gives it. */
export function errorDigest(html: string): string | undefined {
  return /\\?"digest\\?":\\?"([\w-]{1,64})\\?"/.exec(html)?.[1];
}

/** The site's stylesheets, as a page built ahead links them. */
export const stylesheetsOf = (html: string): string[] =>
  [...html.matchAll(/<link rel="stylesheet" href="([^"]+)"/g)].map((match) => match[1]!);
