import type { Metadata } from 'next';
import { headers } from 'next/headers';
import { notFound } from 'next/navigation';
import { AdminShell } from '@/components/admin/admin-shell';
import { adminLocale } from '@/components/admin/admin-locale';
import { InsightsChart } from '@/components/admin/insights-chart';
import { ArticleVotesTable, CommentsList, DailyTable, QueryTable } from '@/components/admin/insights-tables';
import { InsightsFilters } from '@/components/admin/insights-filters';
import { Notice } from '@/components/notice';
import { adminAccess } from '@/lib/admin/access';
import { configuredAdminToken } from '@/lib/admin/server';
import { getCatalog } from '@/lib/content/source';
import { everyDay } from '@/lib/insights/chart';
import { defaultInsightsQuery, readInsightsQuery } from '@/lib/insights/insights-api';
import type { InsightsReport } from '@/lib/insights/report';
import { readReport } from '@/lib/insights/server';
import { getMessages, interpolate } from '@/lib/i18n/messages';

export async function generateMetadata(): Promise<Metadata> {
  return { title: getMessages(await adminLocale()).admin.metaTitle };
}

/**
 * The writers' report in a browser (the same as `npm run report`), with a chart of searches and the
 * zero-result rate per day. A 404 unless ADMIN_TOKEN is set and the request holds it.
 */
export default async function InsightsPage({ searchParams }: PageProps<'/admin/insights'>) {
  const now = new Date();
  if (adminAccess(await headers(), configuredAdminToken(), now) !== 'granted') notFound();
  const locale = await adminLocale();
  const t = getMessages(locale).admin;
  const { locales } = getCatalog();
  const params = new URLSearchParams(Object.entries(await searchParams).flatMap(([key, value]) => (typeof value === 'string' ? [[key, value]] : [])));
  const reading = readInsightsQuery(params, locales, now);
  const query = reading.ok ? reading.query : defaultInsightsQuery(now);
  let report: InsightsReport | null = null;
  try {
    report = await readReport(query);
  } catch {
    report = null;
  }
  const today = now.toISOString().slice(0, 10);
  const days = report ? everyDay(report.searches.daily, report.since, today) : [];
  return (
    <AdminShell locale={locale} signedIn>
      <h1 className="text-3xl font-semibold tracking-tight text-slate-900 dark:text-white">{t.title}</h1>
      <p className="mt-3 max-w-3xl text-slate-600 dark:text-slate-300">{t.intro}</p>
      <InsightsFilters locale={locale} locales={locales} params={params} error={reading.ok ? null : reading} />
      {report ? (
        <>
          <p className="mt-6 text-sm text-slate-600 dark:text-slate-300">
            {interpolate(t.period, { since: report.since, locale: report.locale ?? t.allLocales })}
          </p>
          <section aria-labelledby="insightsChartHeading" className="mt-6">
            <h2 id="insightsChartHeading" className="text-xl font-semibold text-slate-900 dark:text-white">
              {t.chartTitle}
            </h2>
            <InsightsChart locale={locale} days={days} />
            <DailyTable locale={locale} days={days} />
          </section>
          <ArticleVotesTable locale={locale} articles={report.articles} />
          <CommentsList locale={locale} comments={report.comments} />
          <QueryTable locale={locale} id="topSearches" title={t.topSearches} rows={report.searches.top} />
          <QueryTable locale={locale} id="zeroResults" title={t.zeroResults} rows={report.searches.zeroResults} />
          <QueryTable locale={locale} id="noClick" title={t.noClick} rows={report.searches.noClick} />
        </>
      ) : (
        <Notice className="mt-6">{t.unavailable}</Notice>
      )}
    </AdminShell>
  );
}
