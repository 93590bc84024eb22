import { generateMnemonic } from '@scure/bip39';
import { wordlist as english } from '@scure/bip39/wordlists/english.js';
import { wordlist as chinese } from '@scure/bip39/wordlists/simplified-chinese.js';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Database } from '../../lib/db/database';
import { openDatabase } from '../../lib/db/open';
import { FEEDBACK_MAX_BYTES, type FeedbackApiContext, type ThanksQuery, feedbackApi, feedbackPath, readThanksQuery } from '../../lib/feedback/api';
import { VOTE_COOKIE, browserKey } from '../../lib/feedback/browser';
import { recordVote } from '../../lib/feedback/store';
import { COMMENT_MAX_LENGTH, type Vote } from '../../lib/feedback/vote';
import { findSecrets } from '../../lib/safety/secrets';

const NOW = new Date('2026-11-30T15:42:10.000Z');
const ARTICLES = new Set(['en/reset-password', 'zh/reset-password', 'en/withdrawal-fees']);
const API = 'http://help.test/api/feedback';

afterEach(() => {
  vi.restoreAllMocks();
});

/** A context with a recorder that remembers what it was asked to store, and a fixed clock. */
function contextWith(overrides: Partial<FeedbackApiContext> = {}) {
  const record = vi.fn<FeedbackApiContext['record']>(async () => {});
  const context: FeedbackApiContext = {
    isLocale: (locale) => locale === 'en' || locale === 'zh',
    defaultLocale: 'en',
    articleExists: (locale, slug) => ARTICLES.has(`${locale}/${slug}`),
    record,
    now: () => NOW,
    findSecrets,
    ...overrides,
  };
  return { context, record };
}

interface PostOptions {
  /** The enhanced form (Accept: application/json) rather than a plain form post. */
  json?: boolean;
  /** Headers to add; `null` removes one of the defaults. */
  headers?: Record<string, string | null>;
  url?: string;
}

/** A vote as a browser posts it from one of the site's own pages. */
function post(fields: Record<string, string> | string, { json = false, headers = {}, url = API }: PostOptions = {}): Request {
  const all: Record<string, string | null> = {
    'content-type': 'application/x-www-form-urlencoded',
    'sec-fetch-site': 'same-origin',
    accept: json ? 'application/json' : 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8',
    ...headers,
  };
  return new Request(url, {
    method: 'POST',
    headers: Object.entries(all).filter((entry): entry is [string, string] => entry[1] !== null),
    body: typeof fields === 'string' ? fields : new URLSearchParams(fields).toString(),
  });
}

async function call(fields: Record<string, string> | string, options: PostOptions = {}, context = contextWith().context) {
  const response = await feedbackApi(post(fields, options), context);
  const text = await response.text();
  return {
    status: response.status,
    location: response.headers.get('location'),
    cookie: response.headers.get('set-cookie'),
    headers: response.headers,
    body: text ? (JSON.parse(text) as { ok?: true; error?: Record<string, unknown> }) : null,
  };
}

const yes = { locale: 'en', slug: 'reset-password', helpful: 'yes' };
const no = { locale: 'en', slug: 'reset-password', helpful: 'no' };

describe('a vote that is taken', () => {
  it('stores a Yes and sends the plain form to the thank-you page with a 303', async () => {
    const { context, record } = contextWith();
    const answer = await call(yes, {}, context);
    expect(answer.status).toBe(303);
    expect(answer.location).toBe('/en/feedback?article=reset-password&vote=yes');
    expect(answer.headers.get('cache-control')).toBe('no-store');
    expect(record).toHaveBeenCalledTimes(1);
    const [vote, browser, now] = record.mock.calls[0]!;
    expect(vote).toEqual({ locale: 'en', slug: 'reset-password', helpful: 'yes' });
    // Only the cookie's hash is stored, never the cookie itself.
    expect(browser).toMatch(/^[0-9a-f]{64}$/);
    const token = /hc_vote=([^;]+)/.exec(answer.cookie!)![1]!;
    expect(browser).toBe(await browserKey(token));
    expect(now).toBe(NOW);
  });

  it('sends a No without a reason to the page that asks for one, and a No with a reason to plain thanks', async () => {
    const { context, record } = contextWith();
    expect((await call(no, {}, context)).location).toBe('/en/feedback?article=reset-password&vote=no');
    const explained = await call({ ...no, reason: 'outdated', comment: '  The fee table lists last year’s fees.  ' }, {}, context);
    expect(explained.location).toBe('/en/feedback?article=reset-password&vote=no&reason=given');
    expect(record.mock.calls[1]![0]).toEqual({ locale: 'en', slug: 'reset-password', helpful: 'no', reason: 'outdated', comment: 'The fee table lists last year’s fees.' });
    // A comment alone explains a No too.
    expect((await call({ ...no, comment: 'Too long' }, {}, context)).location).toMatch(/&reason=given$/);
  });

  it('answers the enhanced form with {"ok":true}', async () => {
    const answer = await call({ ...no, reason: 'unclear' }, { json: true });
    expect(answer).toMatchObject({ status: 200, location: null, body: { ok: true } });
    expect(answer.headers.get('cache-control')).toBe('no-store');
  });

  it('drops a reason and a comment sent with a Yes (they explain a No only)', async () => {
    const { context, record } = contextWith();
    const answer = await call({ ...yes, reason: 'outdated', comment: 'great' }, {}, context);
    expect(answer.location).toBe('/en/feedback?article=reset-password&vote=yes');
    expect(record.mock.calls[0]![0]).toEqual({ locale: 'en', slug: 'reset-password', helpful: 'yes' });
  });

  it('drops control characters from a comment (PostgreSQL text cannot hold a NUL), keeping line breaks', async () => {
    const { context, record } = contextWith();
    await call({ ...yes, helpful: 'no', reason: 'other', comment: 'step\u0000 3\u0007 is\nwrong\u007f' }, {}, context);
    expect(record.mock.calls[0]![0]).toMatchObject({ comment: 'step 3 is\nwrong' });
  });

  it('takes a vote on a Chinese page and on a fallback page in the page’s locale', async () => {
    const { context, record } = contextWith();
    expect((await call({ ...yes, locale: 'zh' }, {}, context)).location).toBe('/zh/feedback?article=reset-password&vote=yes');
    expect(record.mock.calls[0]![0].locale).toBe('zh');
  });
});

describe('same site only', () => {
  it.each(['same-origin', 'same-site', 'none'])('takes a post with Sec-Fetch-Site: %s', async (site) => {
    expect((await call(yes, { json: true, headers: { 'sec-fetch-site': site } })).status).toBe(200);
  });

  it.each([
    ['Sec-Fetch-Site: cross-site', { 'sec-fetch-site': 'cross-site' }],
    ['Sec-Fetch-Site: cross-site, even with a matching Origin', { 'sec-fetch-site': 'cross-site', origin: 'http://help.test' }],
    ['another Origin and no Sec-Fetch-Site', { 'sec-fetch-site': null, origin: 'https://evil.example' }],
    ['Origin: null (a sandboxed frame) and no Sec-Fetch-Site', { 'sec-fetch-site': null, origin: 'null' }],
    ['the same host on another scheme', { 'sec-fetch-site': null, origin: 'https://help.test' }],
  ])('refuses %s with 403 and stores nothing', async (_name, headers) => {
    for (const json of [true, false]) {
      const { context, record } = contextWith();
      const answer = await call(yes, { json, headers }, context);
      expect(answer.status).toBe(403);
      expect(answer.body?.error).toMatchObject({ code: 'cross_site' });
      expect(answer.cookie).toBeNull();
      expect(record).not.toHaveBeenCalled();
    }
  });

  it('takes a matching Origin without Sec-Fetch-Site, and a client that sends neither (no browser to protect)', async () => {
    expect((await call(yes, { json: true, headers: { 'sec-fetch-site': null, origin: 'http://help.test' } })).status).toBe(200);
    expect((await call(yes, { json: true, headers: { 'sec-fetch-site': null } })).status).toBe(200);
  });
});

describe('bad input', () => {
  it('lists every bad field at once for the script', async () => {
    const { context, record } = contextWith();
    const answer = await call({ locale: 'EN!', slug: '../etc/passwd', helpful: 'maybe', reason: 'boring' }, { json: true }, context);
    expect(answer.status).toBe(400);
    expect(answer.body).toMatchInlineSnapshot(`
      {
        "error": {
          "code": "invalid_vote",
          "fields": [
            "locale",
            "slug",
            "helpful",
            "reason",
          ],
          "message": "locale must be one of the site’s languages, like "en"; slug must be an article’s slug, like "reset-password"; helpful must be "yes" or "no"; reason must be one of outdated, unclear, not-solved, other",
        },
      }
    `);
    expect(record).not.toHaveBeenCalled();
  });

  it.each([
    ['no helpful at all', { locale: 'en', slug: 'reset-password' }, ['helpful']],
    ['helpful=maybe', { ...yes, helpful: 'maybe' }, ['helpful']],
    ['an unknown reason', { ...no, reason: 'boring' }, ['reason']],
    ['a comment over 1000 characters', { ...no, comment: 'x'.repeat(COMMENT_MAX_LENGTH + 1) }, ['comment_long']],
    // Counted in UTF-16 units, as the comment box's maxlength counts them: an emoji is two.
    ['a comment of 501 emoji', { ...no, comment: '😀'.repeat(COMMENT_MAX_LENGTH / 2 + 1) }, ['comment_long']],
    ['an empty body', {}, ['locale', 'slug', 'helpful']],
  ])('refuses %s with 400 (script) or the thank-you page’s error state (form)', async (_name, fields, codes) => {
    const { context, record } = contextWith();
    const json = await call(fields as Record<string, string>, { json: true }, context);
    expect(json.status).toBe(400);
    expect(json.body?.error).toMatchObject({ code: 'invalid_vote', fields: codes });
    const form = await call(fields as Record<string, string>, {}, context);
    expect(form.status).toBe(303);
    expect(form.location).toMatch(/^\/en\/feedback\?(article=reset-password&)?invalid=1$/);
    expect(record).not.toHaveBeenCalled();
  });

  it('refuses an article or locale the site does not have, and sends the form to a page that exists', async () => {
    const { context, record } = contextWith();
    for (const fields of [
      { ...yes, slug: 'no-such-article' },
      { ...yes, locale: 'fr' },
      { ...yes, locale: 'zh', slug: 'withdrawal-fees' },
    ]) {
      const json = await call(fields, { json: true }, context);
      expect(json.status).toBe(400);
      expect(json.body?.error).toMatchObject({ code: 'unknown_article' });
      const form = await call(fields, {}, context);
      expect(form.status).toBe(303);
      expect(form.location).toBe(`/${fields.locale === 'zh' ? 'zh' : 'en'}/feedback?invalid=1`);
    }
    expect(record).not.toHaveBeenCalled();
  });

  it('refuses a body that is not a form with 415', async () => {
    const answer = await call(JSON.stringify(yes), { json: true, headers: { 'content-type': 'application/json' } });
    expect(answer.status).toBe(415);
    expect(answer.body?.error).toMatchObject({ code: 'unsupported_media_type' });
  });

  it('refuses a body over the cap with 413, by its length or by counting, without storing', async () => {
    const { context, record } = contextWith();
    const big = new URLSearchParams({ ...no, comment: 'x'.repeat(FEEDBACK_MAX_BYTES) }).toString();
    for (const json of [true, false]) {
      const answer = await call(big, { json }, context);
      expect(answer.status).toBe(413);
      expect(answer.body?.error).toMatchObject({ code: 'too_large' });
    }
    // A chunked body declares no length: it is counted as it arrives.
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        for (let i = 0; i < 20; i++) controller.enqueue(new TextEncoder().encode('x'.repeat(1024)));
        controller.close();
      },
    });
    const chunked = new Request(API, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json' },
      body: stream,
      duplex: 'half',
    } as RequestInit);
    expect((await feedbackApi(chunked, context)).status).toBe(413);
    expect(record).not.toHaveBeenCalled();
  });

  it('takes the longest valid comment in Chinese, which percent-encoded is over 8 KB', async () => {
    const { context, record } = contextWith();
    const fields = { ...no, locale: 'zh', reason: 'unclear', comment: '看'.repeat(COMMENT_MAX_LENGTH) };
    expect(new URLSearchParams(fields).toString().length).toBeGreaterThan(8 * 1024);
    expect((await call(fields, { json: true }, context)).status).toBe(200);
    expect(record).toHaveBeenCalledTimes(1);
  });
});

describe('a comment holding a secret', () => {
  const phrase = generateMnemonic(english);

  it.each([
    ['an English recovery phrase', `I followed the steps, my words are ${phrase}`, 'recovery-phrase'],
    ['a Chinese recovery phrase', `我的助记词：${generateMnemonic(chinese).split(' ').join(' ')}`, 'recovery-phrase'],
    ['a password', 'It still fails, my password: Hunter2!secret', 'password'],
  ])('is refused with %s: nothing stored, no cookie, the kind named, the text never echoed', async (_name, comment, kind) => {
    const { context, record } = contextWith();
    const json = await call({ ...no, reason: 'not-solved', comment }, { json: true }, context);
    expect(json.status).toBe(422);
    expect(json.body?.error).toMatchObject({ code: 'secret_detected', kind });
    expect(JSON.stringify(json.body)).not.toContain(comment.slice(-12));
    const form = await call({ ...no, reason: 'not-solved', comment }, {}, context);
    expect(form.status).toBe(303);
    expect(form.location).toBe(`/en/feedback?article=reset-password&vote=no&refused=${kind}`);
    for (const answer of [json, form]) expect(answer.cookie).toBeNull();
    expect(record).not.toHaveBeenCalled();
  });

  it('is refused before anything else is said about the vote', async () => {
    const { context, record } = contextWith();
    const answer = await call({ locale: 'fr', slug: 'nope', helpful: 'no', comment: `${phrase} ${'x'.repeat(COMMENT_MAX_LENGTH)}` }, {}, context);
    expect(answer.location).toBe('/en/feedback?vote=no&refused=recovery-phrase');
    expect(record).not.toHaveBeenCalled();
  });

  it('uses the injected secret finder', async () => {
    const finder = vi.fn(() => [{ kind: 'one-time-code' as const }]);
    const { context, record } = contextWith({ findSecrets: finder });
    const answer = await call({ ...no, comment: 'my code' }, { json: true }, context);
    expect(answer.body?.error).toMatchObject({ code: 'secret_detected', kind: 'one-time-code' });
    expect(finder).toHaveBeenCalledWith('my code');
    expect(record).not.toHaveBeenCalled();
  });
});

describe('the browser cookie', () => {
  it('is issued on the first vote: random, HttpOnly, SameSite=Lax, only for /api/feedback, until midnight UTC', async () => {
    const answer = await call(yes);
    expect(answer.cookie).toMatch(
      new RegExp(`^${VOTE_COOKIE}=[A-Za-z0-9_-]{22}; Path=/api/feedback; Expires=Tue, 01 Dec 2026 00:00:00 GMT; HttpOnly; SameSite=Lax$`),
    );
    expect((await call(yes)).cookie).not.toBe(answer.cookie);
  });

  it('is Secure when the site is served over https', async () => {
    expect((await call(yes, { url: 'https://help.test/api/feedback', headers: { 'sec-fetch-site': null, origin: 'https://help.test' } })).cookie).toMatch(/; Secure$/);
  });

  it('is reused: a second vote with it sets none and is stored under the same key', async () => {
    const { context, record } = contextWith();
    const first = await call(no, {}, context);
    const token = /hc_vote=([^;]+)/.exec(first.cookie!)![1]!;
    const second = await call({ ...no, reason: 'unclear' }, { headers: { cookie: `theme=dark; ${VOTE_COOKIE}=${token}` } }, context);
    expect(second.cookie).toBeNull();
    expect(record.mock.calls[1]![1]).toBe(record.mock.calls[0]![1]);
  });

  it('is replaced when what the browser sends is not one of ours', async () => {
    const { context, record } = contextWith();
    const answer = await call(yes, { headers: { cookie: `${VOTE_COOKIE}=../../not-a-token` } }, context);
    expect(answer.cookie).toMatch(new RegExp(`^${VOTE_COOKIE}=[A-Za-z0-9_-]{22};`));
    expect(record.mock.calls[0]![1]).not.toBe(await browserKey('../../not-a-token'));
  });

  it.each([
    ['2026-11-30T00:00:00.000Z', 'Tue, 01 Dec 2026 00:00:00 GMT'],
    ['2026-11-30T23:59:59.999Z', 'Tue, 01 Dec 2026 00:00:00 GMT'],
    ['2026-12-31T12:00:00.000Z', 'Fri, 01 Jan 2027 00:00:00 GMT'],
    ['2028-02-28T18:30:00.000Z', 'Tue, 29 Feb 2028 00:00:00 GMT'],
  ])('set at %s expires at the next midnight UTC (%s)', async (now, expires) => {
    const { context } = contextWith({ now: () => new Date(now) });
    expect((await call(yes, {}, context)).cookie).toContain(`Expires=${expires};`);
  });
});

describe('when the database is unavailable', () => {
  const failing = () => contextWith({ record: vi.fn(async () => Promise.reject(new Error('connect ECONNREFUSED 127.0.0.1:5432 while storing "my secret comment"'))) });

  it('answers the script with 503 feedback_unavailable, and no details', async () => {
    const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
    const answer = await call({ ...no, comment: 'my secret comment' }, { json: true }, failing().context);
    expect(answer.status).toBe(503);
    expect(answer.body?.error).toMatchObject({ code: 'feedback_unavailable' });
    expect(answer.headers.get('retry-after')).toBe('30');
    expect(JSON.stringify(answer.body)).not.toMatch(/ECONNREFUSED|secret comment|at /);
    // The log says what failed, not what the person wrote.
    expect(errors.mock.calls.flat().join(' ')).not.toContain('my secret comment');
  });

  it('sends the plain form to the thank-you page’s unavailable state, never a 500 page', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const answer = await call(yes, {}, failing().context);
    expect(answer.status).toBe(303);
    expect(answer.location).toBe('/en/feedback?article=reset-password&vote=yes&unavailable=1');
  });

  it('turns an unexpected failure into a typed 500 for the script and the unavailable page for the form', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const { context } = contextWith({
      articleExists: () => {
        throw new TypeError('catalog exploded');
      },
    });
    const json = await call(yes, { json: true }, context);
    expect(json.status).toBe(500);
    expect(json.body).toEqual({ error: { code: 'internal_error', message: expect.any(String) } });
    expect((await call(yes, {}, context)).location).toBe('/en/feedback?unavailable=1');
  });
});

describe('with the real store (PGlite in memory)', () => {
  let db: Database;
  beforeAll(async () => {
    db = await openDatabase({ dataDir: 'memory' });
  });
  afterAll(async () => {
    await db?.close();
  });

  it('keeps one vote per browser, article and day: the No with its reason replaces the No', async () => {
    const { context } = contextWith({ record: (vote: Vote, browser, now) => recordVote(db, vote, browser, now) });
    const first = await call(no, {}, context);
    const cookie = first.cookie!.split(';')[0]!;
    await call({ ...no, reason: 'outdated', comment: 'Fees changed in October.' }, { headers: { cookie } }, context);
    await call(yes, {}, context); // another browser
    const rows = await db.query<{ helpful: boolean; reason: string | null; comment: string | null; browser: string }>(
      'SELECT helpful, reason, comment, browser FROM article_votes ORDER BY voted_at, browser',
    );
    expect(rows.map(({ helpful, reason, comment }) => ({ helpful, reason, comment }))).toEqual(
      expect.arrayContaining([
        { helpful: false, reason: 'outdated', comment: 'Fees changed in October.' },
        { helpful: true, reason: null, comment: null },
      ]),
    );
    expect(rows).toHaveLength(2);
    expect(rows.every((row) => /^[0-9a-f]{64}$/.test(row.browser))).toBe(true);
  });
});

describe('the thank-you page’s query', () => {
  it.each<[ThanksQuery, ReturnType<typeof readThanksQuery>['state']]>([
    [{ article: 'reset-password', vote: 'yes' }, { kind: 'thanks', vote: 'yes', reasonGiven: false }],
    [{ article: 'reset-password', vote: 'no' }, { kind: 'thanks', vote: 'no', reasonGiven: false }],
    [{ article: 'reset-password', vote: 'no', reason: 'given' }, { kind: 'thanks', vote: 'no', reasonGiven: true }],
    [{ article: 'reset-password', vote: 'no', refused: 'private-key' }, { kind: 'refused', secret: 'private-key', vote: 'no' }],
    [{ article: 'reset-password', vote: 'yes', unavailable: '1' }, { kind: 'unavailable' }],
    [{ invalid: '1' }, { kind: 'invalid' }],
  ])('reads back what feedbackPath wrote: %j', (query, state) => {
    const path = feedbackPath('en', query);
    const read = readThanksQuery(Object.fromEntries(new URL(path, 'http://x').searchParams));
    expect(read).toEqual({ article: query.article ?? null, state });
  });

  it('reads anything else as plain thanks, without an article it cannot name', () => {
    expect(readThanksQuery({ article: '<script>', vote: 'perhaps', refused: 'everything', reason: ['given', 'x'] })).toEqual({
      article: null,
      state: { kind: 'thanks', vote: null, reasonGiven: true },
    });
    expect(readThanksQuery({})).toEqual({ article: null, state: { kind: 'thanks', vote: null, reasonGiven: false } });
  });
});
