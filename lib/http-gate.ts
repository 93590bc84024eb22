/**
 * What the proxy lets through to Next, decided from the method and the path alone. Next answers some
 * requests a stranger can send with a 500 (TRACE anywhere, PUT on a static file, a path ending in
 * `.rsc`, a broken percent-escape in the path): they are refused here with the status the request deserves.
 */

export type GateDecision =
  | { pass: true; /** The response's language may come from Accept-Language, so caches must key on it. */ variesByLanguage: boolean }
  | { pass: false; status: 400 | 404 | 405; allow?: string };

const READ = ['GET', 'HEAD'];
/** Pages take POST too: the forms that work without JavaScript post to their own page (server actions). */
const PAGE_METHODS = [...READ, 'POST'];

/**
 * The methods each route handler exports (each app/…/route.ts; a unit test keeps this in step with the
 * files), with the HEAD Next adds to GET. Next answers any other method with a 405 that has no Allow
 * header, so the door answers it instead, with one.
 */
export const ROUTE_METHODS: Readonly<Record<string, readonly string[]>> = {
  '/': ['GET'],
  '/api/search': ['GET'],
  '/api/feedback': ['POST'],
  '/api/search-events': ['POST'],
  '/api/support-requests': ['POST'],
  '/admin/session': ['POST'],
  '/admin/insights.json': ['GET'],
};

function routeMethods(exported: readonly string[]): string[] {
  return exported.includes('GET') ? [...exported, 'HEAD'] : [...exported];
}

/** Build output, the browser's search index, files from public/, and anything named like a file. */
function isFile(pathname: string): boolean {
  return pathname.startsWith('/_next/') || pathname.startsWith('/search/') || /\/[^/]+\.[a-z0-9]+$/i.test(pathname);
}

export function gateRequest(method: string, pathname: string, locales: readonly string[]): GateDecision {
  const verb = method.toUpperCase();
  // A broken percent-escape (%E0%A4%A) makes Next's route matching throw: no page has such an address.
  if (!decodes(pathname)) return { pass: false, status: 400 };
  // Next's flight data is fetched with ?_rsc= and RSC headers; a path ending in .rsc is never ours.
  if (pathname.endsWith('.rsc')) return READ.includes(verb) ? { pass: false, status: 404 } : refuse(READ);
  const route = ROUTE_METHODS[pathname];
  if (route) {
    const allowed = routeMethods(route);
    return allowed.includes(verb) ? { pass: true, variesByLanguage: pathname === '/' } : refuse(allowed);
  }
  // An unknown API path is Next's JSON-less 404 for any ordinary method.
  if (pathname.startsWith('/api/')) return PAGE_METHODS.includes(verb) ? { pass: true, variesByLanguage: false } : refuse(PAGE_METHODS);
  if (isFile(pathname)) return READ.includes(verb) ? { pass: true, variesByLanguage: false } : refuse(READ);
  if (!PAGE_METHODS.includes(verb)) return refuse(PAGE_METHODS);
  // A path under a locale answers in that locale; any other (/, /admin/…, a dead link) in the browser's.
  const first = pathname.split('/')[1] ?? '';
  return { pass: true, variesByLanguage: !locales.includes(first) };
}

function decodes(pathname: string): boolean {
  try {
    decodeURIComponent(pathname);
    return true;
  } catch {
    return false;
  }
}

function refuse(allowed: readonly string[]): GateDecision {
  return { pass: false, status: 405, allow: allowed.join(', ') };
}
