/** Every URL of the site is built here, so pages, links, the sitemap and content links agree. */

export const homePath = (locale: string) => `/${locale}`;

export const categoryPath = (locale: string, category: string) => `/${locale}/categories/${category}`;

export const articlePath = (locale: string, slug: string) => `/${locale}/articles/${slug}`;

/** The locale and slug an article address names, as written (still %-encoded), or null for any other address. */
export function articleOfPath(pathname: string): { locale: string; slug: string } | null {
  const match = /^\/([^/]+)\/articles\/([^/]+)$/.exec(pathname);
  return match ? { locale: match[1]!, slug: match[2]! } : null;
}

export const flowsPath = (locale: string) => `/${locale}/flows`;

/** The locale, flow and answers a flow step's address names, as written (still %-encoded), or null for any other address. */
export function flowStepOfPath(pathname: string): { locale: string; flow: string; answers: string[] } | null {
  const match = /^\/([^/]+)\/flows\/([^/]+)(?:\/(.*))?$/.exec(pathname);
  if (!match) return null;
  const [, locale, flow, rest] = match as unknown as [string, string, string, string | undefined];
  return { locale, flow, answers: rest ? rest.split('/') : [] };
}

/** A flow step's address: the answers so far are the path, so Back, reload and sharing all just work. */
export const flowPath = (locale: string, flow: string, answers: readonly string[] = []) =>
  [`/${locale}/flows/${flow}`, ...answers.map(encodeURIComponent)].join('/');

/**
 * The contact page, carrying what a flow learned so a support request can start from it:
 * `flow` (its slug), `outcome` (the escalate step's id) and `answers` (comma-separated choice ids).
 */
export const contactPath = (locale: string, handoff?: { flow: string; outcome: string; answers: readonly string[] }) =>
  handoff
    ? `/${locale}/contact?${new URLSearchParams({ flow: handoff.flow, outcome: handoff.outcome, answers: handoff.answers.join(',') })}`
    : `/${locale}/contact`;

/** A link to a section of the same page; ids may be Chinese headings, and addresses stay ASCII. */
export const sectionHref = (id: string) => `#${encodeURIComponent(id)}`;

/** The id of the notice on a locale's home page shown when a page had no translation. */
export const untranslatedNoticeId = 'untranslated';

/**
 * The request header the proxy copies the requested path into, so the global 404 page (which gets
 * no route params) can answer in the language of the URL.
 */
export const REQUEST_PATH_HEADER = 'x-help-path';

/**
 * The request header with which our server asks for the results page's shell (the page with an
 * empty slot for its results: scripts/lib/results-shell.ts). Like REQUEST_PATH_HEADER it is a
 * private channel: the server removes a client's copy before anything renders.
 */
export const RESULTS_SHELL_HEADER = 'x-help-results-shell';

/** The first value of a query parameter as Next.js hands it over; repeated or absent parameters become one string or ''. */
export const firstParam = (value: string | string[] | undefined): string => (Array.isArray(value) ? value[0] : value) ?? '';

/** The results page; a topic and a page number beyond the first are part of the address only when set. */
export const searchPath = (locale: string, query?: string, options: { category?: string; page?: number } = {}) => {
  const params = new URLSearchParams(query ? { q: query } : {});
  if (options.category) params.set('category', options.category);
  if (options.page && options.page > 1) params.set('page', String(options.page));
  return params.size ? `/${locale}/search?${params}` : `/${locale}/search`;
};

/** The official-channel verifier; `input` is what the person pasted (a GET form, so it works without JavaScript). */
export const verifyPath = (locale: string, input?: string) =>
  input ? `/${locale}/verify?${new URLSearchParams({ q: input })}` : `/${locale}/verify`;
