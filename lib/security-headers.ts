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

export function securityHeaders({ development }: { development: boolean }): { key: string; value: string }[] {
  return [
    // In production the server sets each response's script policy itself (lib/csp.ts); `next dev`
    // rebuilds its scripts on every edit and needs inline scripts and eval.
    ...(development ? [{ key: 'Content-Security-Policy', value: developmentPolicy() }] : []),
    // Two years, as the HSTS preload list asks; browsers ignore it over plain http (local development).
    { key: 'Strict-Transport-Security', value: 'max-age=63072000; includeSubDomains' },
    { key: 'Cross-Origin-Opener-Policy', value: 'same-origin' },
    { key: 'Cross-Origin-Resource-Policy', value: 'same-origin' },
    { key: 'X-Content-Type-Options', value: 'nosniff' },
    { key: 'X-Frame-Options', value: 'DENY' },
    { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
    { key: 'Permissions-Policy', value: PERMISSIONS_POLICY },
  ];
}
