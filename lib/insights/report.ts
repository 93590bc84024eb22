import type { Queryable } from '../db/database';
import { type ArticleComment, type ArticleVotes, articleVotes, recentComments } from '../feedback/store';
import { type SearchReport, searchReport } from './store';

export interface InsightsReport {
  since: string;
  locale: string | null;
  articles: ArticleVotes[];
  /** What readers wrote with a No, newest first (redacted when it was stored). */
  comments: ArticleComment[];
  searches: SearchReport;
}

/** Everything the writers' report shows, from either database. */
export async function buildReport(db: Queryable, { since, locale, limit = 20 }: { since: Date; locale?: string; limit?: number }): Promise<InsightsReport> {
  const articles = await articleVotes(db, { since, locale });
  const comments = await recentComments(db, { since, locale, limit });
  const searches = await searchReport(db, { since, locale, limit });
  return { since: since.toISOString().slice(0, 10), locale: locale ?? null, articles: articles.slice(0, limit), comments, searches };
}

/** `30d`, `12h` or a date (2026-11-01) as the start of the report; null when it is none of these. */
export function parseSince(value: string, now: Date): Date | null {
  const relative = /^(\d{1,4})([dh])$/.exec(value);
  if (relative) return new Date(now.getTime() - Number(relative[1]) * (relative[2] === 'd' ? 86_400_000 : 3_600_000));
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) {
    const date = new Date(`${value}T00:00:00Z`);
    return Number.isNaN(date.getTime()) ? null : date;
  }
  return null;
}

/** The report as text tables, for a terminal. */
export function formatReport(report: InsightsReport): string {
  const out: string[] = [`Help center insights since ${report.since}${report.locale ? ` (${report.locale})` : ''}`, ''];
  const locales = [...new Set([...report.articles.map((row) => row.locale), ...report.searches.top.map((row) => row.locale)])].sort();
  for (const locale of locales.length ? locales : [report.locale ?? 'all']) {
    out.push(`== ${locale} ==`, '');
    out.push('Least helpful articles');
    out.push(
      table(
        ['article', 'helpful', 'not helpful', 'reasons', 'comments'],
        report.articles
          .filter((row) => row.locale === locale)
          .map((row) => [row.slug, String(row.helpful), String(row.notHelpful), Object.entries(row.reasons).map(([reason, count]) => `${reason} ${count}`).join(', '), String(row.comments)]),
      ),
    );
    out.push('What readers wrote (newest first)');
    out.push(
      table(
        ['day', 'article', 'reason', 'comment'],
        report.comments.filter((row) => row.locale === locale).map((row) => [row.day, row.slug, row.reason ?? '', row.comment]),
      ),
    );
    for (const [title, rows] of [
      ['Top searches', report.searches.top],
      ['Searches that found nothing', report.searches.zeroResults],
      ['Searches whose results were never opened', report.searches.noClick],
    ] as const) {
      out.push(title, table(['query', 'count'], rows.filter((row) => row.locale === locale).map((row) => [row.query, String(row.count)])));
    }
  }
  if (report.searches.daily.length) {
    out.push('Searches per day (all locales shown above)');
    out.push(table(['day', 'searches', 'found nothing'], report.searches.daily.map((row) => [row.day, String(row.searches), `${Math.round(row.zeroResultRate * 100)}%`])));
  }
  return out.join('\n');
}

function table(headings: string[], rows: string[][]): string {
  if (rows.length === 0) return '  (none yet)\n';
  const width = (column: number) => Math.max(...[headings, ...rows].map((row) => displayWidth(row[column] ?? '')));
  const pad = (text: string, column: number) => text + ' '.repeat(width(column) - displayWidth(text));
  const line = (row: string[]) => `  ${row.map(pad).join('  ')}`.trimEnd();
  return [line(headings), line(headings.map((_, column) => '-'.repeat(width(column)))), ...rows.map(line), ''].join('\n');
}

/** Chinese characters take two columns in a terminal. */
function displayWidth(text: string): number {
  let width = 0;
  for (const character of text) width += /[\u1100-\u115F\u2E80-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6]/u.test(character) ? 2 : 1;
  return width;
}
