/**
 * npm run report [-- --since 30d --locale zh --json]: what writers need to improve the help center,
 * from the site's database (DATABASE_URL, or the embedded one in HELP_DATA_DIR / .data/pglite), or
 * with --from URL from a running site's /admin/insights.json (ADMIN_TOKEN), which is how to read the
 * embedded database while the site owns it.
 */
import { parseArgs } from 'node:util';
import { openDatabase } from '../lib/db/open';
import { DatabaseInUseError } from '../lib/db/owner-lock';
import { type InsightsReport, buildReport, formatReport, parseSince } from '../lib/insights/report';

const { values } = parseArgs({
  options: {
    since: { type: 'string', default: '30d' },
    locale: { type: 'string' },
    json: { type: 'boolean', default: false },
    limit: { type: 'string', default: '20' },
    from: { type: 'string' },
  },
});
const since = parseSince(values.since, new Date());
const limit = Number(values.limit);
if (!since || !Number.isInteger(limit) || limit < 1) {
  console.error('usage: npm run report -- [--since 30d|12h|2026-11-01] [--locale en] [--limit 20] [--json] [--from http://localhost:3000]');
  process.exit(2);
}

try {
  const report = values.from ? await fromSite(values.from) : await fromDatabase();
  console.log(values.json ? JSON.stringify(report, null, 2) : formatReport(report));
} catch (error) {
  console.error(error instanceof DatabaseInUseError ? `${error.message}\nOr read it through the site: ADMIN_TOKEN=… npm run report -- --from http://localhost:3000` : `report failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}

async function fromDatabase(): Promise<InsightsReport> {
  const db = await openDatabase({ databaseUrl: process.env.DATABASE_URL || undefined, dataDir: process.env.HELP_DATA_DIR || undefined });
  try {
    return await buildReport(db, { since: since!, locale: values.locale, limit });
  } finally {
    await db.close();
  }
}

async function fromSite(base: string): Promise<InsightsReport> {
  const token = process.env.ADMIN_TOKEN;
  if (!token) throw new Error('--from needs ADMIN_TOKEN, the token the site was started with');
  const url = new URL('/admin/insights.json', base);
  url.search = new URLSearchParams({ since: values.since, limit: String(limit), ...(values.locale ? { locale: values.locale } : {}) }).toString();
  const response = await fetch(url, { headers: { Authorization: `Bearer ${token}`, Accept: 'application/json' }, signal: AbortSignal.timeout(30_000) });
  if (response.status === 404) throw new Error(`${url.origin} answered 404: is the site started with ADMIN_TOKEN, and is it the same token?`);
  const body = (await response.json().catch(() => null)) as (InsightsReport & { error?: { message: string } }) | null;
  if (!response.ok || !body) throw new Error(`${url.origin} answered ${response.status}${body?.error ? `: ${body.error.message}` : ''}`);
  return body;
}
