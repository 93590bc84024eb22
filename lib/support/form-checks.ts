/**
 * What the contact form checks in the browser once the person starts filling it in: the schema
 * (zod), the secret detector (with the BIP-39 word lists) and the prepared text. About 55 KiB
 * gzipped, so the form loads them on first focus instead of with the page (components/request-preparer.tsx).
 */
export { maskSecret } from '../safety/secrets';
export { validateRequest } from './request';
export { findRequestSecrets } from './request-secrets';
export { formatRequest } from './request-text';
