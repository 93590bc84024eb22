import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { SupportRequest } from '../../lib/support/request';
import { type ForwardPayload, createWebhookForward } from '../../lib/support/webhook';

const WEBHOOK_URL = 'https://tickets.example/hooks/support?token=s3cr3t-token';

const request: SupportRequest = {
  topic: 'withdrawal',
  uid: '12345678',
  time: '2026-11-02T09:15Z',
  locale: 'en',
  description: 'My withdrawal to my own wallet is stuck at processing since this morning.',
};
const payload: ForwardPayload = { request, subject: 'Withdrawal: My withdrawal is stuck', text: `Topic: Withdrawal\n\nDescription:\n${request.description}` };

type Call = { url: string; init: RequestInit };

/** A fake fetch that answers each call in turn, recording what it was sent. */
function fakeFetch(...answers: (() => Promise<Response>)[]) {
  const calls: Call[] = [];
  const fetch = vi.fn(async (url: string | URL | Request, init?: RequestInit) => {
    calls.push({ url: String(url), init: init ?? {} });
    const next = answers[calls.length - 1];
    if (!next) throw new Error(`unexpected call ${calls.length}`);
    return next();
  });
  return { fetch: fetch as unknown as typeof globalThis.fetch, calls };
}

const respond = (status: number, body?: string, headers?: Record<string, string>) => () => Promise.resolve(new Response(body ?? null, { status, headers }));
const json = (value: unknown) => respond(200, JSON.stringify(value), { 'content-type': 'application/json' });
const networkError = () => Promise.reject(new TypeError('fetch failed'));
const never = () => new Promise<Response>(() => {});
const header = (call: Call, name: string) => new Headers(call.init.headers).get(name);

let logged: ReturnType<typeof vi.spyOn>;
beforeEach(() => {
  logged = vi.spyOn(console, 'error').mockImplementation(() => {});
});
afterEach(() => {
  // Whatever happened, no log line carries the request or the webhook's token.
  const lines = logged.mock.calls.flat().join('\n');
  expect(lines).not.toContain(request.description);
  expect(lines).not.toContain('s3cr3t-token');
  vi.restoreAllMocks();
});

describe('createWebhookForward', () => {
  it('posts the request as JSON with an Idempotency-Key, and takes the reference from the answer', async () => {
    const { fetch, calls } = fakeFetch(json({ reference: 'T-1001' }));
    expect(await createWebhookForward(WEBHOOK_URL, { fetch })(payload)).toEqual({ ok: true, reference: 'T-1001' });
    expect(calls).toHaveLength(1);
    const [call] = calls;
    expect(call!.url).toBe(WEBHOOK_URL);
    expect(call!.init.method).toBe('POST');
    expect(header(call!, 'content-type')).toBe('application/json');
    expect(header(call!, 'idempotency-key')).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(JSON.parse(String(call!.init.body))).toEqual(payload);
    expect(call!.init.signal).toBeInstanceOf(AbortSignal);
  });

  it('gives each request its own Idempotency-Key', async () => {
    const { fetch, calls } = fakeFetch(json({}), json({}));
    const forward = createWebhookForward(WEBHOOK_URL, { fetch });
    await forward(payload);
    await forward(payload);
    expect(header(calls[0]!, 'idempotency-key')).not.toBe(header(calls[1]!, 'idempotency-key'));
  });

  it.each([
    ['a 503', respond(503, 'busy')],
    ['a 500', respond(500)],
    ['a network error', networkError],
  ])('retries once after %s, with the same Idempotency-Key', async (_name, failure) => {
    const { fetch, calls } = fakeFetch(failure, json({ id: 'T-2002' }));
    expect(await createWebhookForward(WEBHOOK_URL, { fetch, retryDelayMs: 0 })(payload)).toEqual({ ok: true, reference: 'T-2002' });
    expect(calls).toHaveLength(2);
    expect(header(calls[1]!, 'idempotency-key')).toBe(header(calls[0]!, 'idempotency-key'));
    expect(calls[1]!.init.body).toBe(calls[0]!.init.body);
  });

  it('waits before the retry', async () => {
    const { fetch, calls } = fakeFetch(respond(503), json({}));
    const started = performance.now();
    await createWebhookForward(WEBHOOK_URL, { fetch, retryDelayMs: 120 })(payload);
    expect(calls).toHaveLength(2);
    expect(performance.now() - started).toBeGreaterThanOrEqual(100);
  });

  it('retries only once, and then reports failure', async () => {
    const { fetch, calls } = fakeFetch(respond(503), networkError, json({}));
    expect(await createWebhookForward(WEBHOOK_URL, { fetch, retryDelayMs: 0 })(payload)).toEqual({ ok: false });
    expect(calls).toHaveLength(2);
  });

  it.each([400, 401, 404, 409, 422, 429])('does not retry a %i', async (status) => {
    const { fetch, calls } = fakeFetch(respond(status, '{"error":"no"}'), json({}));
    expect(await createWebhookForward(WEBHOOK_URL, { fetch, retryDelayMs: 0 })(payload)).toEqual({ ok: false });
    expect(calls).toHaveLength(1);
  });

  it('does not follow a redirect (a POST would turn into a GET), and does not retry it', async () => {
    const { fetch, calls } = fakeFetch(respond(302, null as unknown as string, { location: 'https://elsewhere.example/' }), json({}));
    expect(await createWebhookForward(WEBHOOK_URL, { fetch, retryDelayMs: 0 })(payload)).toEqual({ ok: false });
    expect(calls[0]!.init.redirect).toBe('manual');
    expect(calls).toHaveLength(1);
  });

  it('gives up on an attempt after timeoutMs, even when fetch ignores the signal, then retries once', async () => {
    const { fetch, calls } = fakeFetch(never, never);
    const started = performance.now();
    expect(await createWebhookForward(WEBHOOK_URL, { fetch, timeoutMs: 50, retryDelayMs: 0 })(payload)).toEqual({ ok: false });
    const elapsed = performance.now() - started;
    expect(calls).toHaveLength(2);
    expect(elapsed).toBeGreaterThanOrEqual(90);
    expect(elapsed).toBeLessThan(2000);
    expect(calls[0]!.init.signal!.aborted).toBe(true);
    expect(logged.mock.calls.flat().join('\n')).toContain('timeout');
  });

  it('succeeds when the retry answers after a timeout', async () => {
    const { fetch } = fakeFetch(never, json({ reference: 'T-3003' }));
    expect(await createWebhookForward(WEBHOOK_URL, { fetch, timeoutMs: 30, retryDelayMs: 0 })(payload)).toEqual({ ok: true, reference: 'T-3003' });
  });

  it('honours the real fetch abort (a server that never answers)', async () => {
    // A fetch that behaves like the real one: it rejects with the signal's reason when it aborts.
    const fetch = vi.fn(
      (_url: string | URL | Request, init?: RequestInit) =>
        new Promise<Response>((_resolve, reject) => init?.signal?.addEventListener('abort', () => reject(init.signal!.reason))),
    );
    expect(await createWebhookForward(WEBHOOK_URL, { fetch: fetch as unknown as typeof globalThis.fetch, timeoutMs: 20, retryDelayMs: 0 })(payload)).toEqual({ ok: false });
    expect(fetch).toHaveBeenCalledTimes(2);
  });

  it.each([
    ['reference', { reference: 'T-1' }, 'T-1'],
    ['id', { id: 'abc-42' }, 'abc-42'],
    ['reference before id', { id: 'x', reference: 'T-9' }, 'T-9'],
    ['a numeric id', { id: 4711 }, '4711'],
    ['an empty reference, then the id', { reference: '  ', id: 'T-5' }, 'T-5'],
    ['no reference', { ok: true }, null],
    ['a nested one only', { ticket: { id: 7 } }, null],
    ['a reference that is an object', { reference: { value: 'x' } }, null],
    ['a reference with a line break', { reference: 'T-1\nInjected: yes' }, null],
    ['an overlong reference', { reference: 'x'.repeat(500) }, null],
    ['a JSON array', ['T-1'], null],
    ['JSON null', null, null],
  ])('reads %s from the answer', async (_name, body, reference) => {
    const { fetch } = fakeFetch(json(body));
    expect(await createWebhookForward(WEBHOOK_URL, { fetch })(payload)).toEqual({ ok: true, reference });
  });

  it.each([
    ['an empty 201', respond(201)],
    ['a 204', respond(204)],
    ['text', respond(200, 'Ticket created')],
    ['cut-off JSON', respond(200, '{"reference": "T-')],
  ])('succeeds without a reference on %s', async (_name, answer) => {
    const { fetch, calls } = fakeFetch(answer, json({}));
    expect(await createWebhookForward(WEBHOOK_URL, { fetch, retryDelayMs: 0 })(payload)).toEqual({ ok: true, reference: null });
    // A 2xx means the ticket exists: sending it again would make a second one.
    expect(calls).toHaveLength(1);
  });

  it('does not wait for a 2xx body that never ends, and keeps the success', async () => {
    const endless = () => Promise.resolve(new Response(new ReadableStream({ pull: () => new Promise(() => {}) }), { status: 200 }));
    const { fetch, calls } = fakeFetch(endless, json({}));
    expect(await createWebhookForward(WEBHOOK_URL, { fetch, timeoutMs: 30, retryDelayMs: 0 })(payload)).toEqual({ ok: true, reference: null });
    expect(calls).toHaveLength(1);
  });
});
