import type { SupportRequest } from './request';

/** What the ticket system receives: the validated request, and the text and subject written from it. */
export interface ForwardPayload {
  request: SupportRequest;
  subject: string;
  text: string;
}

export type Forward = (payload: ForwardPayload) => Promise<{ ok: true; reference: string | null } | { ok: false }>;

export interface WebhookOptions {
  /** How long one attempt may take, answer body included. */
  timeoutMs?: number;
  /** How long to wait before the one retry: long enough for a restarting server, short enough for a waiting person. */
  retryDelayMs?: number;
  fetch?: typeof fetch;
}

const DEFAULT_TIMEOUT_MS = 5000;
const DEFAULT_RETRY_DELAY_MS = 300;
/** A reference is shown to the person and quoted back to support: anything longer is not one. */
const MAX_REFERENCE_LENGTH = 100;
/** The answer is read only for its reference; a larger one is not worth holding in memory. */
const MAX_ANSWER_BYTES = 64 * 1024;

type Attempt = { kind: 'ok'; reference: string | null } | { kind: 'retry'; reason: string } | { kind: 'refused'; reason: string };

/**
 * Forwards requests to a ticket system's webhook: a JSON POST of `{ request, subject, text }`.
 *
 * A network error, a timeout or a 5xx is retried once, after a short delay, with the same
 * Idempotency-Key, so a ticket system that took the first attempt but failed to answer does not
 * open a second ticket. A 4xx (or a redirect) means the webhook refuses this request or is
 * misconfigured: sending it again would not help. Only the outcome is logged, never the request,
 * and never the URL (its path or query often holds the webhook's token).
 */
export function createWebhookForward(url: string, options: WebhookOptions = {}): Forward {
  const { timeoutMs = DEFAULT_TIMEOUT_MS, retryDelayMs = DEFAULT_RETRY_DELAY_MS } = options;
  return async (payload) => {
    const body = JSON.stringify(payload);
    const headers = { 'Content-Type': 'application/json', 'Idempotency-Key': crypto.randomUUID() };
    // Read at call time, so a fetch replaced after this was created (in tests, by an APM agent) is used.
    const send = options.fetch ?? globalThis.fetch;
    const post = (signal: AbortSignal) => send(url, { method: 'POST', headers, body, redirect: 'manual', signal });
    let attempt = await attemptOnce(post, timeoutMs);
    if (attempt.kind === 'retry') {
      console.error(`Support webhook: first attempt failed (${attempt.reason}); retrying once.`);
      await delay(retryDelayMs);
      attempt = await attemptOnce(post, timeoutMs);
    }
    if (attempt.kind === 'ok') return { ok: true, reference: attempt.reference };
    console.error(`Support webhook: request not forwarded (${attempt.reason}).`);
    return { ok: false };
  };
}

async function attemptOnce(post: (signal: AbortSignal) => Promise<Response>, timeoutMs: number): Promise<Attempt> {
  const signal = AbortSignal.timeout(timeoutMs);
  let response: Response;
  try {
    // Raced against the signal as well, so a fetch that ignores it cannot hold the person waiting.
    response = await untilAborted(signal, post(signal));
  } catch (error) {
    return { kind: 'retry', reason: isTimeout(error) ? 'timeout' : 'network error' };
  }
  if (response.status >= 200 && response.status < 300) {
    // The ticket exists once a 2xx arrived: a body that is slow or unreadable costs only the reference.
    return { kind: 'ok', reference: await untilAborted(signal, readReference(response)).catch(() => null) };
  }
  void response.body?.cancel().catch(() => {});
  const reason = `status ${response.status}`;
  return response.status >= 500 ? { kind: 'retry', reason } : { kind: 'refused', reason };
}

/**
 * The ticket's reference from a JSON answer (`reference`, else `id`; a numeric id is kept as text),
 * or null: a 2xx is a success whatever its body says, and a body that cannot be read costs only the
 * reference.
 */
async function readReference(response: Response): Promise<string | null> {
  try {
    const declared = Number(response.headers.get('content-length') ?? 0);
    if (declared > MAX_ANSWER_BYTES) {
      await response.body?.cancel();
      return null;
    }
    const text = await response.text();
    if (text.length > MAX_ANSWER_BYTES) return null;
    const answer: unknown = JSON.parse(text);
    if (typeof answer !== 'object' || answer === null) return null;
    const { reference, id } = answer as Record<string, unknown>;
    return asReference(reference) ?? asReference(id);
  } catch {
    return null;
  }
}

function asReference(value: unknown): string | null {
  const text = typeof value === 'string' ? value.trim() : Number.isSafeInteger(value) ? String(value) : '';
  // Control characters would corrupt the line the reference is shown on.
  return text && text.length <= MAX_REFERENCE_LENGTH && !/\p{Cc}/u.test(text) ? text : null;
}

/** `promise`, or a rejection with the signal's reason as soon as it aborts. */
function untilAborted<T>(signal: AbortSignal, promise: Promise<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    const abort = () => reject(signal.reason);
    if (signal.aborted) abort();
    signal.addEventListener('abort', abort, { once: true });
    promise.then(
      (value) => {
        signal.removeEventListener('abort', abort);
        resolve(value);
      },
      (error: unknown) => {
        signal.removeEventListener('abort', abort);
        reject(error);
      },
    );
  });
}

function isTimeout(error: unknown): boolean {
  return error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError');
}

const delay = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
