/** What a route needs to know about where a request comes from and what it carries, shared by every form route. */

/**
 * A browser says where a request comes from: Sec-Fetch-Site in every current browser, else Origin on a
 * POST. A cross-site form cannot set either, so a page elsewhere cannot vote or sign in in a visitor's name.
 * Neither header (curl, a script) is no browser to protect, and is let through.
 */
export function isSameSite(request: Request): boolean {
  const site = request.headers.get('sec-fetch-site');
  if (site !== null) return site === 'same-origin' || site === 'same-site' || site === 'none';
  const origin = request.headers.get('origin');
  return origin === null || origin === new URL(request.url).origin;
}

/** One cookie's value from a Cookie header, or undefined when the header does not carry it. */
export function readCookie(header: string | null, name: string): string | undefined {
  for (const part of (header ?? '').split(';')) {
    const separator = part.indexOf('=');
    if (separator > 0 && part.slice(0, separator).trim() === name) return part.slice(separator + 1).trim();
  }
  return undefined;
}
