import { processSingleton } from '../process-singleton';
import { createRateLimiter } from '../support/rate-limit';
import { adminToken } from './access';

let warned = false;

/** ADMIN_TOKEN as the server sees it: null keeps every admin page a 404. A too-short token is reported once. */
export function configuredAdminToken(): string | null {
  return adminToken(process.env, (message) => {
    if (!warned) console.warn(message);
    warned = true;
  });
}

/** Ten sign-in attempts per client in 15 minutes: enough for typos, far too few to guess a 16-character token. */
const signInLimiter = processSingleton('sign-in-limiter', () => createRateLimiter({ limit: 10, windowMs: 15 * 60_000, maxClients: 10_000 }));

export function takeSignInAttempt(client: string) {
  return signInLimiter.take(client);
}
