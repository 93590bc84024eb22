import { developmentPolicy } from './csp';

/**
 * The security headers of every response (pages, API, redirects, the 404, static files), set in one
 * place: next.config.ts applies them to every path. Framework-free so tests can read the same list.
 */

/**
 * Every powerful feature the help center does not use is off, for the page and anything it could
 * embed. The one it uses: writing to the clipboard (the contact form's "Copy"). Only names Chromium
 * knows are listed, since an unknown one is reported as an error in the console.
 */
export const PERMISSIONS_POLICY = [
  'accelerometer=()',
  'autoplay=()',
  'browsing-topics=()',
  'camera=()',
  'clipboard-read=()',
  'clipboard-write=(self)',
  'display-capture=()',
  'encrypted-media=()',
  'fullscreen=()',
  'gamepad=()',
  'geolocation=()',
  'gyroscope=()',
  'hid=()',
  'idle-detection=()',
  'local-fonts=()',
  'magnetometer=()',
  'microphone=()',
  'midi=()',
  'otp-credentials=()',
  'payment=()',
  'picture-in-picture=()',
  'publickey-credentials-create=()',
  'publickey-credentials-get=()',
  'screen-wake-lock=()',
  'serial=()',
  'storage-access=()',
  'usb=()',
  'window-management=()',
  'xr-spatial-tracking=()',
].join(', ');

/**
 * Where a page also cuts every cross-origin window's handle to it: the admin area, the only pages
 * that show data not meant for everyone (a session, the search and feedback insights). There,
 * `Cross-Origin-Opener-Policy: same-origin` keeps a page that opened one of them from reading its
 * frames or navigating it later, and gives it a renderer process of its own.
 *
 * The public pages go without it, on purpose. They hold nothing of one reader's (no sign-in; a
 * search is in its address anyway), framing is refused everywhere (frame-ancestors, X-Frame-Options),
 * and what is left to it there, a site that opened a help page redirecting that tab later, its
 * address bar shows. Its cost there is real: a page with it cannot share a tab's process with one
 * without it, so a reader who comes from the exchange's app, an e-mail or a new tab gets a freshly
 * started renderer for their first help page: 8.5 Lighthouse points a page on average, measured on
 * this 2-core machine (README, Performance).
 */
export const OPENER_ISOLATED_PAGES = '/admin/:path*';
export const OPENER_ISOLATION = { key: 'Cross-Origin-Opener-Policy', value: 'same-origin' } as const;

export function securityHeaders({ development }: { development: boolean }): { key: string; value: string }[] {
  return [
    // In production the server sets each response's script policy itself (lib/csp.ts); `next dev`
    // rebuilds its scripts on every edit and needs inline scripts and eval.
    ...(development ? [{ key: 'Content-Security-Policy', value: developmentPolicy() }] : []),
    // Two years, as the HSTS preload list asks; browsers ignore it over plain http (local development).
    { key: 'Strict-Transport-Security', value: 'max-age=63072000; includeSubDomains' },
    { key: 'Cross-Origin-Resource-Policy', value: 'same-origin' },
    { key: 'X-Content-Type-Options', value: 'nosniff' },
    { key: 'X-Frame-Options', value: 'DENY' },
    { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
    { key: 'Permissions-Policy', value: PERMISSIONS_POLICY },
  ];
}
