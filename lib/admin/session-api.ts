import { readBodyText } from '../http-body';
import { isSameSite } from '../http-request';
import type { RateLimitResult } from '../support/rate-limit';
import { ADMIN_PATH, clearedSessionCookie, sessionCookie, sessionValue, tokensMatch } from './access';
import { errorResponse } from '../api-error';

export const SIGN_IN_PATH = `${ADMIN_PATH}/sign-in`;
export const INSIGHTS_PATH = `${ADMIN_PATH}/insights`;
/** A token and an intent; anything larger is not the sign-in form. */
const MAX_FORM_BYTES = 1024;

export interface SessionContext {
  token: string | null;
  rateLimit: (client: string) => RateLimitResult;
  client: string;
  now: () => Date;
}

/** Why the sign-in page is shown again, read back from its query. */
export type SignInState = 'failed' | 'rate-limited' | 'signed-out' | null;

/**
 * POST /admin/session, the sign-in form (a plain form: `token`, or `intent=sign-out`). A right token
 * gets the session cookie and a 303 to the insights; a wrong one a 303 back to the form, after the
 * attempt is counted against the client's limit, so guessing is slow. With the admin pages off the
 * route is a 404 like any unknown URL.
 */
export async function sessionApi(request: Request, context: SessionContext): Promise<Response> {
  if (context.token === null) return notFound();
  if (!isSameSite(request)) return errorResponse(403, 'cross_site', 'Sign in from the help center’s own page.');
  const body = await readBodyText(request, MAX_FORM_BYTES);
  if (body === null) return errorResponse(413, 'too_large', `the form is at most ${MAX_FORM_BYTES} bytes`);
  const form = new URLSearchParams(body);
  const secure = new URL(request.url).protocol === 'https:';
  if (form.get('intent') === 'sign-out') return redirect(`${SIGN_IN_PATH}?state=signed-out`, clearedSessionCookie(secure));

  const limited = context.rateLimit(context.client);
  if (!limited.ok) return redirect(`${SIGN_IN_PATH}?state=rate-limited`, undefined, limited.retryAfterSeconds);
  if (!tokensMatch(form.get('token')?.trim() ?? '', context.token)) return redirect(`${SIGN_IN_PATH}?state=failed`);
  const now = context.now();
  return redirect(INSIGHTS_PATH, sessionCookie(sessionValue(context.token, now), now, secure));
}

export function readSignInState(value: string | string[] | undefined): SignInState {
  return value === 'failed' || value === 'rate-limited' || value === 'signed-out' ? value : null;
}

function redirect(location: string, cookie?: string, retryAfterSeconds?: number): Response {
  const headers = new Headers({ Location: location, 'Cache-Control': 'no-store' });
  if (cookie) headers.append('Set-Cookie', cookie);
  if (retryAfterSeconds) headers.set('Retry-After', String(retryAfterSeconds));
  return new Response(null, { status: 303, headers });
}

/** What every admin route answers a stranger: the same 404 as an unknown API path. */
export function notFound(): Response {
  return errorResponse(404, 'not_found', 'There is nothing here.');
}
