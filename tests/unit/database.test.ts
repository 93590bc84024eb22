import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Database } from '../../lib/db/database';
import { migrate, readMigrations } from '../../lib/db/migrate';
import { MIGRATIONS_DIR, openDatabase } from '../../lib/db/open';
import { DatabaseInUseError, claimDataDir } from '../../lib/db/owner-lock';
import { openPglite } from '../../lib/db/pglite';
import { browserKey, cookieExpiry, isBrowserToken, newBrowserToken, voteDay } from '../../lib/feedback/browser';
import { articleVotes, recentComments, recordVote } from '../../lib/feedback/store';
import { recordOpen, recordSearch, rollUpSearches, searchReport } from '../../lib/insights/store';
import { voteSchema } from '../../lib/feedback/vote';

// Several tests start a PGlite of their own: its WebAssembly start takes 1-6 s on two busy cores
// (CI failed once at vitest's 5 s default while a build ran beside it).
vi.setConfig({ testTimeout: 30_000 });

/**
 * The data layer on embedded PGlite in memory. The same file runs against a PostgreSQL server when
 * TEST_DATABASE_URL is set (see below), so both databases pass the same checks.
 */
const targets: [string, () => Promise<Database>][] = [['PGlite', () => openDatabase({ dataDir: 'memory' })]];
const serverUrl = process.env.TEST_DATABASE_URL;
if (serverUrl) targets.push(['PostgreSQL', () => openFreshPostgres(serverUrl)]);
else if (process.env.CI) throw new Error('CI must run the database tests on PostgreSQL too: npm test sets TEST_DATABASE_URL');

/** A database of its own on the test server, dropped when the suite closes it. */
async function openFreshPostgres(url: string): Promise<Database> {
  const name = `help_test_${process.pid}_${Date.now()}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const own = new URL(url);
  own.pathname = `/${name}`;
  const db = await openDatabase({ databaseUrl: own.toString() });
  return {
    ...db,
    close: async () => {
      await db.close();
      const cleanup = new pg.Client({ connectionString: url });
      await cleanup.connect();
      await cleanup.query(`DROP DATABASE ${name}`);
      await cleanup.end();
    },
  };
}

for (const [name, open] of targets) {
  describe(`article votes on ${name}`, () => {
    let db: Database;
    const vote = (fields: Record<string, string>) => voteSchema.parse({ locale: 'en', slug: 'reset-password', ...fields });
    const key = (token: string) => browserKey(token);

    beforeAll(async () => {
      db = await open();
    });
    afterAll(async () => {
      await db.close();
    });

    it('applies every migration once; a second run applies nothing and keeps the data', async () => {
      const migrations = await readMigrations(MIGRATIONS_DIR);
      expect(migrations.length).toBeGreaterThan(0);
      await recordVote(db, vote({ helpful: 'yes' }), await key('migrations-test'), new Date('2026-11-01T10:00:00Z'));
      expect(await migrate(db, migrations)).toEqual([]);
      const [row] = await db.query<{ count: number }>('SELECT count(*)::int AS count FROM article_votes');
      expect(row!.count).toBeGreaterThan(0);
      const applied = await db.query<{ name: string }>('SELECT name FROM schema_migrations ORDER BY name');
      expect(applied.map((migration) => migration.name)).toEqual(migrations.map((migration) => migration.name));
    });

    it('a later vote from the same browser on the same day replaces the earlier one', async () => {
      const browser = await key('same-browser');
      const morning = new Date('2026-11-02T08:00:00Z');
      await recordVote(db, vote({ helpful: 'no' }), browser, morning);
      await recordVote(db, vote({ helpful: 'no', reason: 'unclear', comment: 'Step 3 names a button I cannot find.' }), browser, new Date('2026-11-02T08:01:00Z'));
      await recordVote(db, vote({ slug: 'locked-account', helpful: 'yes' }), browser, morning);
      const rows = await db.query<{ slug: string; helpful: boolean; reason: string | null; comment: string | null }>(
        'SELECT slug, helpful, reason, comment FROM article_votes WHERE browser = $1 ORDER BY slug',
        [browser],
      );
      expect(rows).toEqual([
        { slug: 'locked-account', helpful: true, reason: null, comment: null },
        { slug: 'reset-password', helpful: false, reason: 'unclear', comment: 'Step 3 names a button I cannot find.' },
      ]);
    });

    it('a vote after midnight UTC is a new day: both count', async () => {
      const browser = await key('night-owl');
      await recordVote(db, vote({ slug: 'log-in', helpful: 'yes' }), browser, new Date('2026-11-03T23:59:59Z'));
      await recordVote(db, vote({ slug: 'log-in', helpful: 'no' }), browser, new Date('2026-11-04T00:00:00Z'));
      const rows = await db.query<{ day: string }>("SELECT to_char(day, 'YYYY-MM-DD') AS day FROM article_votes WHERE browser = $1 ORDER BY day", [browser]);
      expect(rows.map((row) => row.day)).toEqual(['2026-11-03', '2026-11-04']);
    });

    it('different browsers are different votes, and the report puts the least helpful first with its reasons', async () => {
      const since = new Date('2026-11-10T00:00:00Z');
      const at = new Date('2026-11-10T12:00:00Z');
      for (const [token, fields] of [
        ['a', { slug: 'withdraw-crypto', helpful: 'no', reason: 'outdated' }],
        ['b', { slug: 'withdraw-crypto', helpful: 'no', reason: 'outdated', comment: 'The fee table is old.' }],
        ['c', { slug: 'withdraw-crypto', helpful: 'yes' }],
        ['a', { slug: 'deposit-crypto', helpful: 'yes' }],
        ['b', { slug: 'deposit-crypto', helpful: 'no', reason: 'not-solved' }],
        ['c', { slug: 'deposit-crypto', helpful: 'yes' }],
      ] as const) {
        await recordVote(db, vote(fields), await key(`report-${token}`), at);
      }
      const report = await articleVotes(db, { since, locale: 'en' });
      expect(report.slice(0, 2)).toEqual([
        { locale: 'en', slug: 'withdraw-crypto', helpful: 1, notHelpful: 2, reasons: { outdated: 2 }, comments: 1 },
        { locale: 'en', slug: 'deposit-crypto', helpful: 2, notHelpful: 1, reasons: { 'not-solved': 1 }, comments: 0 },
      ]);
      expect(await articleVotes(db, { since, locale: 'zh' })).toEqual([]);
    });

    it('keeps a comment redacted, and lists the latest comments newest first for the writers', async () => {
      const since = new Date('2026-11-12T00:00:00Z');
      await recordVote(db, vote({ slug: 'fees', helpful: 'no', reason: 'unclear', comment: 'Mail me at li.wei@example.com or +86 138 0013 8000, UID 12345678' }), await key('comments-a'), new Date('2026-11-12T09:00:00Z'));
      await recordVote(db, vote({ slug: 'fees', helpful: 'no', reason: 'outdated', comment: 'The fee table is from last year.' }), await key('comments-b'), new Date('2026-11-12T10:00:00Z'));
      await recordVote(db, vote({ slug: 'fees', helpful: 'no', comment: '<script>alert(1)</script> still wrong' }), await key('comments-c'), new Date('2026-11-12T11:00:00Z'));
      // Nothing but an address: nothing a writer can use is left, so no comment is kept.
      await recordVote(db, vote({ slug: 'fees', helpful: 'no', reason: 'other', comment: 'li.wei@example.com' }), await key('comments-d'), new Date('2026-11-12T12:00:00Z'));
      const comments = await recentComments(db, { since, locale: 'en', limit: 10 });
      expect(comments).toEqual([
        { locale: 'en', slug: 'fees', reason: null, comment: '<script>alert(1)</script> still wrong', day: '2026-11-12' },
        { locale: 'en', slug: 'fees', reason: 'outdated', comment: 'The fee table is from last year.', day: '2026-11-12' },
        { locale: 'en', slug: 'fees', reason: 'unclear', comment: 'Mail me at [email] or [phone], UID [uid]', day: '2026-11-12' },
      ]);
      expect(await recentComments(db, { since, locale: 'en', limit: 1 })).toHaveLength(1);
      expect(await recentComments(db, { since: new Date('2026-11-13T00:00:00Z'), limit: 10 })).toEqual([]);
    });

    it('the table refuses what the app never writes: a raw cookie value, a reason on a Yes, an overlong comment', async () => {
      const insert = (browser: string, helpful: boolean, reason: string | null, comment: string | null) =>
        db.query('INSERT INTO article_votes (browser, day, locale, slug, helpful, reason, comment) VALUES ($1, $2, $3, $4, $5, $6, $7)', [
          browser,
          '2026-11-20',
          'en',
          'x',
          helpful,
          reason,
          comment,
        ]);
      await expect(insert(newBrowserToken(), true, null, null)).rejects.toThrow();
      await expect(insert(await key('yes-with-reason'), true, 'unclear', null)).rejects.toThrow();
      await expect(insert(await key('long'), false, 'other', 'x'.repeat(1001))).rejects.toThrow();
      await expect(insert(await key('bad-reason'), false, 'because', null)).rejects.toThrow();
    });

    it('a failed migration leaves nothing behind', async () => {
      await expect(migrate(db, [{ name: '999_broken.sql', sql: 'CREATE TABLE half_done (id int); SELECT no_such_function();' }])).rejects.toThrow();
      const [table] = await db.query("SELECT 1 FROM information_schema.tables WHERE table_name = 'half_done'");
      const [record] = await db.query("SELECT 1 FROM schema_migrations WHERE name = '999_broken.sql'");
      expect([table, record]).toEqual([undefined, undefined]);
    });
  });
}

for (const [name, open] of targets) {
  describe(`search insights on ${name}`, () => {
    let db: Database;
    let next = 0;
    const id = () => `00000000-0000-4000-8000-${String(++next).padStart(12, '0')}`;
    const search = (query: string, results: number, at: string, locale = 'en') => {
      const event = { id: id(), locale, query, results, source: 'instant' as const };
      return recordSearch(db, event, new Date(at)).then(() => event.id);
    };

    beforeAll(async () => {
      db = await open();
    });
    afterAll(async () => {
      await db.close();
    });

    it('counts each search once, keeps the first result opened, and reports top, zero-result and never-opened searches', async () => {
      const at = '2026-11-20T10:00:00Z';
      const opened = await search('reset password', 12, at);
      await recordOpen(db, opened, 2);
      await recordOpen(db, opened, 5);
      await search('reset password', 12, at);
      await search('reset password', 12, at);
      await search('staking apy', 0, at);
      await search('staking apy', 0, at);
      await search('memo tag', 4, at);
      await search('充值没到账', 3, at, 'zh');
      // The same beacon twice is one search.
      const repeated = { id: id(), locale: 'en', query: 'fees', results: 7, source: 'page' as const };
      await recordSearch(db, repeated, new Date(at));
      await recordSearch(db, repeated, new Date(at));

      const [first] = await db.query<{ opened_position: number }>('SELECT opened_position FROM search_events WHERE id = $1', [opened]);
      expect(first!.opened_position).toBe(2);
      const report = await searchReport(db, { since: new Date('2026-11-01T00:00:00Z'), locale: 'en' });
      expect(report.top).toEqual([
        { locale: 'en', query: 'reset password', count: 3 },
        { locale: 'en', query: 'staking apy', count: 2 },
        { locale: 'en', query: 'fees', count: 1 },
        { locale: 'en', query: 'memo tag', count: 1 },
      ]);
      expect(report.zeroResults).toEqual([{ locale: 'en', query: 'staking apy', count: 2 }]);
      expect(report.noClick).toEqual([
        { locale: 'en', query: 'fees', count: 1 },
        { locale: 'en', query: 'memo tag', count: 1 },
      ]);
      expect(report.daily).toEqual([{ day: '2026-11-20', searches: 7, zeroResultRate: 2 / 7 }]);
    });

    it('rolls old events up into daily counts and deletes them, and the report reads both the same', async () => {
      const since = new Date('2026-10-01T00:00:00Z');
      const before = await searchReport(db, { since });
      const folded = await rollUpSearches(db, { keepDays: 3, now: new Date('2026-11-24T00:00:00Z') });
      expect(folded).toBe(8);
      const [left] = await db.query<{ n: number }>("SELECT count(*)::int AS n FROM search_events WHERE day < '2026-11-21'");
      expect(left!.n).toBe(0);
      expect(await searchReport(db, { since })).toEqual(before);
      // Rolling up again folds nothing and counts nothing twice.
      expect(await rollUpSearches(db, { keepDays: 3, now: new Date('2026-11-24T00:00:00Z') })).toBe(0);
      expect(await searchReport(db, { since })).toEqual(before);
    });

    it('the table refuses an unredacted-length query, a negative count and an unknown source', async () => {
      const insert = (query: string, results: number, source: string) =>
        db.query('INSERT INTO search_events (id, day, locale, query, results, source) VALUES ($1, $2, $3, $4, $5, $6)', [id(), '2026-11-20', 'en', query, results, source]);
      await expect(insert('x'.repeat(201), 1, 'page')).rejects.toThrow();
      await expect(insert('', 1, 'page')).rejects.toThrow();
      await expect(insert('fees', -1, 'page')).rejects.toThrow();
      await expect(insert('fees', 1, 'crawler')).rejects.toThrow();
    });
  });
}

describe('the vote cookie', () => {
  it('is 128 random bits, and only such a value is taken back', () => {
    const tokens = new Set(Array.from({ length: 200 }, newBrowserToken));
    expect(tokens.size).toBe(200);
    for (const token of tokens) expect(isBrowserToken(token)).toBe(true);
    for (const forged of [undefined, '', 'abc', 'a'.repeat(23), 'a'.repeat(21) + '!', '../../etc/passwd']) expect(isBrowserToken(forged)).toBe(false);
  });

  it('expires at the next midnight UTC, never more than 24 hours away', () => {
    expect(cookieExpiry(new Date('2026-11-30T23:59:59Z')).toISOString()).toBe('2026-12-01T00:00:00.000Z');
    expect(cookieExpiry(new Date('2026-11-30T00:00:00Z')).toISOString()).toBe('2026-12-01T00:00:00.000Z');
    expect(cookieExpiry(new Date('2026-12-31T12:00:00Z')).toISOString()).toBe('2027-01-01T00:00:00.000Z');
    expect(voteDay(new Date('2026-11-30T23:59:59Z'))).toBe('2026-11-30');
  });

  it('is stored only as its SHA-256', async () => {
    const token = newBrowserToken();
    const stored = await browserKey(token);
    expect(stored).toMatch(/^[0-9a-f]{64}$/);
    expect(stored).not.toContain(token);
    expect(await browserKey(token)).toBe(stored);
  });
});

describe('the embedded database has one owner', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'help-db-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('refuses a second owner while the first is alive, and takes over from one that died', () => {
    const dataDir = path.join(dir, 'pglite');
    writeFileSync(`${dataDir}.owner.pid`, String(process.ppid));
    expect(() => claimDataDir(dataDir)).toThrow(DatabaseInUseError);
    expect(() => claimDataDir(dataDir)).toThrow(/in use by process \d+/);
    // A pid no process has (beyond the kernel's limit) is a leftover.
    writeFileSync(`${dataDir}.owner.pid`, '4194305');
    const release = claimDataDir(dataDir);
    expect(() => claimDataDir(path.join(dir, 'pglite'))).not.toThrow(); // this process already owns it
    release();
  });

  it('opens a folder, keeps what was written, and opens it again after closing', async () => {
    const dataDir = path.join(dir, 'kept');
    const first = await openDatabase({ dataDir });
    await recordVote(first, voteSchema.parse({ locale: 'zh', slug: 'reset-password', helpful: 'yes' }), await browserKey('kept'), new Date('2026-11-05T00:00:00Z'));
    await first.close();
    const second = await openDatabase({ dataDir });
    const [row] = await second.query<{ count: number }>('SELECT count(*)::int AS count FROM article_votes');
    await second.close();
    expect(row!.count).toBe(1);
  }, 30_000);
});

// A plain PGlite in memory answers the Database interface by itself too (no migrations).
it('PGlite transactions roll back on error', async () => {
  const db = await openPglite();
  await db.exec('CREATE TABLE t (n int)');
  await expect(
    db.transaction(async (tx) => {
      await tx.query('INSERT INTO t VALUES (1)');
      throw new Error('stop');
    }),
  ).rejects.toThrow('stop');
  expect(await db.query('SELECT * FROM t')).toEqual([]);
  await db.close();
});
