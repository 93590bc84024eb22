import { createHash } from 'node:crypto';

/**
 * Pages rendered per request whose HTML is nevertheless a pure function of the build and the URL:
 * the search results page. They are answered whole rather than streamed, so that the server can
 * give them what a page built ahead has (the hashes of its own inline scripts instead of a nonce,
 * which would make every copy different), an ETag, and a Cache-Control that lets a CDN absorb a
 * spike of the same few questions.
 */
export function isSharedCacheable(pathname: string, locales: readonly string[]): boolean {
  const match = /^\/([^/]+)\/search$/.exec(pathname);
  return match !== null && locales.includes(match[1]!);
}

/**
 * Shared caches keep it ten minutes and may serve it stale for a day while they fetch a fresh copy
 * (so a spike never waits on the origin); browsers a minute. It changes only with a new build.
 */
export const SHARED_CACHE_CONTROL = 'public, max-age=60, s-maxage=600, stale-while-revalidate=86400';

/**
 * The attribute a page kept for shared caches carries when what it says is true only now (search is
 * unavailable: an index that could not be read). The server answers such a page 503, not stored by
 * anyone, so that no cache goes on showing the outage once search is back.
 */
export const TRANSIENT_ATTRIBUTE = 'data-transient';

/**
 * Whether a rendered page (HTML, or the React payload of a client-side navigation) carries the
 * transient attribute. Only the markup itself can: a reader's words are escaped in both (`"` becomes
 * `&quot;` in HTML and `\"` in the payload), so a query can never spell the attribute and its quote.
 */
export function isTransientPage(body: string): boolean {
  return body.includes(`${TRANSIENT_ATTRIBUTE}="`) || body.includes(`"${TRANSIENT_ATTRIBUTE}":"`);
}

/** A strong validator for a whole body. */
export const entityTag = (body: Uint8Array) => `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`;

/** Whether an If-None-Match header names this tag (or `*`), so the answer can be a 304. */
export function matchesEntityTag(ifNoneMatch: string | undefined, tag: string): boolean {
  if (!ifNoneMatch) return false;
  return ifNoneMatch.split(',').some((candidate) => {
    const value = candidate.trim();
    return value === '*' || value === tag || value === `W/${tag}`;
  });
}
