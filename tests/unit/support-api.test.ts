import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { generateMnemonic, validateMnemonic } from '@scure/bip39';
import { wordlist as english } from '@scure/bip39/wordlists/english.js';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { type Catalog, createCatalog } from '../../lib/content/catalog';
import { loadContent } from '../../lib/content/load';
import { formatProblem } from '../../lib/content/problems';
import type { CompiledFlow } from '../../lib/flows/compiled';
import { simplePaths } from '../../lib/flows/graph';
import { readBodyText } from '../../lib/http-body';
import { type SupportApiAnswer, type SupportApiContext, isJsonMediaType, supportRequestApi } from '../../lib/support/api';
import { createRateLimiter } from '../../lib/support/rate-limit';
import { DESCRIPTION_MAX_LENGTH, MAX_REQUEST_BYTES } from '../../lib/support/request';
import { clientKey, createSupportContext, forwardFromEnv } from '../../lib/support/server-context';
import { type Forward, createWebhookForward } from '../../lib/support/webhook';

// The real content (as the build compiles it), so labels and guides are the ones the site shows.
let catalog: Catalog;
beforeAll(async () => {
  const { content, problems } = await loadContent(path.join(import.meta.dirname, '../../content'));
  if (!content) throw new Error(problems.map(formatProblem).join('\n'));
  catalog = createCatalog(content);
});

afterEach(() => {
  vi.restoreAllMocks();
});

const unlimited = () => ({ ok: true as const });

function contextWith(options: { forward?: Forward; rateLimit?: SupportApiContext['rateLimit'] } = {}): SupportApiContext {
  return createSupportContext(catalog, { forward: options.forward, rateLimit: options.rateLimit ?? unlimited });
}

const valid = {
  topic: 'deposit',
  uid: '12345678',
  time: '2026-11-02T09:15',
  locale: 'en',
  description: 'My USDT deposit has not arrived after two hours.',
};

function call(body: unknown, context: SupportApiContext = contextWith(), contentType: string | null = 'application/json'): Promise<SupportApiAnswer> {
  return supportRequestApi({ body: typeof body === 'string' ? body : JSON.stringify(body), contentType, client: '203.0.113.7' }, context);
}

/** A fake ticket system that records what it was sent. */
function recordingForward(result: Awaited<ReturnType<Forward>> = { ok: true, reference: 'T-1001' }) {
  return vi.fn<Forward>(async () => result);
}

/** The first path of a real flow that ends on an escalation, with at least one question on it. */
function escalationPath(locale: string): { flow: CompiledFlow; answers: string[]; outcome: string } {
  for (const flow of catalog.flows(locale)) {
    for (const { answers, outcome } of simplePaths(flow)) {
      const end = flow.steps[outcome];
      if (end?.type === 'outcome' && end.result === 'escalate' && flow.steps[flow.start]?.type === 'question') return { flow, answers, outcome };
    }
  }
  throw new Error(`no escalation in the ${locale} flows`);
}

const phrase = generateMnemonic(english, 128);
const privateKey = randomBytes(32).toString('hex');
const txid = randomBytes(32).toString('hex');

describe('POST /api/support-requests: secrets (422)', () => {
  it('uses a real, valid 12-word recovery phrase', () => {
    expect(phrase.split(' ')).toHaveLength(12);
    expect(validateMnemonic(phrase, english)).toBe(true);
  });

  it.each([
    ['a recovery phrase', phrase, `My wallet is empty. Words: ${phrase}`, 'recovery-phrase'],
    ['a private key without a label', privateKey, `I exported ${privateKey} from my wallet and the funds left`, 'private-key'],
    ['a 2FA code', '123456', 'my 2FA code is 123456', 'one-time-code'],
    ['a password', 'hunter22!', 'I cannot log in, password: hunter22!', 'password'],
  ])('refuses %s in the description, without echoing it', async (_name, secret, description, kind) => {
    const forward = recordingForward();
    const answer = await call({ ...valid, description }, contextWith({ forward }));
    expect(answer).toEqual({
      status: 422,
      body: { error: { code: 'secret_detected', field: 'description', kind, message: expect.any(String) } },
    });
    expect(JSON.stringify(answer)).not.toContain(secret);
    expect(forward).not.toHaveBeenCalled();
  });

  it('refuses a secret before saying anything else about the request', async () => {
    const forward = recordingForward();
    const answer = await call({ topic: 'nope', uid: 'abc', locale: 'fr', description: phrase }, contextWith({ forward }));
    expect(answer.status).toBe(422);
    expect(answer.body).toMatchObject({ error: { code: 'secret_detected', field: 'description', kind: 'recovery-phrase' } });
    expect(JSON.stringify(answer)).not.toContain(phrase);
    expect(forward).not.toHaveBeenCalled();
  });

  it('refuses a secret in a field it does not know, without echoing the field name', async () => {
    const field = `notes ${privateKey.slice(0, 16)}`;
    const answer = await call({ ...valid, [field]: `seed: ${phrase}` });
    expect(answer.status).toBe(422);
    expect(answer.body).toMatchObject({ error: { field: 'request', kind: 'recovery-phrase' } });
    expect(JSON.stringify(answer)).not.toContain(privateKey.slice(0, 16));
    expect(JSON.stringify(answer)).not.toContain(phrase.split(' ')[0]! + ' ' + phrase.split(' ')[1]!);
  });

  it('accepts a 64-hex TxID in the txid field (it is a transaction, not a key there)', async () => {
    const answer = await call({ ...valid, txid });
    expect(answer.status).toBe(200);
    expect(answer.body).toMatchObject({ request: { txid } });
  });
});

describe('POST /api/support-requests: invalid requests (400)', () => {
  it('lists every field problem at once, as codes, without forwarding', async () => {
    const forward = recordingForward();
    const answer = await call({ ...valid, topic: 'refund', uid: '12ab', time: '2099-01-01T00:00', description: 'too short' }, contextWith({ forward }));
    expect(answer).toEqual({
      status: 400,
      body: {
        error: {
          code: 'invalid_request',
          message: expect.stringContaining('uid: A UID is 6 to 12 digits'),
          fields: { topic: 'topic_required', uid: 'uid_digits', time: 'time_future', description: 'description_short' },
        },
      },
    });
    expect(forward).not.toHaveBeenCalled();
  });

  it('refuses a locale the site is not built in, though its format is right', async () => {
    const forward = recordingForward();
    const answer = await call({ ...valid, locale: 'fr' }, contextWith({ forward }));
    expect(answer.status).toBe(400);
    expect(answer.body).toMatchObject({ error: { code: 'invalid_request', fields: { locale: 'locale_format' } } });
    expect(forward).not.toHaveBeenCalled();
  });

  it('lists an unknown locale with the other problems, and not as an unknown guide', async () => {
    const { flow, answers, outcome } = escalationPath('en');
    const both = await call({ ...valid, locale: 'de', uid: 'x' });
    expect(both.body).toMatchObject({ error: { fields: { locale: 'locale_format', uid: 'uid_digits' } } });
    const withGuide = await call({ ...valid, locale: 'de', answers: { flow: flow.slug, outcome, answers } });
    expect(withGuide.body).toMatchObject({ error: { fields: { locale: 'locale_format' } } });
    expect(withGuide.body).not.toMatchObject({ error: { fields: { answers: expect.anything() } } });
  });

  it('refuses an unknown field and names the allowed ones', async () => {
    const answer = await call({ ...valid, priority: 'urgent' });
    expect(answer.body).toMatchObject({
      error: { code: 'invalid_request', fields: { request: 'unknown_field' }, message: expect.stringContaining('topic, uid, txid, time, locale, description, answers') },
    });
  });

  it.each([
    ['answers that do not replay', (flow: CompiledFlow, outcome: string) => ({ flow: flow.slug, outcome, answers: [] })],
    ['an unknown guide', (_flow: CompiledFlow, outcome: string) => ({ flow: 'no-such-guide', outcome, answers: [] })],
    ['an outcome that is not where the answers lead', (flow: CompiledFlow) => ({ flow: flow.slug, outcome: flow.start, answers: [] })],
  ])('refuses %s as an answers error', async (_name, makeAnswers) => {
    const { flow, outcome } = escalationPath('en');
    const forward = recordingForward();
    const answer = await call({ ...valid, answers: makeAnswers(flow, outcome) }, contextWith({ forward }));
    expect(answer).toMatchObject({ status: 400, body: { error: { code: 'invalid_request', fields: { answers: 'answers_unknown' } } } });
    expect(forward).not.toHaveBeenCalled();
  });

  it('refuses answers that end on a resolved outcome', async () => {
    const flow = catalog.flows('en').find((candidate) => simplePaths(candidate).some(({ outcome }) => isResolved(candidate, outcome)))!;
    const resolved = simplePaths(flow).find(({ outcome }) => isResolved(flow, outcome))!;
    const answer = await call({ ...valid, answers: { flow: flow.slug, ...resolved } });
    expect(answer.body).toMatchObject({ error: { fields: { answers: 'answers_unknown' } } });
  });
});

const isResolved = (flow: CompiledFlow, outcome: string) => {
  const step = flow.steps[outcome];
  return step?.type === 'outcome' && step.result === 'resolved';
};

describe('POST /api/support-requests: the body itself', () => {
  /** The valid request with a description that makes the JSON body exactly `bytes` long, mostly Chinese (3 bytes a character). */
  function bodyOfBytes(bytes: number): string {
    const empty = JSON.stringify({ ...valid, locale: 'zh', description: '' });
    const room = bytes - Buffer.byteLength(empty);
    const description = '提'.repeat(Math.floor(room / 3)) + 'a'.repeat(room % 3);
    const body = JSON.stringify({ ...valid, locale: 'zh', description });
    expect(Buffer.byteLength(body)).toBe(bytes);
    // Far fewer characters than bytes: a limit counted in characters would let it through.
    expect(body.length).toBeLessThan(MAX_REQUEST_BYTES / 2);
    return body;
  }

  it('refuses a body of 20 KB + 1 byte with 413, counted in UTF-8 bytes', async () => {
    expect(await call(bodyOfBytes(MAX_REQUEST_BYTES + 1))).toEqual({
      status: 413,
      body: { error: { code: 'too_large', message: expect.any(String) } },
    });
  });

  it('reads a body of exactly 20 KB (then the description is too long, a 400)', async () => {
    const answer = await call(bodyOfBytes(MAX_REQUEST_BYTES));
    expect(answer).toMatchObject({ status: 400, body: { error: { fields: { description: 'description_long' } } } });
  });

  it('reads the longest description the form allows even with every non-ASCII unit escaped as \\uXXXX', async () => {
    const description = '😀'.repeat(DESCRIPTION_MAX_LENGTH / 2);
    const json = JSON.stringify({ ...valid, uid: '123456789012', txid: `https://etherscan.io/tx/0x${'ab'.repeat(32)}`, description });
    // As Python's json.dumps writes it by default: each UTF-16 unit of a non-ASCII character as \uXXXX.
    const escaped = json.replace(/[\u0080-\uffff]/g, (unit) => `\\u${unit.charCodeAt(0).toString(16).padStart(4, '0')}`);
    expect(Buffer.byteLength(escaped)).toBeGreaterThan(6 * DESCRIPTION_MAX_LENGTH);
    expect(await call(escaped)).toMatchObject({ status: 200 });
  });

  it('refuses a body the route did not read (null: over the limit) with 413', async () => {
    const answer = await supportRequestApi({ body: null, contentType: 'application/json', client: 'a' }, contextWith());
    expect(answer.status).toBe(413);
  });

  it.each([null, '', 'text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x', 'application/json; charset=utf-16', 'application/jsonp'])(
    'refuses Content-Type %j with 415',
    async (contentType) => {
      expect(await call(valid, contextWith(), contentType)).toEqual({
        status: 415,
        body: { error: { code: 'unsupported_media_type', message: expect.any(String) } },
      });
    },
  );

  it.each(['application/json', 'Application/JSON; charset=UTF-8', 'application/json;charset="utf-8"', 'application/vnd.api+json'])('takes Content-Type %j', (contentType) => {
    expect(isJsonMediaType(contentType)).toBe(true);
  });

  it.each(['', '{', '{"topic": "deposit",}', "{'topic': 'deposit'}", '[]', '[{"topic": "deposit"}]', 'null', '"a string"', '42', 'true', '\u0000'])(
    'refuses %j with 400 malformed_json',
    async (body) => {
      expect(await call(body)).toEqual({ status: 400, body: { error: { code: 'malformed_json', message: expect.any(String) } } });
    },
  );

  it('survives deeply nested JSON within the limit', async () => {
    const nested = `{"topic": ${'['.repeat(10_000)}${']'.repeat(10_000)}}`;
    expect((await call(nested)).status).toBe(400);
  });
});

describe('POST /api/support-requests: prepared, submitted, unavailable', () => {
  it('prepares the request (200) when no ticket system is configured, with the guide in the text', async () => {
    const { flow, answers, outcome } = escalationPath('en');
    const answer = await call({ ...valid, answers: { flow: flow.slug, outcome, answers } });
    expect(answer.status).toBe(200);
    const body = answer.body as { request: unknown; subject: string; text: string };
    expect(body.request).toEqual({ ...valid, time: '2026-11-02T09:15Z', answers: { flow: flow.slug, outcome, answers } });
    expect(body.text).toContain(`Guide followed: ${flow.title}`);
    // Each question and the label of the answer chosen, read from the flow itself.
    let stepId = flow.start;
    for (const id of answers) {
      const step = flow.steps[stepId]!;
      if (step.type === 'question') {
        const choice = step.choices.find((candidate) => candidate.id === id)!;
        expect(body.text).toContain(`- ${step.text} ${choice.label}`);
        stepId = choice.next;
      } else if (step.type === 'instruction') {
        expect(body.text).toContain(`- Tried: ${step.title}`);
        stepId = step.next;
      }
    }
    const end = flow.steps[outcome]!;
    expect(end.type === 'outcome' && body.text).toContain(`Guide's conclusion: ${end.type === 'outcome' ? end.title : ''}`);
    expect(body.text).toContain(valid.description);
    expect(body.subject).toMatch(/^Deposit: /);
  });

  it('writes a Chinese request with the Chinese labels and guide', async () => {
    const { flow, answers, outcome } = escalationPath('zh');
    const answer = await call({ ...valid, locale: 'zh', description: '我的充值两个小时了还没有到账，请帮忙查一下。', answers: { flow: flow.slug, outcome, answers } });
    expect(answer.status).toBe(200);
    const { text } = answer.body as { text: string };
    expect(text).toContain(flow.title);
    expect(text).not.toContain('Guide followed');
  });

  it('submits to the ticket system (201) with its reference', async () => {
    const forward = recordingForward({ ok: true, reference: 'T-1001' });
    const answer = await call({ ...valid, txid }, contextWith({ forward }));
    expect(answer.status).toBe(201);
    expect(answer.body).toEqual({ reference: 'T-1001', request: { ...valid, txid, time: '2026-11-02T09:15Z' }, subject: expect.any(String), text: expect.stringContaining(txid) });
    expect(forward).toHaveBeenCalledTimes(1);
    const { request, subject, text } = answer.body as { request: unknown; subject: string; text: string };
    expect(forward).toHaveBeenCalledWith({ request, subject, text });
  });

  it('answers 503 with the prepared text when the ticket system is down, through the real webhook client', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const fetch = vi.fn<typeof globalThis.fetch>(async () => new Response('down', { status: 503 }));
    const forward = createWebhookForward('https://tickets.example/hooks/support', { fetch, retryDelayMs: 0 });
    const answer = await call(valid, contextWith({ forward }));
    expect(fetch).toHaveBeenCalledTimes(2);
    expect(answer).toEqual({
      status: 503,
      body: {
        error: { code: 'ticket_system_unavailable', message: expect.any(String) },
        request: { ...valid, time: '2026-11-02T09:15Z' },
        subject: expect.any(String),
        text: expect.stringContaining(valid.description),
      },
      headers: { 'Retry-After': expect.stringMatching(/^\d+$/) },
    });
  });
});

describe('POST /api/support-requests: rate limit (429)', () => {
  it('refuses past the limit, first of all, with Retry-After', async () => {
    let now = 0;
    const limiter = createRateLimiter({ limit: 2, windowMs: 60_000, maxClients: 10, now: () => now });
    const forward = recordingForward();
    const context = contextWith({ forward, rateLimit: (client) => limiter.take(client) });
    expect((await call(valid, context)).status).toBe(201);
    // A bad request counts too: refusing it must not be a free way to probe.
    expect((await call('{', context)).status).toBe(400);
    now = 15_000;
    const limited = await call(valid, context);
    expect(limited).toEqual({
      status: 429,
      body: { error: { code: 'rate_limited', message: expect.any(String) } },
      headers: { 'Retry-After': '45' },
    });
    // Refused before the body is read: a secret or an oversized body gets the same 429.
    expect((await call({ ...valid, description: phrase }, context)).status).toBe(429);
    expect((await supportRequestApi({ body: null, contentType: null, client: '203.0.113.7' }, context)).status).toBe(429);
    expect(forward).toHaveBeenCalledTimes(1);
    // Another client is not held back by this one.
    expect((await supportRequestApi({ body: JSON.stringify(valid), contentType: 'application/json', client: '198.51.100.1' }, context)).status).toBe(201);
  });
});

describe('POST /api/support-requests: our own failures', () => {
  it('answers 500 with a code and no details, and logs no part of the request', async () => {
    const logged = vi.spyOn(console, 'error').mockImplementation(() => {});
    const context: SupportApiContext = {
      ...contextWith(),
      labels: () => {
        throw new Error(`labels missing for ${valid.description}`);
      },
    };
    const answer = await call(valid, context);
    expect(answer).toEqual({ status: 500, body: { error: { code: 'internal_error', message: expect.any(String) } } });
    expect(JSON.stringify(answer)).not.toContain(valid.description);
    expect(logged).toHaveBeenCalledTimes(1);
    expect(logged.mock.calls.flat().join(' ')).not.toContain(valid.description);
  });
});

describe('readBodyText (the route reads no more than the limit)', () => {
  /** A request whose body arrives in `chunks`, with no Content-Length (as a chunked upload), counting what was pulled. */
  function streamed(chunks: Uint8Array[], headers: Record<string, string> = {}) {
    let pulled = 0;
    const body = new ReadableStream<Uint8Array>(
      {
        pull(controller) {
          const chunk = chunks[pulled++];
          if (chunk) controller.enqueue(chunk);
          else controller.close();
        },
      },
      // Nothing is pulled ahead of a read, so `pulled` counts what the reader asked for.
      { highWaterMark: 0 },
    );
    const request = new Request('http://localhost/api/support-requests', { method: 'POST', body, headers, duplex: 'half' } as RequestInit);
    return { request, pulled: () => pulled };
  }

  it('reads a body in chunks, with a character split across two of them', async () => {
    const bytes = new TextEncoder().encode('{"description":"提现"}');
    const { request } = streamed([bytes.slice(0, 17), bytes.slice(17)]);
    expect(await readBodyText(request, 100)).toBe('{"description":"提现"}');
  });

  it('stops reading an undeclared body as soon as it passes the limit', async () => {
    const chunk = new Uint8Array(1000).fill(0x61);
    const { request, pulled } = streamed(Array.from({ length: 1000 }, () => chunk));
    expect(await readBodyText(request, 2500)).toBeNull();
    expect(pulled()).toBeLessThanOrEqual(4);
  });

  it('reads a body of exactly the limit', async () => {
    const { request } = streamed([new Uint8Array(2500).fill(0x61)]);
    expect(await readBodyText(request, 2500)).toHaveLength(2500);
  });

  it('refuses a declared Content-Length over the limit without reading', async () => {
    const { request, pulled } = streamed([new Uint8Array(10).fill(0x61)], { 'content-length': '999999' });
    expect(request.headers.get('content-length')).toBe('999999');
    expect(await readBodyText(request, 2500)).toBeNull();
    expect(pulled()).toBe(0);
  });

  it('reads an empty body as empty text', async () => {
    expect(await readBodyText(new Request('http://localhost/', { method: 'POST' }), 10)).toBe('');
  });
});

describe('the server context', () => {
  it.each([
    [{ 'x-forwarded-for': '203.0.113.7, 10.0.0.1' }, '203.0.113.7'],
    [{ 'x-forwarded-for': ' 2001:db8::1 ' }, '2001:db8::1'],
    [{ 'x-forwarded-for': '', 'x-real-ip': '198.51.100.4' }, '198.51.100.4'],
    [{ 'x-real-ip': '198.51.100.4' }, '198.51.100.4'],
    [{}, 'unknown'],
  ])('keys a client by its address: %j -> %s', (headers, key) => {
    expect(clientKey(new Headers(headers))).toBe(key);
  });

  it('caps a forged address so it cannot grow the rate limiter', () => {
    expect(clientKey(new Headers({ 'x-forwarded-for': 'x'.repeat(8000) })).length).toBeLessThanOrEqual(64);
  });

  it('uses the webhook only for an http(s) URL, and never logs the value', () => {
    const log = vi.fn();
    expect(forwardFromEnv(undefined, log)).toBeUndefined();
    expect(forwardFromEnv('  ', log)).toBeUndefined();
    expect(log).not.toHaveBeenCalled();
    for (const value of ['tickets.example/hook?token=s3cr3t', 'ftp://tickets.example/s3cr3t', 'javascript:alert("s3cr3t")', 'https://user:s3cr3t@tickets.example/hook']) {
      expect(forwardFromEnv(value, log), value).toBeUndefined();
    }
    expect(log).toHaveBeenCalledTimes(4);
    expect(log.mock.calls.flat().join(' ')).not.toContain('s3cr3t');
    expect(forwardFromEnv('https://tickets.example/hook?token=s3cr3t', log)).toBeTypeOf('function');
    expect(forwardFromEnv('http://10.0.0.5:8080/hook', log)).toBeTypeOf('function');
    expect(log).toHaveBeenCalledTimes(4);
  });

  it('writes a locale without interface strings in the default locale (the API refuses it first)', () => {
    const context = contextWith();
    expect(context.labels('fr')).toEqual(context.labels(catalog.defaultLocale));
    expect(context.labels('zh')).not.toEqual(context.labels('en'));
  });
});
