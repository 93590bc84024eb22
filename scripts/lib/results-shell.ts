/**
 * The results page without Next on every request. A render of the whole page costs ~10 ms of this
 * server's one thread, most of it Next and React rendering the page's shell (header, footer, the
 * React payload) that is the same for every search; the API answers in ~1.6 ms. So the server asks
 * Next once per locale for the page's shell, the page with an empty slot where its body goes
 * (app/[locale]/search/page.tsx, asked with RESULTS_SHELL_HEADER), prepares it as a page built ahead
 * is prepared (hydration deferred, inline scripts hashed), and then answers each plain load of a
 * results page by rendering only the body (components/search-page-body.tsx, React's static
 * renderer, ~1 ms) into the slot. React leaves the slot alone when the page hydrates
 * (components/kept-html.tsx), so the results are in the page once, not twice (HTML and payload).
 *
 * A client-side navigation still gets Next's own render, and so does any load while a locale's
 * shell is not ready (the first moments after a start) or could not be made.
 */
import { request as httpRequest } from 'node:http';
import type { OutgoingHttpHeaders } from 'node:http';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { RESULTS_BODY_ID, SearchPageBody } from '../../components/search-page-body';
import { inlineScriptHashes } from '../../lib/csp';
import { deferHydration } from '../../lib/deferred-hydration';
import { RESULTS_SHELL_HEADER, searchPath } from '../../lib/routes';
import { readResultsPage } from '../../lib/search/results-page';

/** A locale's results page, cut where its body goes. */
export interface ResultsShell {
  before: string;
  after: string;
  /** The hashes of the shell's own inline scripts (the body adds its beacon's). */
  scriptHashes: string[];
  /** What Next answered the shell with, less what belongs to one response only. */
  headers: OutgoingHttpHeaders;
}

/** A results page made from its shell: the HTML, its inline scripts' hashes, and whether it is true only now. */
export interface ShellPage {
  html: string;
  scriptHashes: string[];
  headers: OutgoingHttpHeaders;
  /** Search is unavailable: the page says so, and is answered 503 for no one to keep. */
  transient: boolean;
}

/** The slot as React writes it: an element with empty dangerouslySetInnerHTML. */
const SLOT = `<div id="${RESULTS_BODY_ID}"></div>`;

/** Headers of one response, not of the page: the server sets its own for each answer. */
const PER_RESPONSE = new Set(['date', 'connection', 'keep-alive', 'transfer-encoding', 'content-length', 'content-encoding', 'etag', 'cache-control', 'content-security-policy', 'set-cookie', 'x-cache']);

/** How long a locale whose shell could not be made waits before the server tries again. */
const RETRY_MS = 10_000;

/**
 * Cuts a prepared shell at its slot. Throws when the slot is not there exactly once: a page that
 * changed shape must not be filled at the wrong place (the server then lets Next render every page).
 */
export function cutShell(html: string, headers: OutgoingHttpHeaders): ResultsShell {
  const at = html.indexOf(SLOT);
  if (at === -1 || html.indexOf(SLOT, at + 1) !== -1) throw new Error(`the results page's shell must hold ${SLOT} exactly once`);
  const kept = Object.fromEntries(Object.entries(headers).filter(([name]) => !PER_RESPONSE.has(name.toLowerCase())));
  return { before: html.slice(0, at), after: html.slice(at + SLOT.length), scriptHashes: inlineScriptHashes(html), headers: kept };
}

/** The results page at `url` (path and query), its body rendered into `shell`. */
export function fillShell(shell: ResultsShell, locale: string, url: URL): ShellPage {
  const page = readResultsPage(locale, (name) => url.searchParams.get(name) ?? undefined);
  const body = renderToStaticMarkup(createElement(SearchPageBody, { page }));
  return {
    html: shell.before + body + shell.after,
    scriptHashes: [...new Set([...shell.scriptHashes, ...inlineScriptHashes(body)])],
    headers: shell.headers,
    transient: page.unavailable,
  };
}

/**
 * Each locale's shell, asked of this server itself (at `origin`) with `token` in RESULTS_SHELL_HEADER,
 * which the server keeps on its own requests only. `ready(locale)` never waits: it gives the shell
 * when there is one, and otherwise starts making it and gives null, and that request is rendered by Next.
 */
export function resultsShells(origin: () => string, token: string) {
  const shells = new Map<string, ResultsShell>();
  /** When a locale's shell may be asked for next: at once at first, never while it is asked, later after a failure. */
  const nextTry = new Map<string, number>();
  const make = async (locale: string) => {
    try {
      const { status, headers, body } = await fetchPage(new URL(searchPath(locale), origin()), { [RESULTS_SHELL_HEADER]: token });
      if (status !== 200 || !String(headers['content-type']).startsWith('text/html')) throw new Error(`answered ${status} ${headers['content-type'] ?? ''}`);
      shells.set(locale, cutShell(deferHydration(body), headers));
    } catch (error) {
      console.error(`The ${locale} results page's shell could not be made (${error instanceof Error ? error.message : String(error)}); Next renders those pages meanwhile.`);
      nextTry.set(locale, Date.now() + RETRY_MS);
    }
  };
  return {
    ready(locale: string): ResultsShell | null {
      const shell = shells.get(locale);
      if (shell) return shell;
      if (Date.now() >= (nextTry.get(locale) ?? 0)) {
        nextTry.set(locale, Infinity);
        void make(locale);
      }
      return null;
    },
  };
}

/** A GET of this server's own page, whole, not compressed. */
function fetchPage(url: URL, headers: Record<string, string>): Promise<{ status: number; headers: OutgoingHttpHeaders; body: string }> {
  return new Promise((resolve, reject) => {
    const asked = httpRequest(url, { headers }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks).toString('utf8') }));
      response.on('error', reject);
    });
    asked.on('error', reject);
    asked.setTimeout(30_000, () => asked.destroy(new Error('no answer in 30 s')));
    asked.end();
  });
}
