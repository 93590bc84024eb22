import { type NextRequest, NextResponse } from 'next/server';
import { adminAccess } from '@/lib/admin/access';
import { configuredAdminToken } from '@/lib/admin/server';
import { INSIGHTS_PATH, SIGN_IN_PATH } from '@/lib/admin/session-api';
import { catalogAddress } from '@/lib/content/addresses';
import { getCatalog } from '@/lib/content/source';
import { flowStepRewrite } from '@/lib/flows/view';
import { REQUEST_PATH_HEADER } from '@/lib/routes';

/**
 * Passes the requested path on to rendering (the global 404 page uses it to pick its language), sends
 * flow steps that are not kept to their per-request route, answers article and flow addresses that
 * name none with the 404, and keeps the admin pages from
 * anyone who may not see them: the sign-in form exists only while
 * ADMIN_TOKEN is set, the insights only for a request holding it. Both are otherwise the site's
 * ordinary 404, decided here before anything renders.
 */
export function proxy(request: NextRequest) {
  const headers = new Headers(request.headers);
  const { pathname } = request.nextUrl;
  headers.set(REQUEST_PATH_HEADER, pathname);
  if (!adminPageAllowed(pathname, request.headers)) return NextResponse.rewrite(new URL(UNROUTED_PATH, request.url), { request: { headers } });
  // An article or flow address that names none is the 404 here: those routes render the pages they
  // did not build on their first request and keep them, and must never keep one per made-up slug.
  const catalog = getCatalog();
  if (catalogAddress(pathname, catalog) === 'unknown') return NextResponse.rewrite(new URL(UNROUTED_PATH, request.url), { request: { headers } });
  // A flow step that is not kept is rendered per request by its twin route, never stored.
  const flowStep = flowStepRewrite(pathname, catalog.flow);
  if (flowStep) return NextResponse.rewrite(new URL(`${flowStep}${request.nextUrl.search}`, request.url), { request: { headers } });
  return NextResponse.next({ request: { headers } });
}

/** An address no route answers, so the site's own 404 page does (in the language of the original path, from the header). */
const UNROUTED_PATH = '/admin/not-found';

function adminPageAllowed(pathname: string, headers: Headers): boolean {
  if (pathname === SIGN_IN_PATH) return configuredAdminToken() !== null;
  if (pathname === INSIGHTS_PATH) return adminAccess(headers, configuredAdminToken(), new Date()) === 'granted';
  return true;
}

export const config = {
  // Pages only: not build assets, files from public/, the icon, the manifest, or robots and sitemap.
  matcher: ['/((?!_next/|api/|search/|icon\\.svg|[^/]+\\.png|manifest\\.webmanifest|robots\\.txt|sitemap\\.xml).+)'],
};
