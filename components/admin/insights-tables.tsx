import { Link } from '@/components/site-link';
import type { ReactNode } from 'react';
import { getCatalog } from '@/lib/content/source';
import type { DayCount } from '@/lib/insights/chart';
import type { InsightsReport } from '@/lib/insights/report';
import type { QueryCount } from '@/lib/insights/store';
import { getMessages, interpolate } from '@/lib/i18n/messages';
import { articlePath } from '@/lib/routes';

const cell = 'border-b border-slate-200 px-3 py-2 align-top dark:border-slate-800';
const headCell = `${cell} text-left font-semibold text-slate-900 dark:text-white`;
const numberCell = `${cell} text-right tabular-nums`;

/** One titled table, or "Nothing yet." so an empty section still says what it would show. */
function Section({ id, title, intro, empty, children }: { id: string; title: string; intro?: string; empty: string | null; children: ReactNode }) {
  return (
    <section aria-labelledby={id} className="mt-10">
      <h2 id={id} className="text-xl font-semibold text-slate-900 dark:text-white">
        {title}
      </h2>
      {intro ? <p className="mt-1 text-slate-600 dark:text-slate-300">{intro}</p> : null}
      {empty ? <p className="mt-3 text-slate-600 dark:text-slate-300">{empty}</p> : <div className="mt-3 overflow-x-auto">{children}</div>}
    </section>
  );
}

/** A query in the language it was typed in, so a screen reader pronounces it right. */
function Query({ row }: { row: QueryCount }) {
  return <span lang={row.locale}>{row.query}</span>;
}

export function ArticleVotesTable({ locale, articles }: { locale: string; articles: InsightsReport['articles'] }) {
  const t = getMessages(locale).admin;
  const reasons = getMessages(locale).feedback.reasons as Record<string, string>;
  const catalog = getCatalog();
  const number = new Intl.NumberFormat(locale);
  const list = new Intl.ListFormat(locale, { style: 'narrow', type: 'conjunction' });
  return (
    <Section id="leastHelpful" title={t.leastHelpful} intro={t.leastHelpfulIntro} empty={articles.length ? null : t.none}>
      <table className="w-full border-collapse text-sm">
        <thead>
          <tr>
            <th scope="col" className={headCell}>{t.article}</th>
            <th scope="col" className={`${headCell} text-right`}>{t.notHelpful}</th>
            <th scope="col" className={`${headCell} text-right`}>{t.helpful}</th>
            <th scope="col" className={headCell}>{t.reasons}</th>
            <th scope="col" className={`${headCell} text-right`}>{t.comments}</th>
          </tr>
        </thead>
        <tbody>
          {articles.map((row) => {
            const title = catalog.article(row.locale, row.slug)?.article.title;
            return (
              <tr key={`${row.locale}/${row.slug}`}>
                <th scope="row" className={`${cell} text-left font-normal`}>
                  <Link href={articlePath(row.locale, row.slug)} lang={row.locale} className="text-brand-700 underline underline-offset-2 dark:text-brand-300">
                    {title ?? row.slug}
                  </Link>
                  <span className="ml-2 text-xs text-slate-500 uppercase dark:text-slate-400">{row.locale}</span>
                </th>
                <td className={numberCell}>{number.format(row.notHelpful)}</td>
                <td className={numberCell}>{number.format(row.helpful)}</td>
                <td className={cell}>
                  {list.format(Object.entries(row.reasons).map(([reason, count]) => interpolate(t.reasonCount, { reason: reasons[reason] ?? reason, count: number.format(count) })))}
                </td>
                <td className={numberCell}>{number.format(row.comments)}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </Section>
  );
}

/**
 * What readers wrote with a No, newest first: each comment as a quotation in its own language (as
 * text: React escapes it), then when, on which article and why. A list rather than a table, so the
 * words get the width on a phone too.
 */
export function CommentsList({ locale, comments }: { locale: string; comments: InsightsReport['comments'] }) {
  const t = getMessages(locale).admin;
  const reasons = getMessages(locale).feedback.reasons as Record<string, string>;
  const catalog = getCatalog();
  return (
    <Section id="readerComments" title={t.readerComments} intro={t.readerCommentsIntro} empty={comments.length ? null : t.none}>
      <ol className="divide-y divide-slate-200 border-y border-slate-200 dark:divide-slate-800 dark:border-slate-800">
        {comments.map((row, index) => (
          <li key={index} className="py-3">
            <figure>
              <blockquote lang={row.locale} className="break-words whitespace-pre-line text-slate-900 dark:text-white">
                {row.comment}
              </blockquote>
              <figcaption className="mt-1 text-sm text-slate-600 dark:text-slate-300">
                <time dateTime={row.day} className="tabular-nums">
                  {row.day}
                </time>
                {' · '}
                <Link href={articlePath(row.locale, row.slug)} lang={row.locale} className="text-brand-700 underline underline-offset-2 dark:text-brand-300">
                  {catalog.article(row.locale, row.slug)?.article.title ?? row.slug}
                </Link>
                {row.reason ? ` · ${reasons[row.reason] ?? row.reason}` : null}
              </figcaption>
            </figure>
          </li>
        ))}
      </ol>
    </Section>
  );
}

export function QueryTable({ locale, id, title, rows }: { locale: string; id: string; title: string; rows: readonly QueryCount[] }) {
  const t = getMessages(locale).admin;
  const number = new Intl.NumberFormat(locale);
  return (
    <Section id={id} title={title} empty={rows.length ? null : t.none}>
      <table className="w-full border-collapse text-sm">
        <thead>
          <tr>
            <th scope="col" className={headCell}>{t.query}</th>
            <th scope="col" className={headCell}>{t.locale}</th>
            <th scope="col" className={`${headCell} text-right`}>{t.count}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={`${row.locale}/${row.query}`}>
              <th scope="row" className={`${cell} text-left font-normal break-all`}>
                <Query row={row} />
              </th>
              <td className={cell}>{row.locale}</td>
              <td className={numberCell}>{number.format(row.count)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </Section>
  );
}

/** The chart's numbers as a table, folded away: the accessible twin of the picture. */
export function DailyTable({ locale, days }: { locale: string; days: readonly DayCount[] }) {
  const t = getMessages(locale).admin;
  const number = new Intl.NumberFormat(locale);
  const percent = new Intl.NumberFormat(locale, { style: 'percent' });
  return (
    <details className="mt-3">
      <summary className="cursor-pointer rounded-md text-sm text-brand-700 dark:text-brand-300">{t.dailyTable}</summary>
      <table className="mt-2 w-full max-w-md border-collapse text-sm">
        <thead>
          <tr>
            <th scope="col" className={headCell}>{t.day}</th>
            <th scope="col" className={`${headCell} text-right`}>{t.searches}</th>
            <th scope="col" className={`${headCell} text-right`}>{t.zeroRate}</th>
          </tr>
        </thead>
        <tbody>
          {days.map((day) => (
            <tr key={day.day}>
              <th scope="row" className={`${cell} text-left font-normal tabular-nums`}>{day.day}</th>
              <td className={numberCell}>{number.format(day.searches)}</td>
              <td className={numberCell}>{day.searches ? percent.format(day.zeroResultRate) : '–'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </details>
  );
}
