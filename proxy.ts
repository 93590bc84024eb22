import { type NextRequest, NextResponse } from 'next/server';
import { REQUEST_PATH_HEADER } from '@/lib/routes';

/** Passes the requested path on to rendering; the global 404 page uses it to pick its language. */
export function proxy(request: NextRequest) {
  const headers = new Headers(request.headers);
  headers.set(REQUEST_PATH_HEADER, request.nextUrl.pathname);
  return NextResponse.next({ request: { headers } });
}

export const config = {
  // Pages only: not build assets, files from public/, the icon, the manifest, or robots and sitemap.
  matcher: ['/((?!_next/|api/|search/|icon\\.svg|[^/]+\\.png|manifest\\.webmanifest|robots\\.txt|sitemap\\.xml).+)'],
};
