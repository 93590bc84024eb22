/**
 * Pages that fail on purpose, so that the end-to-end tests can see the error pages a reader would see
 * (app/[locale]/error.tsx, app/global-error.tsx) in a real browser. They exist only in a build made
 * with HELP_FAULT_PAGES=1 (their files end in `.fault.tsx`, a page extension next.config.ts adds only
 * then), and answer only while the server runs with it too: a production build has no such route.
 */
export const faultPagesEnabled = (): boolean => process.env.HELP_FAULT_PAGES === '1';

/** The page extension of those files. */
export const FAULT_PAGE_EXTENSION = 'fault.tsx';

/** What the fault says: internals a reader must never be shown (the tests look for it). */
export const FAULT_MESSAGE = 'Deliberate fault for the tests: internal detail /srv/secret-config';
