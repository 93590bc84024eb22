import { describe, expect, it, vi } from 'vitest';
import { searchEventsApi } from '../../lib/insights/events-api';
import { formatReport, parseSince } from '../../lib/insights/report';

const ID = '6f1c2a3b-4d5e-4f60-8a7b-9c0d1e2f3a4b';

function setup({ limited = false, failing = false } = {}) {
  const recordSearch = vi.fn(async () => {
    if (failing) throw new Error('database down');
  });
  const recordOpen = vi.fn(async () => {});
  const context = { locales: ['en', 'zh'], rateLimit: () => (limited ? { ok: false as const, retryAfterSeconds: 30 } : { ok: true as const }), recordSearch, recordOpen };
  const send = (body: unknown, headers: Record<string, string> = {}) =>
    searchEventsApi({ body: typeof body === 'string' || body === null ? body : JSON.stringify(body), headers: new Headers(headers), client: 'test' }, context);
  return { send, recordSearch, recordOpen };
}

const search = (query: string, extra: Record<string, unknown> = {}) => ({ type: 'search', id: ID, locale: 'en', query, results: 3, source: 'instant', ...extra });

describe('POST /api/search-events', () => {
  it('records a search with its query redacted, and an open by position', async () => {
    const { send, recordSearch, recordOpen } = setup();
    expect((await send(search('withdrawal to 0x52908400098527886E0F7030069857D2E4169EE7 not arrived'))).status).toBe(204);
    expect(recordSearch).toHaveBeenCalledWith({ id: ID, locale: 'en', query: 'withdrawal to [address] not arrived', results: 3, source: 'instant' });
    expect((await send({ type: 'open', id: ID, position: 2 })).status).toBe(204);
    expect(recordOpen).toHaveBeenCalledWith(ID, 2);
  });

  it('records nothing for a browser that sends DNT or Global Privacy Control, and says the same 204', async () => {
    for (const headers of [{ DNT: '1' }, { 'Sec-GPC': '1' }] as Record<string, string>[]) {
      const { send, recordSearch, recordOpen } = setup();
      expect((await send(search('reset password'), headers)).status).toBe(204);
      expect((await send({ type: 'open', id: ID, position: 1 }, headers)).status).toBe(204);
      expect(recordSearch).not.toHaveBeenCalled();
      expect(recordOpen).not.toHaveBeenCalled();
    }
    const { send, recordSearch } = setup();
    await send(search('reset password'), { DNT: '0' });
    expect(recordSearch).toHaveBeenCalledTimes(1);
  });

  it('drops a query holding a secret without a word, and never stores it', async () => {
    const { send, recordSearch } = setup();
    const phrase = 'legal winner thank year wave sausage worth useful legal winner thank yellow';
    expect((await send(search(`is this my seed ${phrase}`))).status).toBe(204);
    expect((await send(search('my password: Hunter22!'))).status).toBe(204);
    expect(recordSearch).not.toHaveBeenCalled();
  });

  it('answers bad input with a 4xx and a JSON error, never a throw', async () => {
    const { send, recordSearch } = setup();
    const cases: [unknown, number, string][] = [
      ['{"type":', 400, 'malformed_json'],
      [search('fees', { id: 'not-a-uuid' }), 400, 'invalid_event'],
      [search('fees', { locale: 'fr' }), 400, 'invalid_event'],
      [search('fees', { results: -1 }), 400, 'invalid_event'],
      [search('fees', { source: 'crawler' }), 400, 'invalid_event'],
      [search('fees', { extra: 1 }), 400, 'invalid_event'],
      [search(''), 400, 'invalid_event'],
      [{ type: 'open', id: ID, position: 0 }, 400, 'invalid_event'],
      [{ type: 'delete', id: ID }, 400, 'invalid_event'],
      [null, 413, 'too_large'],
    ];
    for (const [body, status, code] of cases) {
      const answer = await send(body);
      expect([answer.status, answer.body?.error.code]).toEqual([status, code]);
    }
    expect(recordSearch).not.toHaveBeenCalled();
  });

  it('is rate-limited per client, and a database that is down gives 503, not an exception', async () => {
    expect((await setup({ limited: true }).send(search('fees'))).status).toBe(429);
    expect((await setup({ failing: true }).send(search('fees'))).body?.error.code).toBe('insights_unavailable');
  });
});

describe('the writers’ report', () => {
  const now = new Date('2026-11-30T12:00:00Z');

  it('reads --since as days, hours or a date', () => {
    expect(parseSince('30d', now)?.toISOString()).toBe('2026-10-31T12:00:00.000Z');
    expect(parseSince('12h', now)?.toISOString()).toBe('2026-11-30T00:00:00.000Z');
    expect(parseSince('2026-11-01', now)?.toISOString()).toBe('2026-11-01T00:00:00.000Z');
    for (const bad of ['30', 'd30', '2026-13-01', 'yesterday', '']) expect(parseSince(bad, now)).toBeNull();
  });

  it('prints each locale’s tables, lining up Chinese text by its width on screen', () => {
    const text = formatReport({
      since: '2026-11-01',
      locale: null,
      articles: [{ locale: 'zh', slug: 'reset-password', helpful: 1, notHelpful: 3, reasons: { unclear: 2 }, comments: 1 }],
      comments: [{ locale: 'zh', slug: 'reset-password', reason: 'unclear', comment: '第三步的按钮找不到', day: '2026-11-02' }],
      searches: {
        top: [
          { locale: 'zh', query: '充值没到账', count: 5 },
          { locale: 'zh', query: 'fees', count: 2 },
        ],
        zeroResults: [],
        noClick: [],
        daily: [{ day: '2026-11-02', searches: 7, zeroResultRate: 0.25 }],
      },
    });
    expect(text).toContain('== zh ==');
    expect(text).toMatch(/reset-password\s+1\s+3\s+unclear 2\s+1/);
    expect(text).toMatch(/2026-11-02\s+reset-password\s+unclear\s+第三步的按钮找不到/);
    // 充值没到账 is 5 characters but 10 columns wide on screen, so "fees" is padded to 10 columns too.
    expect(text).toContain('  充值没到账  5\n');
    expect(text).toContain('  fees        2\n');
    expect(text).toContain('(none yet)');
    expect(text).toContain('25%');
  });
});
