import { createHash } from 'node:crypto';

/**
 * The script policy without 'unsafe-inline'. Next puts a few inline scripts in every page (its
 * bootstrap and the page's flight data). A page built ahead is the same bytes for everyone, so its
 * scripts are allowed by their SHA-256, computed at build time (scripts/prepare-pages.ts) and served
 * with the page; a page rendered per request gets a fresh nonce, which Next adds to its scripts.
 * Anything else inline, such as a script that escaping or sanitising ever let through, is refused.
 */

/** Where the build writes the hashes of each page built ahead: { "/en/articles/x": ["sha256-…"] }. */
export const CSP_MANIFEST = '.next/csp-hashes.json';

/** Everything but script-src, for every response. */
const BASE = [
  "default-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self'",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
];

export function hashedPolicy(hashes: readonly string[]): string {
  return [...BASE, `script-src 'self' ${hashes.map((hash) => `'${hash}'`).join(' ')}`.trimEnd()].join('; ');
}

export function developmentPolicy(): string {
  return [...BASE, "script-src 'self' 'unsafe-inline' 'unsafe-eval'"].join('; ');
}

export function noncePolicy(nonce: string): string {
  return [...BASE, `script-src 'self' 'nonce-${nonce}'`].join('; ');
}

/** A response that is no page (JSON, a file) runs no script at all. */
export const NO_SCRIPT_POLICY = [...BASE.map((directive) => (directive === "default-src 'self'" ? "default-src 'none'" : directive)), "script-src 'none'"].join('; ');

/** A script tag's attributes, quoted values included (they may hold `>`), then its text. */
const SCRIPT = /<script\b((?:[^>"']|"[^"]*"|'[^']*')*)>([\s\S]*?)<\/script>/gi;
/** One attribute: its name, then its value, double-, single- or unquoted. */
const ATTRIBUTE = /([^\s"'=<>/]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;

/** A tag's attributes by lower-case name: names only where names are, so a value reading `src=x` is a value. */
function attributesOf(source: string): Map<string, string> {
  const attributes = new Map<string, string>();
  for (const [, name, double, single, bare] of source.matchAll(ATTRIBUTE)) {
    const key = name!.toLowerCase();
    if (!attributes.has(key)) attributes.set(key, double ?? single ?? bare ?? '');
  }
  return attributes;
}

/** The inline scripts of an HTML page (those a browser runs), as CSP source hashes ('sha256-…'). */
export function inlineScriptHashes(html: string): string[] {
  const hashes: string[] = [];
  for (const match of html.matchAll(SCRIPT)) {
    const attributes = attributesOf(match[1] ?? '');
    if (attributes.has('src')) continue;
    // JSON-LD and other data blocks are never run, so no policy applies to them.
    const type = attributes.get('type')?.trim().toLowerCase();
    if (type && type !== 'text/javascript' && type !== 'module') continue;
    hashes.push(`sha256-${createHash('sha256').update(match[2] ?? '', 'utf8').digest('base64')}`);
  }
  return [...new Set(hashes)];
}

/** The URL path a prerendered file answers: en/articles/x.html is /en/articles/x. */
export function pagePathOf(relativeHtmlFile: string): string {
  return `/${relativeHtmlFile.replace(/\\/g, '/').replace(/\.html$/, '')}`;
}
