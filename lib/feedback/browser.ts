/**
 * How a vote knows "the same browser, the same day" without knowing who anyone is: a first-party
 * cookie holding a random value that expires at the next midnight UTC, so it never lives more than
 * 24 hours and the vote day and the cookie's life end together. A browser without the cookie is a
 * new browser. The database keeps only a hash of the value.
 */
export const VOTE_COOKIE = 'hc_vote';

const TOKEN = /^[A-Za-z0-9_-]{22}$/;

/** 128 random bits, base64url: nothing in it but chance. */
export function newBrowserToken(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return btoa(String.fromCharCode(...bytes)).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

export const isBrowserToken = (value: string | undefined): value is string => value !== undefined && TOKEN.test(value);

/** The UTC day a vote counts for, as YYYY-MM-DD. */
export const voteDay = (now: Date): string => now.toISOString().slice(0, 10);

/** When today's cookie expires: the next midnight UTC, at most 24 hours away. */
export function cookieExpiry(now: Date): Date {
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() + 1));
}

/** What the database keeps of the cookie: its SHA-256, so a leaked table cannot be replayed as cookies. */
export async function browserKey(token: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(token));
  return Array.from(new Uint8Array(digest), (byte) => byte.toString(16).padStart(2, '0')).join('');
}
