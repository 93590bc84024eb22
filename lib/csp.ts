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

/** The inline scripts of an HTML page (those a browser runs), as CSP source hashes ('sha256-…'). */
export function inlineScriptHashes(html: string): string[] {
  const hashes: string[] = [];
  for (const match of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    const attributes = match[1] ?? '';
    if (/\bsrc\s*=/i.test(attributes)) continue;
    // JSON-LD and other data blocks are never run, so no policy applies to them.
    const type = /\btype\s*=\s*["']?([^"'\s>]+)/i.exec(attributes)?.[1]?.toLowerCase();
    if (type && type !== 'text/javascript' && type !== 'module') continue;
    hashes.push(`sha256-${createHash('sha256').update(match[2] ?? '', 'utf8').digest('base64')}`);
  }
  return [...new Set(hashes)];
}

/** The URL path a prerendered file answers: en/articles/x.html is /en/articles/x. */
export function pagePathOf(relativeHtmlFile: string): string {
  return `/${relativeHtmlFile.replace(/\\/g, '/').replace(/\.html$/, '')}`;
}
