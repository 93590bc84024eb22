/**
 * npm run report [-- --since 30d --locale zh --json]: what writers need to improve the help center,
 * from the site's database (DATABASE_URL, or the embedded one in HELP_DATA_DIR / .data/pglite).
 */
import { parseArgs } from 'node:util';
import { openDatabase } from '../lib/db/open';
import { DatabaseInUseError } from '../lib/db/owner-lock';
import { buildReport, formatReport, parseSince } from '../lib/insights/report';

const { values } = parseArgs({
  options: { since: { type: 'string', default: '30d' }, locale: { type: 'string' }, json: { type: 'boolean', default: false }, limit: { type: 'string', default: '20' } },
});
const since = parseSince(values.since, new Date());
const limit = Number(values.limit);
if (!since || !Number.isInteger(limit) || limit < 1) {
  console.error('usage: npm run report -- [--since 30d|12h|2026-11-01] [--locale en] [--limit 20] [--json]');
  process.exit(2);
}
try {
  const db = await openDatabase({ databaseUrl: process.env.DATABASE_URL || undefined, dataDir: process.env.HELP_DATA_DIR || undefined });
  try {
    const report = await buildReport(db, { since, locale: values.locale, limit });
    console.log(values.json ? JSON.stringify(report, null, 2) : formatReport(report));
  } finally {
    await db.close();
  }
} catch (error) {
  console.error(error instanceof DatabaseInUseError ? error.message : `report failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
