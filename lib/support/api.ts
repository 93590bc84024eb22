import { getMessages } from '../i18n/messages';
import type { SecretKind } from '../safety/secrets';
import type { RateLimitResult } from './rate-limit';
import { type FieldErrors, MAX_REQUEST_BYTES, REQUEST_FIELDS, type SupportRequest } from './request';
import { type SubmitContext, type SubmitResult, submitRequest } from './submit';
import { type ApiError, apiError, errorAnswer } from '../api-error';

export interface SupportApiContext extends SubmitContext {
  /** The site's locales: a request in any other has no guide and no words to be written up in. */
  locales: readonly string[];
  /** Counts one request from a client; called first, for every request, whatever it holds. */
  rateLimit: (client: string) => RateLimitResult;
}

export interface SupportApiRequest {
  /** The body as text, or null when it was larger than MAX_REQUEST_BYTES and was not read (see readBodyText). */
  body: string | null;
  contentType: string | null;
  /** Who is asking, for the rate limit (server-context.ts: clientKey). */
  client: string;
}

/** The request as checked (time in UTC, TxID cleaned), and the text written from it. */
interface PreparedBody {
  request: SupportRequest;
  subject: string;
  text: string;
}

export type SupportApiBody =
  | PreparedBody
  | (PreparedBody & { reference: string | null })
  | (PreparedBody & { error: ApiError })
  | { error: ApiError & { field: string; kind: SecretKind } }
  | { error: ApiError & { fields: FieldErrors } }
  | { error: ApiError };

export interface SupportApiAnswer {
  status: number;
  body: SupportApiBody;
  headers?: Record<string, string>;
}

/** Long enough for a restarting ticket system; the person has the prepared text meanwhile. */
const UNAVAILABLE_RETRY_SECONDS = 60;

/** English sentences for the API; the form shows the same codes in the person's language. */
const FIELD_ERROR_TEXT: Record<string, string> = getMessages('en').contact.form.errors;

const SECRET_TEXT: Record<SecretKind, string> = {
  'recovery-phrase': 'a recovery phrase',
  'private-key': 'a private key',
  'one-time-code': 'a one-time code (2FA, SMS or e-mail code)',
  password: 'a password',
};

/**
 * POST /api/support-requests. Everything a client can send gets a 4xx with a typed error, and
 * nothing is thrown: an unexpected failure is a 500 with a code and no details.
 *
 * The order is the cheapest refusal first: the rate limit (counted for every request, so a client
 * cannot probe for free), the size, the media type, the JSON, then the one server pipeline
 * (submitRequest: secrets before anything else is said about the request).
 */
export async function supportRequestApi(raw: SupportApiRequest, context: SupportApiContext): Promise<SupportApiAnswer> {
  try {
    const limited = context.rateLimit(raw.client);
    if (!limited.ok) {
      return {
        ...failure(429, 'rate_limited', `Too many requests from this client. Try again in ${limited.retryAfterSeconds} seconds.`),
        headers: { 'Retry-After': String(limited.retryAfterSeconds) },
      };
    }
    if (raw.body === null || utf8Length(raw.body) > MAX_REQUEST_BYTES) {
      return failure(413, 'too_large', `The body is larger than ${MAX_REQUEST_BYTES} bytes.`);
    }
    if (!isJsonMediaType(raw.contentType)) {
      return failure(415, 'unsupported_media_type', 'Send the request as JSON, with Content-Type: application/json.');
    }
    const input = parseObject(raw.body);
    if (!input) return failure(400, 'malformed_json', 'The body must be a JSON object, like {"topic": "deposit", …}.');
    return answer(await submitInSiteLocale(input, context));
  } catch (error) {
    // The error's message may quote the request; the stack's frames say where without saying what.
    console.error(`Support request API: unexpected ${error instanceof Error ? `${error.name}\n${frames(error)}` : typeof error}`);
    return failure(500, 'internal_error', 'Something went wrong on our side, so nothing was submitted. Try again later.');
  }
}

/**
 * submitRequest, refusing a locale the site is not built in as a field error. It is checked around
 * the pipeline rather than before it, so a secret is still refused first and every other problem
 * is listed with this one; a request in an unknown locale is never forwarded.
 */
async function submitInSiteLocale(input: Record<string, unknown>, context: SupportApiContext): Promise<SubmitResult> {
  const { locale } = input;
  if (typeof locale !== 'string' || context.locales.includes(locale)) return submitRequest(input, context, { send: true });
  const result = await submitRequest(input, { ...context, forward: undefined }, { send: false });
  if (result.status === 'secret') return result;
  const errors: FieldErrors = result.status === 'invalid' ? { ...result.errors } : {};
  // No guide exists in an unknown locale, so its answers could not match: the locale is the problem.
  if (errors.answers === 'answers_unknown') delete errors.answers;
  return { status: 'invalid', errors: { ...errors, locale: 'locale_format' } };
}

function answer(result: SubmitResult): SupportApiAnswer {
  switch (result.status) {
    case 'secret': {
      // Only the field and the kind: the secret itself is never echoed, logged or kept. An unknown
      // field's name is the client's own text (it could hold anything), so it is not echoed either.
      const field = (REQUEST_FIELDS as string[]).includes(result.field) ? result.field : 'request';
      const where = field === 'request' ? 'The request' : `The ${field} field`;
      return {
        status: 422,
        body: {
          error: {
            code: 'secret_detected',
            field,
            kind: result.kind,
            message: `${where} contains ${SECRET_TEXT[result.kind]}. Support never needs it: remove it and send the request again. Nothing was sent or stored.`,
          },
        },
      };
    }
    case 'invalid':
      return { status: 400, body: apiError('invalid_request', describeErrors(result.errors), { fields: result.errors }) };
    case 'prepared':
      return { status: 200, body: { request: result.request, ...result.prepared } };
    case 'submitted':
      return { status: 201, body: { reference: result.reference, request: result.request, ...result.prepared } };
    case 'unavailable':
      return {
        status: 503,
        body: {
          error: {
            code: 'ticket_system_unavailable',
            message: 'The ticket system did not take the request, so nothing was submitted. The prepared request is included: send it by live chat or e-mail, or try again later.',
          },
          request: result.request,
          ...result.prepared,
        },
        headers: { 'Retry-After': String(UNAVAILABLE_RETRY_SECONDS) },
      };
  }
}

function describeErrors(errors: FieldErrors): string {
  return Object.entries(errors)
    .map(([field, code]) => {
      const text = FIELD_ERROR_TEXT[code] ?? code;
      return code === 'unknown_field' ? `${text} The fields are: ${REQUEST_FIELDS.join(', ')}.` : `${field}: ${text}`;
    })
    .join(' ');
}

function failure(status: number, code: string, message: string): SupportApiAnswer {
  return errorAnswer(status, code, message);
}

/** The body as a plain object, or null if it is not JSON or is JSON of another kind (an array, a string, null). */
function parseObject(body: string): Record<string, unknown> | null {
  try {
    const value: unknown = JSON.parse(body);
    return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}

/** application/json or a +json type, in UTF-8 (the only encoding JSON allows, RFC 8259 §8.1). */
export function isJsonMediaType(contentType: string | null): boolean {
  if (!contentType) return false;
  const [type = '', ...parameters] = contentType.toLowerCase().split(';');
  const mediaType = type.trim();
  if (mediaType !== 'application/json' && !/^application\/[a-z0-9.-]+\+json$/.test(mediaType)) return false;
  const charset = parameters.map((parameter) => parameter.trim()).find((parameter) => parameter.startsWith('charset='));
  return charset === undefined || /^charset="?utf-8"?$/.test(charset);
}

/** The size the limit is about: bytes on the wire, where a Chinese character is 3 and an emoji 4. */
function utf8Length(text: string): number {
  // A UTF-16 code unit is never more than its UTF-8 bytes, so a long string is over without encoding it.
  if (text.length > MAX_REQUEST_BYTES) return text.length;
  return new TextEncoder().encode(text).length;
}


function frames(error: Error): string {
  return (error.stack ?? '')
    .split('\n')
    .filter((line) => /^\s+at /.test(line))
    .join('\n');
}
