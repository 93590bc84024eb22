/**
 * The production server: Next's request handler behind a door of our own. `next start` answers some
 * requests a stranger can send with a 500 before any of our code runs (TRACE on any path crashes
 * Next's Request construction; a path ending in `.rsc` trips an invariant), so those are refused here
 * first (lib/http-gate.ts), with the site's security headers and a JSON error. It also sets each
 * response's script policy (lib/csp.ts): the build's hashes for a page built ahead, else a nonce.
 *
 * node --import tsx scripts/server.ts [--port 3000] [--hostname 0.0.0.0]   (npm start runs it)
 */
import { randomBytes } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { type IncomingMessage, type OutgoingHttpHeaders, createServer, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { parseArgs } from 'node:util';
import { LRUCache } from 'lru-cache';
import next from 'next';
import { getCatalog } from '../lib/content/source';
import { gateRequest } from '../lib/http-gate';
import { REQUEST_PATH_HEADER, RESULTS_SHELL_HEADER } from '../lib/routes';
import { catalogAddress } from '../lib/content/addresses';
import { securityHeaders } from '../lib/security-headers';
import { apiError } from '../lib/api-error';
import { CSP_MANIFEST, NO_SCRIPT_POLICY, developmentPolicy, hashedPolicy, inlineScriptHashes, noncePolicy } from '../lib/csp';
import { deferHydration } from '../lib/deferred-hydration';
import { SHARED_CACHE_CONTROL, entityTag, isSharedCacheable, isTransientPage, matchesEntityTag } from '../lib/shared-cache';
import { holdResponse } from './lib/whole-response';
import type { ResultsShell, ShellPage } from './lib/results-shell';
import { errorDigest, errorDocument, isServerErrorShell, stylesheetsOf } from '../components/error-document';

// The standalone build (scripts/standalone.ts) runs from its own folder, wherever it is started, with
// the configuration the build wrote instead of next.config.ts, as Next's own standalone server does.
if (process.env.HELP_STANDALONE) {
  process.chdir(import.meta.dirname);
  process.env.__NEXT_PRIVATE_STANDALONE_CONFIG = JSON.stringify(JSON.parse(readFileSync('.next/required-server-files.json', 'utf8')).config);
}

const { values } = parseArgs({ options: { port: { type: 'string', default: process.env.PORT ?? '3000' }, hostname: { type: 'string', default: process.env.HOSTNAME ?? '0.0.0.0' } } });
const port = Number(values.port);
// The site closes its embedded database before exiting on SIGTERM or Ctrl-C (lib/db/server.ts).
process.env.NEXT_MANUAL_SIG_HANDLE = 'true';

// A production server, so React's static renderer (the results page's body) is its production build:
// imported only once this is set, since React picks its build when it is first loaded.
Object.assign(process.env, { NODE_ENV: process.env.NODE_ENV || 'production' });
const { fillShell, resultsShells } = await import('./lib/results-shell');

const app = next({ dev: false, hostname: values.hostname, port });
const handle = app.getRequestHandler();
await app.prepare();
const catalog = getCatalog();
const { locales } = catalog;
const pageHashes = readPageHashes();
const siteStylesheets = readSiteStylesheets();
/** Results pages kept in memory, up to RESULTS_CACHE_MB (default 32; 0 turns the cache off). */
const sharedPages = sharedPageCache(Number(process.env.RESULTS_CACHE_MB ?? 32));
/**
 * The results page's shell in each locale, filled per search (scripts/lib/results-shell.ts), unless
 * RESULTS_SHELL=0 (then Next renders every results page, as it does a client-side navigation). Made
 * by asking this server with a token of this process, so no client can ask for it.
 */
const shellToken = randomBytes(16).toString('base64url');
const shells = pageHashes && process.env.RESULTS_SHELL !== '0' ? resultsShells(() => ownOrigin, shellToken) : null;
let ownOrigin = '';

createServer((request, response) => {
  const pathname = new URL(request.url ?? '/', 'http://localhost').pathname;
  const gate = gateRequest(request.method ?? 'GET', pathname, locales);
  if (!gate.pass) return refuse(response, gate.status, gate.allow, request.method ?? '');
  // The proxy's private channel to the 404 page is ours alone; a client's copy never reaches rendering.
  delete request.headers[REQUEST_PATH_HEADER];
  // Our own request for a results page's shell goes to Next as it is: the shell is prepared where it is used.
  if (request.headers[RESULTS_SHELL_HEADER] === shellToken) return void handle(request, response);
  delete request.headers[RESULTS_SHELL_HEADER];
  if (gate.variesByLanguage) keepVary(response, 'Accept-Language');
  if (pageHashes && (isSharedCacheable(pathname, locales) || isBuiltOnDemand(pathname, pageHashes))) {
    if (answerForSharedCaches(request, response, pathname)) return;
  } else {
    const nonce = setScriptPolicy(request, response, pathname);
    if (nonce && isPageRequest(request, pathname)) deferPageHydration(request, response, nonce);
  }
  void handle(request, response);
}).listen(port, values.hostname, function (this: Server) {
  const address = this.address() as AddressInfo;
  // The loopback of the address listened on: a server on every address is reached there too.
  const host = ['0.0.0.0', '::'].includes(address.address) ? (address.family === 'IPv6' ? '[::1]' : '127.0.0.1') : address.family === 'IPv6' ? `[${address.address}]` : address.address;
  ownOrigin = `http://${host}:${address.port}`;
  // Made now, so that the first searches after a start are not the ones rendered whole.
  for (const locale of locales) shells?.ready(locale);
  console.log(`Help center ready on http://localhost:${port}`);
});

/**
 * A page built ahead gets the hashes of its own inline scripts. Anything else gets a fresh nonce:
 * on the request, where Next reads it and adds it to the scripts it writes, and on the response.
 * Returns the nonce, if one was given.
 */
function setScriptPolicy(request: IncomingMessage, response: ServerResponse, pathname: string): string | null {
  const hashes = pageHashes?.get(pathname);
  if (hashes) {
    response.setHeader('Content-Security-Policy', hashedPolicy(hashes));
    return null;
  }
  const nonce = pageHashes ? randomBytes(16).toString('base64') : null;
  const policy = nonce ? noncePolicy(nonce) : developmentPolicy();
  request.headers['content-security-policy'] = policy;
  response.setHeader('Content-Security-Policy', policy);
  return nonce;
}

/**
 * A page the build left for its first request (an article of a large help center, a flow step past
 * the first few): Next renders it then and keeps it, and it is the same for everyone, so it is
 * answered like the results page, with the hashes of its own inline scripts. Only the catalog's own
 * pages get here (the proxy gives any other article or flow the 404, and sends steps off a kept path
 * elsewhere), so whatever it holds comes from the content, as a page built ahead does.
 */
function isBuiltOnDemand(pathname: string, builtAhead: Map<string, string[]>): boolean {
  return !builtAhead.has(pathname) && catalogAddress(pathname, catalog) === 'kept';
}

/**
 * A plain load of a page (not a file, an API answer, or the React payload of a client-side
 * navigation), which may be HTML whose hydration waits for the reader (lib/deferred-hydration.ts).
 */
function isPageRequest(request: IncomingMessage, pathname: string): boolean {
  if (request.method !== 'GET' && request.method !== 'HEAD') return false;
  if (pathname.startsWith('/_next/') || pathname.startsWith('/api/') || /\.[a-z0-9]+$/i.test(pathname)) return false;
  return !asksForReactPayload(request);
}

/** A client-side navigation or prefetch asks for the React payload instead of HTML, with headers of its own. */
const asksForReactPayload = (request: IncomingMessage) => Object.keys(request.headers).some((name) => name === 'rsc' || name.startsWith('next-router-'));

const isHtml = (response: ServerResponse) => String(response.getHeader('content-type') ?? '').startsWith('text/html');

/**
 * A page rendered for this request (the contact page, the verifier, a 404) gets the rewrite that pages
 * built ahead got at build time (scripts/prepare-pages.ts): held until whole (they are small), its
 * framework scripts held back until the reader's first move, then gzipped here, since Next would
 * compress while it streams, before the body can be rewritten.
 */
function deferPageHydration(request: IncomingMessage, response: ServerResponse, nonce: string): void {
  const acceptsGzip = acceptsGzipEncoding(request);
  delete request.headers['accept-encoding'];
  holdResponse(response, (body) => {
    if (!isHtml(response) || response.hasHeader('content-encoding')) return body;
    const page = Buffer.from(servedHtml(request, response, body.toString('utf8'), nonce));
    varyOnEncoding(response);
    if (!acceptsGzip || request.method === 'HEAD') return page;
    response.setHeader('Content-Encoding', 'gzip');
    return gzipSync(page);
  });
}

/**
 * A page rendered per request that is the same for everyone (the results page, a page left for its
 * first request): held until whole, then served like a page built ahead, with the hashes of its own
 * inline scripts (no nonce, so every copy is the same bytes), an ETag (a 304 when the client has it),
 * Cache-Control for shared caches, and gzip, done here because Next would compress while it
 * streams, before the body can be read.
 * Being the same for everyone, it is also kept here (the origin is the first shared cache): the same
 * question asked again is answered without rendering, which is what a spike is made of.
 */
function answerForSharedCaches(request: IncomingMessage, response: ServerResponse, pathname: string): boolean {
  // Only plain page loads are kept, not the React payload of a client-side navigation; and only what
  // a GET was answered: a HEAD's answer has no body, which would be kept as an empty page for everyone.
  const key = !sharedPages || asksForReactPayload(request) ? null : (request.url ?? '');
  const keepAs = request.method === 'GET' ? key : null;
  const kept = key === null ? undefined : sharedPages?.get(key);
  if (kept) {
    serveHeld(request, response, kept, 'hit');
    return true;
  }
  // In a spike the same question arrives many times before its first render is done: those wait for it.
  const rendering = key === null ? undefined : renders.get(key);
  if (rendering) {
    void rendering.then((page) => {
      if (page) return serveHeld(request, response, page, 'coalesced');
      holdWhole(request, response, null);
      void handle(request, response);
    });
    return true;
  }
  const locale = pathname.split('/')[1]!;
  const shell = shells && isSharedCacheable(pathname, locales) && isPageRequest(request, pathname) ? shells.ready(locale) : null;
  const made = shell && madeFromShell(shell, locale, request);
  if (made) {
    answerFromShell(request, response, keepAs, made);
    return true;
  }
  holdWhole(request, response, keepAs);
  return false;
}

/**
 * The results page filled into its shell, or null if rendering its body failed: then Next renders
 * the page whole (and answers with its error page if it fails there too), rather than the failure
 * escaping the request handler and stopping the server.
 */
function madeFromShell(shell: ResultsShell, locale: string, request: IncomingMessage): ShellPage | null {
  try {
    return fillShell(shell, locale, new URL(request.url ?? '/', 'http://localhost'));
  } catch (error) {
    console.error(`The results page's body could not be rendered for ${request.url}:`, error);
    return null;
  }
}

/** A results page made from its locale's shell, answered as holdWhole answers a page Next rendered. */
function answerFromShell(request: IncomingMessage, response: ServerResponse, key: string | null, made: ShellPage): void {
  for (const [name, value] of Object.entries(made.headers)) if (value !== undefined) response.setHeader(name, value);
  response.setHeader('Content-Security-Policy', hashedPolicy(made.scriptHashes));
  response.statusCode = 200;
  const body = Buffer.from(made.html);
  const page = pageForSharedCaches(request, response, body, made.transient, key);
  if (page) return void response.end(variantFor(request, response, page));
  response.setHeader('Content-Length', body.length);
  response.end(body);
}

/** Renders of kept pages under way, by URL; each settles with the page, or null when it was not one to keep. */
const renders = new Map<string, Promise<HeldPage | null>>();

/** Holds what Next renders until it is whole, then answers it as a page for shared caches, and keeps it under `key`. */
function holdWhole(request: IncomingMessage, response: ServerResponse, key: string | null): void {
  let settle: (page: HeldPage | null) => void = () => {};
  const render = key === null ? null : new Promise<HeldPage | null>((resolve) => (settle = resolve));
  const done = (page: HeldPage | null) => {
    if (key !== null && renders.get(key) === render) renders.delete(key);
    settle(page);
  };
  if (key !== null && render) {
    renders.set(key, render);
    // A render that never finished (the client left, an error) lets the requests that waited render themselves.
    response.once('close', () => done(null));
  }
  const acceptsGzip = acceptsGzipEncoding(request);
  delete request.headers['accept-encoding'];
  holdResponse(response, (rendered) => {
    let body = rendered;
    // Decoded once: the page is read for its mark, rewritten and hashed on every render of a spike.
    const text = rendered.toString('utf8');
    if (isHtml(response)) {
      const html = servedHtml(request, response, text);
      body = Buffer.from(html);
      response.setHeader('Content-Security-Policy', hashedPolicy(inlineScriptHashes(html)));
    }
    request.headers['accept-encoding'] = acceptsGzip ? 'gzip' : '';
    const page = pageForSharedCaches(request, response, body, isTransientPage(text), key);
    done(page && key !== null && sharedPages?.get(key) === page ? page : null);
    return page ? variantFor(request, response, page) : body;
  });
}

/**
 * The answer for shared caches of a whole page (its headers set on `response`): a page true only
 * now is a 503 with no-store, and null (as is anything but a 200); else the page with its ETag and
 * Cache-Control, gzipped when anyone may want it, kept under `key` when given.
 */
function pageForSharedCaches(request: IncomingMessage, response: ServerResponse, body: Buffer, transient: boolean, key: string | null): HeldPage | null {
  if (response.statusCode === 200 && transient) {
    response.statusCode = 503;
    response.setHeader('Retry-After', '60');
    response.setHeader('Cache-Control', 'no-store');
  }
  if (response.statusCode !== 200) return null;
  response.setHeader('ETag', entityTag(body));
  response.setHeader('Cache-Control', SHARED_CACHE_CONTROL);
  const page: HeldPage = { headers: response.getHeaders(), body, gzipped: acceptsGzipEncoding(request) || key !== null ? gzipSync(body) : body };
  // Nothing personal is ever kept: a page that sets a cookie is not the same for everyone.
  if (key !== null && !response.hasHeader('set-cookie')) sharedPages?.set(key, page);
  response.setHeader('X-Cache', 'miss');
  return page;
}

/**
 * A kept page, as it was first answered. X-Cache says how it was found (hit: kept; coalesced:
 * waited for the render under way; miss: rendered for this request), as CDNs report theirs.
 */
function serveHeld(request: IncomingMessage, response: ServerResponse, page: HeldPage, found: 'hit' | 'coalesced'): void {
  for (const [name, value] of Object.entries(page.headers)) if (value !== undefined) response.setHeader(name, value);
  response.setHeader('X-Cache', found);
  response.end(variantFor(request, response, page));
}

interface HeldPage {
  headers: OutgoingHttpHeaders;
  body: Buffer;
  gzipped: Buffer;
}

/** What this client gets of a held page: nothing (304) when it has it, else gzipped when it takes gzip. */
function variantFor(request: IncomingMessage, response: ServerResponse, page: HeldPage): Buffer {
  varyOnEncoding(response);
  if (matchesEntityTag(request.headers['if-none-match'], String(page.headers.etag))) {
    response.statusCode = 304;
    return Buffer.alloc(0);
  }
  response.statusCode = 200;
  const gzip = acceptsGzipEncoding(request);
  if (gzip) response.setHeader('Content-Encoding', 'gzip');
  else response.removeHeader('content-encoding');
  const body = gzip ? page.gzipped : page.body;
  response.setHeader('Content-Length', body.length);
  return body;
}

/** A body gzipped here or not, by the request's Accept-Encoding: a shared cache must keep the two apart. */
function varyOnEncoding(response: ServerResponse): void {
  const vary = String(response.getHeader('vary') ?? '');
  if (!/\baccept-encoding\b/i.test(vary)) response.setHeader('Vary', vary ? `${vary}, Accept-Encoding` : 'Accept-Encoding');
}

const acceptsGzipEncoding = (request: IncomingMessage) => /\bgzip\b/i.test(String(request.headers['accept-encoding'] ?? ''));

function sharedPageCache(megabytes: number): LRUCache<string, HeldPage> | null {
  if (!(megabytes > 0)) return null;
  return new LRUCache<string, HeldPage>({ maxSize: megabytes * 1024 * 1024, sizeCalculation: (page) => page.body.length + page.gzipped.length + 2048 });
}

/**
 * The HTML of a page rendered for this request, as it is sent: its framework scripts held back until
 * the reader's first move; or, for a page that failed on the server (Next's empty error document,
 * which only its scripts would fill), a whole error page that needs none (components/error-document.ts).
 */
function servedHtml(request: IncomingMessage, response: ServerResponse, html: string, nonce?: string): string {
  if (response.statusCode >= 500 && isServerErrorShell(html)) {
    // Read against a base, so that an address like //elsewhere/x can never become a link off the site.
    const { pathname, search } = new URL(request.url ?? '/', 'http://localhost');
    return errorDocument({ path: pathname + search, digest: errorDigest(html), stylesheets: siteStylesheets });
  }
  return deferHydration(html, nonce);
}

/** The site's stylesheets, for the error page: as the default locale's home page, built ahead, links them. */
function readSiteStylesheets(): string[] {
  try {
    return stylesheetsOf(readFileSync(path.join('.next', 'server', 'app', `${catalog.defaultLocale}.html`), 'utf8'));
  } catch {
    return [];
  }
}

/** The build's hashes; without them (a build made without npm run build) inline scripts are allowed, loudly. */
function readPageHashes(): Map<string, string[]> | null {
  try {
    return new Map(Object.entries(JSON.parse(readFileSync(CSP_MANIFEST, 'utf8')) as Record<string, string[]>));
  } catch {
    console.warn(`${CSP_MANIFEST} is missing: run npm run build. Until then inline scripts are allowed on every page.`);
    return null;
  }
}

function refuse(response: ServerResponse, status: number, allow: string | undefined, method: string): void {
  const error = {
    400: apiError('bad_address', 'The address is not valid (a broken %-escape).'),
    404: apiError('not_found', 'There is nothing here.'),
    405: apiError('method_not_allowed', `${method} is not allowed here.`),
  }[status];
  const body = JSON.stringify(error ?? apiError('refused', 'Refused.'));
  for (const { key, value } of securityHeaders({ development: false })) response.setHeader(key, value);
  response.setHeader('Content-Security-Policy', NO_SCRIPT_POLICY);
  if (allow) response.setHeader('Allow', allow);
  response.writeHead(status, { 'Content-Type': 'application/json', 'Cache-Control': 'no-store', 'Content-Length': Buffer.byteLength(body) });
  response.end(body);
}

/**
 * Keeps `field` in the response's Vary whatever Next writes later: Next replaces Vary with its own
 * list (rsc, next-router-state-tree, …), so every write to it is merged with what is there, once each.
 */
function keepVary(response: ServerResponse, field: string): void {
  const setHeader = response.setHeader.bind(response);
  const merged = (value: unknown) => {
    const fields = [field, ...String(response.getHeader('vary') ?? '').split(','), ...String(value).split(',')].map((part) => part.trim()).filter(Boolean);
    return [...new Map(fields.map((part) => [part.toLowerCase(), part])).values()].join(', ');
  };
  response.setHeader = (name, value) => (name.toLowerCase() === 'vary' ? setHeader(name, merged(value)) : setHeader(name, value));
  const appendHeader = response.appendHeader.bind(response);
  response.appendHeader = (name, value) => (name.toLowerCase() === 'vary' ? setHeader(name, merged(value)) : appendHeader(name, value));
  setHeader('Vary', field);
}
