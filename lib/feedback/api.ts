import type { SecretKind } from '../safety/secret-finding';
import { readBodyText } from '../http-body';
import { isSameSite, readCookie } from '../http-request';
import { VOTE_COOKIE, browserKey, cookieExpiry, isBrowserToken, newBrowserToken } from './browser';
import { COMMENT_MAX_LENGTH, type Vote, readVoteForm, voteSchema } from './vote';
import { apiError } from '../api-error';

/**
 * POST /api/feedback: the "Was this helpful?" vote, from the plain HTML form (answered with a 303 to
 * the thank-you page) or from the same form enhanced with JavaScript (Accept: application/json,
 * answered with JSON). Pure: the catalog, the database write, the clock and the secret finder are
 * passed in, so every answer can be tested without a server.
 *
 * The order is the cheapest refusal first: cross-site, size, media type; then a secret in the
 * comment (before anything else is said about the vote, as the support form does), the fields, the
 * article; then the cookie and the write.
 */

/**
 * The body cap. A comment may be 1,000 characters, and a form posts it percent-encoded: one Chinese
 * character is 3 UTF-8 bytes and 9 bytes on the wire, so the longest valid Chinese comment alone is
 * ~9 KB. 16 KiB takes every valid vote and still refuses anything much bigger unread.
 */
export const FEEDBACK_MAX_BYTES = 16 * 1024;

/** Where the cookie is sent: only to this endpoint, never with page requests. */
export const FEEDBACK_API_PATH = '/api/feedback';

export interface FeedbackApiContext {
  /** The site's locales and the locale a bad post is answered in. */
  isLocale: (locale: string) => boolean;
  defaultLocale: string;
  /** True when `/{locale}/articles/{slug}` is a page of the site (fallback pages included). */
  articleExists: (locale: string, slug: string) => boolean;
  /** Stores the vote (replacing this browser's earlier vote that day); rejects when the database is unavailable. */
  record: (vote: Vote, browser: string, now: Date) => Promise<void>;
  now: () => Date;
  findSecrets: (text: string) => readonly { kind: SecretKind }[];
}

export interface ApiError {
  code: string;
  message: string;
}

/** How the thank-you page is told what happened: all in its query string, so it needs no session. */
export type ThanksQuery = {
  article?: string;
  vote?: 'yes' | 'no';
} & ({ reason?: 'given' } | { refused: SecretKind } | { unavailable: '1' } | { invalid: '1' });

export const feedbackPath = (locale: string, query: ThanksQuery = {}): string => {
  const search = new URLSearchParams(Object.entries(query).filter((entry): entry is [string, string] => typeof entry[1] === 'string'));
  return search.size > 0 ? `/${locale}/feedback?${search}` : `/${locale}/feedback`;
};

const SECRET_KINDS: readonly SecretKind[] = ['recovery-phrase', 'private-key', 'one-time-code', 'password'];

const SECRET_TEXT: Record<SecretKind, string> = {
  'recovery-phrase': 'a recovery phrase',
  'private-key': 'a private key',
  'one-time-code': 'a one-time code (2FA, SMS or e-mail code)',
  password: 'a password',
};

const FIELD_TEXT: Record<string, string> = {
  locale: 'locale must be one of the site’s languages, like "en"',
  slug: 'slug must be an article’s slug, like "reset-password"',
  helpful: 'helpful must be "yes" or "no"',
  reason: 'reason must be one of outdated, unclear, not-solved, other',
  comment_long: `comment must be at most ${COMMENT_MAX_LENGTH} characters`,
};

/** Retry-After on a 503: long enough for a database to come back (server.ts retries after 15 s). */
const UNAVAILABLE_RETRY_SECONDS = 30;

export async function feedbackApi(request: Request, context: FeedbackApiContext): Promise<Response> {
  const reply = new Reply(wantsJson(request.headers.get('accept')));
  try {
    if (!isSameSite(request)) return reply.error(403, 'cross_site', 'Votes are taken only from the help center’s own pages.');
    const body = await readBodyText(request, FEEDBACK_MAX_BYTES);
    if (body === null) return reply.error(413, 'too_large', `The body is larger than ${FEEDBACK_MAX_BYTES} bytes.`);
    if (!isFormMediaType(request.headers.get('content-type'))) {
      return reply.error(415, 'unsupported_media_type', 'Send the vote as a form, with Content-Type: application/x-www-form-urlencoded.');
    }
    const fields = readVoteForm(new URLSearchParams(body));
    // Where a form post that cannot be taken is sent: the article's thank-you page if there is one, else the locale's.
    const locale = fields.locale !== undefined && context.isLocale(fields.locale) ? fields.locale : context.defaultLocale;
    const article = fields.slug !== undefined && context.articleExists(locale, fields.slug) ? fields.slug : undefined;
    const vote = fields.helpful === 'yes' || fields.helpful === 'no' ? fields.helpful : undefined;

    // The comment is never echoed, logged or kept: only which kind of secret it held.
    const [secret] = fields.comment ? context.findSecrets(fields.comment) : [];
    if (secret) {
      return reply.fail(
        { status: 422, code: 'secret_detected', message: `The comment contains ${SECRET_TEXT[secret.kind]}. We never need it: remove it and send the vote again. Nothing was stored.`, extra: { kind: secret.kind } },
        feedbackPath(locale, { article, vote, refused: secret.kind }),
      );
    }
    const parsed = voteSchema.safeParse(fields);
    if (!parsed.success) {
      const problems = [...new Set(parsed.error.issues.map((issue) => issue.message))];
      return reply.fail(
        { status: 400, code: 'invalid_vote', message: problems.map((code) => FIELD_TEXT[code] ?? code).join('; '), extra: { fields: problems } },
        feedbackPath(locale, { article, invalid: '1' }),
      );
    }
    if (!context.isLocale(parsed.data.locale) || !context.articleExists(parsed.data.locale, parsed.data.slug)) {
      return reply.fail({ status: 400, code: 'unknown_article', message: 'There is no such article in that language.' }, feedbackPath(locale, { invalid: '1' }));
    }

    const now = context.now();
    const token = readCookie(request.headers.get('cookie'), VOTE_COOKIE);
    const browser = isBrowserToken(token) ? token : newBrowserToken();
    if (browser !== token) reply.headers.append('Set-Cookie', voteCookie(browser, now, new URL(request.url).protocol === 'https:'));
    const done = parsed.data;
    const explained = done.helpful === 'no' && (done.reason !== undefined || done.comment !== undefined);
    try {
      await context.record(done, await browserKey(browser), now);
    } catch (error) {
      console.error(`Feedback: vote not stored (${error instanceof Error ? error.name : typeof error})`);
      reply.headers.set('Retry-After', String(UNAVAILABLE_RETRY_SECONDS));
      return reply.fail(
        { status: 503, code: 'feedback_unavailable', message: 'Feedback cannot be stored right now, so the vote was not counted. Try again later.' },
        feedbackPath(done.locale, { article: done.slug, vote: done.helpful, unavailable: '1' }),
      );
    }
    return reply.done(feedbackPath(done.locale, { article: done.slug, vote: done.helpful, ...(explained ? { reason: 'given' as const } : {}) }));
  } catch (error) {
    // Nothing the client sends reaches here; whatever did, the person gets a page, not a stack trace.
    console.error(`Feedback: unexpected ${error instanceof Error ? error.name : typeof error}`);
    return reply.fail({ status: 500, code: 'internal_error', message: 'Something went wrong on our side, so the vote was not counted.' }, feedbackPath(context.defaultLocale, { unavailable: '1' }));
  }
}

/** One answer under construction: JSON for the enhanced form, a 303 to the thank-you page for the plain one. */
class Reply {
  // A vote and its answer are personal: no cache, shared or private, may keep them.
  readonly headers = new Headers({ 'Cache-Control': 'no-store' });
  constructor(private readonly json: boolean) {}

  private body(status: number, body: unknown): Response {
    return Response.json(body, { status, headers: this.headers });
  }

  /** The vote was stored: `{"ok":true}` for the script, the thank-you page for the plain form. */
  done(page: string): Response {
    return this.json ? this.body(200, { ok: true }) : this.redirect(page);
  }

  redirect(location: string): Response {
    this.headers.set('Location', location);
    return new Response(null, { status: 303, headers: this.headers });
  }

  /** A refusal that only a non-browser client or a tampered form can cause: JSON either way. */
  error(status: number, code: string, message: string): Response {
    return this.body(status, apiError(code, message));
  }

  /** A refusal a person can meet: JSON for the script, the thank-you page explaining it for the plain form. */
  fail({ status, code, message, extra = {} }: { status: number; code: string; message: string; extra?: Record<string, unknown> }, page: string): Response {
    return this.json ? this.body(status, apiError(code, message, extra)) : this.redirect(page);
  }
}

export function wantsJson(accept: string | null): boolean {
  return (accept ?? '').toLowerCase().includes('application/json');
}

function isFormMediaType(contentType: string | null): boolean {
  return (contentType ?? '').split(';')[0]!.trim().toLowerCase() === 'application/x-www-form-urlencoded';
}

/** The day's browser cookie: script cannot read it, other sites' posts do not carry it, and it dies at midnight UTC. */
export function voteCookie(token: string, now: Date, secure: boolean): string {
  return `${VOTE_COOKIE}=${token}; Path=${FEEDBACK_API_PATH}; Expires=${cookieExpiry(now).toUTCString()}; HttpOnly; SameSite=Lax${secure ? '; Secure' : ''}`;
}

/** What the thank-you page shows, read back from the query feedbackPath wrote; anything else reads as plain thanks. */
export type ThanksState =
  | { kind: 'thanks'; vote: 'yes' | 'no' | null; reasonGiven: boolean }
  | { kind: 'refused'; secret: SecretKind; vote: 'yes' | 'no' | null }
  | { kind: 'unavailable' }
  | { kind: 'invalid' };

export function readThanksQuery(query: Record<string, string | string[] | undefined>): { article: string | null; state: ThanksState } {
  const first = (name: string) => {
    const value = query[name];
    return (Array.isArray(value) ? value[0] : value) ?? '';
  };
  const article = /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(first('article')) ? first('article') : null;
  const vote = first('vote') === 'yes' || first('vote') === 'no' ? (first('vote') as 'yes' | 'no') : null;
  const refused = SECRET_KINDS.find((kind) => kind === first('refused'));
  if (first('invalid')) return { article, state: { kind: 'invalid' } };
  if (first('unavailable')) return { article, state: { kind: 'unavailable' } };
  if (refused) return { article, state: { kind: 'refused', secret: refused, vote } };
  return { article, state: { kind: 'thanks', vote, reasonGiven: first('reason') === 'given' } };
}
