/**
 * Who may read the writers' insights. The admin pages exist only when ADMIN_TOKEN is set, and then
 * only for a request that presents the token: as `Authorization: Bearer <token>` (scripts, `npm run
 * report -- --from`) or as the session cookie a browser gets by signing in with it. Everyone else is
 * answered 404, as if there were no such page, so a stranger learns nothing by probing.
 */
import { createHmac, createHash, timingSafeEqual } from 'node:crypto';
import { readCookie } from '../http-request';

export const ADMIN_COOKIE = 'hc_admin';
/** The cookie reaches the admin pages and nothing else. */
export const ADMIN_PATH = '/admin';
/** A signed-in browser stays signed in for a working day. */
export const SESSION_HOURS = 8;
/** Shorter tokens are guessable; the README says how to make a good one. */
export const MIN_TOKEN_LENGTH = 16;

export type AdminAccess = 'disabled' | 'denied' | 'granted';

/**
 * The configured token, or null when the admin pages are off: unset, or too short to be safe, which
 * is logged once so an operator is not left wondering why the page is a 404.
 */
export function adminToken(env: Record<string, string | undefined>, warn: (message: string) => void = console.warn): string | null {
  const token = env.ADMIN_TOKEN?.trim();
  if (!token) return null;
  if (token.length < MIN_TOKEN_LENGTH) {
    warn(`ADMIN_TOKEN is shorter than ${MIN_TOKEN_LENGTH} characters, so the admin pages stay off.`);
    return null;
  }
  return token;
}

/**
 * Compares in time that does not depend on where the strings differ: both sides are hashed first, so
 * the comparison is always of 32 bytes and does not even reveal the token's length.
 */
export function tokensMatch(presented: string, expected: string): boolean {
  const digest = (text: string) => createHash('sha256').update(text, 'utf8').digest();
  return timingSafeEqual(digest(presented), digest(expected));
}

/**
 * A session cookie's value: when it expires and an HMAC of that keyed with the token. It holds no
 * secret, cannot be extended or forged without the token, and changing ADMIN_TOKEN ends every session.
 */
export function sessionValue(token: string, now: Date): string {
  const expires = now.getTime() + SESSION_HOURS * 3_600_000;
  return `${expires}.${signature(token, expires)}`;
}

export function sessionIsValid(value: string | undefined, token: string, now: Date): boolean {
  const match = /^(\d{13})\.([A-Za-z0-9_-]{43})$/.exec(value ?? '');
  if (!match) return false;
  const expires = Number(match[1]);
  return expires > now.getTime() && tokensMatch(match[2]!, signature(token, expires));
}

function signature(token: string, expires: number): string {
  return createHmac('sha256', token).update(`admin-session:${expires}`).digest('base64url');
}

export function sessionCookie(value: string, now: Date, secure: boolean): string {
  const expires = new Date(now.getTime() + SESSION_HOURS * 3_600_000);
  return `${ADMIN_COOKIE}=${value}; Path=${ADMIN_PATH}; Expires=${expires.toUTCString()}; HttpOnly; SameSite=Strict${secure ? '; Secure' : ''}`;
}

export function clearedSessionCookie(secure: boolean): string {
  return `${ADMIN_COOKIE}=; Path=${ADMIN_PATH}; Expires=Thu, 01 Jan 1970 00:00:00 GMT; HttpOnly; SameSite=Strict${secure ? '; Secure' : ''}`;
}

/** Whether a request (its Authorization and Cookie headers) may read the insights. */
export function adminAccess(headers: Pick<Headers, 'get'>, token: string | null, now: Date): AdminAccess {
  if (token === null) return 'disabled';
  const bearer = /^Bearer\s+(\S+)$/i.exec(headers.get('authorization') ?? '')?.[1];
  if (bearer !== undefined) return tokensMatch(bearer, token) ? 'granted' : 'denied';
  return sessionIsValid(readCookie(headers.get('cookie'), ADMIN_COOKIE), token, now) ? 'granted' : 'denied';
}
