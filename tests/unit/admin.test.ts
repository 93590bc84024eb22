import { describe, expect, it, vi } from 'vitest';
import { ADMIN_COOKIE, adminAccess, adminToken, sessionIsValid, sessionValue, tokensMatch } from '../../lib/admin/access';
import { sessionApi } from '../../lib/admin/session-api';
import { createRateLimiter } from '../../lib/support/rate-limit';
import { chartGeometry, everyDay, niceCeiling } from '../../lib/insights/chart';
import { insightsApi, readInsightsQuery } from '../../lib/insights/insights-api';
import type { InsightsReport } from '../../lib/insights/report';

const TOKEN = 'correct-horse-battery-staple-42';
const NOW = new Date('2026-11-30T12:00:00Z');

describe('ADMIN_TOKEN', () => {
  it('is off when unset or blank, and off with a warning when too short to be safe', () => {
    const warn = vi.fn();
    expect(adminToken({}, warn)).toBeNull();
    expect(adminToken({ ADMIN_TOKEN: '   ' }, warn)).toBeNull();
    expect(warn).not.toHaveBeenCalled();
    expect(adminToken({ ADMIN_TOKEN: 'short' }, warn)).toBeNull();
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('16 characters'));
    expect(adminToken({ ADMIN_TOKEN: ` ${TOKEN} ` }, warn)).toBe(TOKEN);
  });

  it('matches only the exact token, whatever the lengths', () => {
    expect(tokensMatch(TOKEN, TOKEN)).toBe(true);
    for (const wrong of ['', TOKEN.slice(0, -1), `${TOKEN}x`, TOKEN.toUpperCase(), `${TOKEN.slice(0, -1)}3`]) expect(tokensMatch(wrong, TOKEN)).toBe(false);
  });
});

describe('admin session cookie', () => {
  const value = sessionValue(TOKEN, NOW);

  it('is valid for eight hours, then not', () => {
    expect(sessionIsValid(value, TOKEN, NOW)).toBe(true);
    expect(sessionIsValid(value, TOKEN, new Date(NOW.getTime() + 8 * 3_600_000 - 1000))).toBe(true);
    expect(sessionIsValid(value, TOKEN, new Date(NOW.getTime() + 8 * 3_600_000))).toBe(false);
  });

  it('cannot be extended, forged or carried over to a new token', () => {
    const [expires, signature] = value.split('.') as [string, string];
    expect(sessionIsValid(`${Number(expires) + 86_400_000}.${signature}`, TOKEN, NOW)).toBe(false);
    expect(sessionIsValid(`${expires}.${signature.slice(0, -1)}${signature.endsWith('A') ? 'B' : 'A'}`, TOKEN, NOW)).toBe(false);
    expect(sessionIsValid(value, `${TOKEN}-rotated`, NOW)).toBe(false);
    for (const garbage of [undefined, '', 'granted', TOKEN, `${expires}.`, `${expires}.${signature}.x`]) expect(sessionIsValid(garbage, TOKEN, NOW)).toBe(false);
  });

  it('holds nothing of the token itself', () => {
    expect(value).not.toContain(TOKEN);
  });
});

describe('adminAccess', () => {
  const headers = (entries: Record<string, string>) => new Headers(entries);

  it('is disabled without a token, whatever the request carries', () => {
    expect(adminAccess(headers({ authorization: `Bearer ${TOKEN}` }), null, NOW)).toBe('disabled');
  });

  it('grants the bearer token or a valid session cookie, and denies the rest', () => {
    expect(adminAccess(headers({ authorization: `Bearer ${TOKEN}` }), TOKEN, NOW)).toBe('granted');
    expect(adminAccess(headers({ cookie: `theme=dark; ${ADMIN_COOKIE}=${sessionValue(TOKEN, NOW)}` }), TOKEN, NOW)).toBe('granted');
    expect(adminAccess(headers({}), TOKEN, NOW)).toBe('denied');
    expect(adminAccess(headers({ authorization: 'Bearer nope' }), TOKEN, NOW)).toBe('denied');
    expect(adminAccess(headers({ authorization: `Basic ${btoa(`admin:${TOKEN}`)}` }), TOKEN, NOW)).toBe('denied');
    // A wrong bearer is not rescued by a cookie: the request said who it is.
    expect(adminAccess(headers({ authorization: 'Bearer nope', cookie: `${ADMIN_COOKIE}=${sessionValue(TOKEN, NOW)}` }), TOKEN, NOW)).toBe('denied');
    expect(adminAccess(headers({ cookie: `${ADMIN_COOKIE}=${TOKEN}` }), TOKEN, NOW)).toBe('denied');
  });
});

describe('POST /admin/session', () => {
  const post = (body: string, { token = TOKEN as string | null, headers = {} as Record<string, string>, limiter = createRateLimiter({ limit: 3, windowMs: 60_000, maxClients: 10 }), url = 'http://help.test/admin/session' } = {}) =>
    sessionApi(new Request(url, { method: 'POST', body, headers: { 'content-type': 'application/x-www-form-urlencoded', ...headers } }), {
      token,
      rateLimit: (client) => limiter.take(client),
      client: 'test',
      now: () => NOW,
    });

  it('signs in with the right token: a 303 to the insights and a strict, script-proof cookie for /admin only', async () => {
    const response = await post(new URLSearchParams({ token: TOKEN }).toString());
    expect(response.status).toBe(303);
    expect(response.headers.get('location')).toBe('/admin/insights');
    const cookie = response.headers.get('set-cookie')!;
    expect(cookie).toMatch(new RegExp(`^${ADMIN_COOKIE}=\\d{13}\\.[\\w-]{43}; Path=/admin; Expires=.+; HttpOnly; SameSite=Strict$`));
    expect(cookie).not.toContain(TOKEN);
    expect((await post(`token=${encodeURIComponent(TOKEN)}`, { url: 'https://help.test/admin/session' })).headers.get('set-cookie')).toMatch(/; Secure$/);
  });

  it('sends a wrong token back to the form, and stops counting attempts after the limit', async () => {
    const limiter = createRateLimiter({ limit: 3, windowMs: 60_000, maxClients: 10 });
    for (let attempt = 0; attempt < 3; attempt += 1) {
      const response = await post('token=guess', { limiter });
      expect(response.headers.get('location')).toBe('/admin/sign-in?state=failed');
      expect(response.headers.get('set-cookie')).toBeNull();
    }
    const limited = await post(`token=${TOKEN}`, { limiter });
    expect(limited.headers.get('location')).toBe('/admin/sign-in?state=rate-limited');
    expect(limited.headers.get('set-cookie')).toBeNull();
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
  });

  it('signs out by expiring the cookie', async () => {
    const response = await post('intent=sign-out');
    expect(response.headers.get('location')).toBe('/admin/sign-in?state=signed-out');
    expect(response.headers.get('set-cookie')).toMatch(new RegExp(`^${ADMIN_COOKIE}=; Path=/admin; Expires=Thu, 01 Jan 1970`));
  });

  it('is a 404 while ADMIN_TOKEN is unset, refuses other sites and oversized bodies', async () => {
    expect((await post(`token=${TOKEN}`, { token: null })).status).toBe(404);
    expect((await post(`token=${TOKEN}`, { headers: { 'sec-fetch-site': 'cross-site' } })).status).toBe(403);
    const huge = await post(`token=${'x'.repeat(2000)}`);
    expect(huge.status).toBe(413);
    expect(await huge.json()).toMatchObject({ error: { code: 'too_large' } });
  });
});

describe('GET /admin/insights.json', () => {
  const report: InsightsReport = { since: '2026-10-31', locale: null, articles: [], comments: [], searches: { top: [], zeroResults: [], noClick: [], daily: [] } };
  const ask = (query: string, access: 'granted' | 'denied' | 'disabled' = 'granted', build = vi.fn(async () => report)) =>
    insightsApi(new URLSearchParams(query), { access, locales: ['en', 'zh'], now: NOW, report: build });

  it('answers the report to the token holder, with the filters read from the URL', async () => {
    const build = vi.fn(async () => report);
    expect(await ask('since=7d&locale=zh&limit=5', 'granted', build)).toEqual({ status: 200, body: report });
    expect(build).toHaveBeenCalledWith({ since: new Date('2026-11-23T12:00:00Z'), locale: 'zh', limit: 5 });
  });

  it('is a 404 to anyone else and while the admin pages are off', async () => {
    for (const access of ['denied', 'disabled'] as const) expect(await ask('', access)).toMatchObject({ status: 404, body: { error: { code: 'not_found' } } });
  });

  it('names the filter it cannot read', async () => {
    expect(await ask('since=yesterday')).toMatchObject({ status: 400, body: { error: { code: 'invalid_since' } } });
    expect(await ask('locale=fr')).toMatchObject({ status: 400, body: { error: { code: 'invalid_locale' } } });
    for (const limit of ['0', '201', '2.5', '-1', '1e2']) expect(await ask(`limit=${limit}`)).toMatchObject({ status: 400, body: { error: { code: 'invalid_limit' } } });
  });

  it('is a 503, not a stack trace, when the database cannot answer', async () => {
    const failing = vi.fn(async (): Promise<InsightsReport> => {
      throw new Error('connection refused at 10.0.0.5');
    });
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    const answer = await ask('', 'granted', failing);
    expect(answer).toMatchObject({ status: 503, body: { error: { code: 'insights_unavailable' } } });
    expect(JSON.stringify(answer)).not.toContain('10.0.0.5');
    error.mockRestore();
  });

  it('reads empty filters as the defaults', () => {
    expect(readInsightsQuery(new URLSearchParams('since=&locale=&limit='), ['en'], NOW)).toEqual({ ok: true, query: { since: new Date('2026-10-31T12:00:00Z'), limit: 20 } });
  });
});

describe('the insights chart', () => {
  it('has a bar for every day of the period, zero where nobody searched', () => {
    const days = everyDay([{ day: '2026-11-28', searches: 4, zeroResultRate: 0.25 }], '2026-11-27', '2026-11-30');
    expect(days.map((day) => `${day.day}:${day.searches}`)).toEqual(['2026-11-27:0', '2026-11-28:4', '2026-11-29:0', '2026-11-30:0']);
  });

  it('scales bars to a round maximum and draws the zero-result rate only over days with searches', () => {
    const chart = chartGeometry(
      [
        { day: '2026-11-28', searches: 30, zeroResultRate: 0.5 },
        { day: '2026-11-29', searches: 0, zeroResultRate: 0 },
        { day: '2026-11-30', searches: 40, zeroResultRate: 0 },
      ],
      { width: 300, height: 100 },
    );
    expect(chart.maxSearches).toBe(40);
    expect(chart.bars.map((bar) => bar.height)).toEqual([75, 0, 100]);
    expect(chart.bars.every((bar) => bar.y + bar.height === 100)).toBe(true);
    expect(chart.zeroRateLine).toBe('50,50 250,100');
    expect(chart.gridLines.map((line) => line.searches)).toEqual([10, 20, 30, 40]);
    expect(chart.gridLines.map((line) => line.y)).toEqual([75, 50, 25, 0]);
  });

  it('draws grid lines at whole numbers of searches only', () => {
    for (const busiest of [1, 3, 7, 9, 11, 41, 99, 101, 4500]) {
      const { gridLines, maxSearches } = chartGeometry([{ day: '2026-11-30', searches: busiest, zeroResultRate: 0 }], { width: 10, height: 10 });
      expect(gridLines.at(-1)!.searches).toBe(maxSearches);
      expect(gridLines.every((line) => Number.isInteger(line.searches))).toBe(true);
      expect(gridLines.length).toBeLessThanOrEqual(5);
    }
  });

  it('rounds the scale up to 1, 2, 4, 5 or 10 times a power of ten', () => {
    expect([1, 3, 7, 11, 41, 99, 101, 4500].map(niceCeiling)).toEqual([1, 4, 10, 20, 50, 100, 200, 5000]);
  });
});
