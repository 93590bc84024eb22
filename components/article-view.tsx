import { Link } from '@/components/site-link';
import { ArticleFeedback } from './article-feedback';
import { ArticleList } from './article-list';
import { Notice } from './notice';
import { PROSE } from './prose';
import { TableOfContents } from './table-of-contents';
import type { ArticleView as View } from '@/lib/content/catalog';
import type { CompiledArticle } from '@/lib/content/compiled';
import type { CompiledFlow } from '@/lib/flows/compiled';
import { flowPath } from '@/lib/routes';
import { formatDate, getMessages, interpolate } from '@/lib/i18n/messages';

/** An article page's body: title, date, contents, the sanitised HTML, and where to go next. */
export function ArticleView({
  locale,
  view,
  related,
  flows,
  supportPath,
}: {
  locale: string;
  view: View;
  related: readonly CompiledArticle[];
  /** Guided flows that walk the reader through what this article explains. */
  flows: readonly CompiledFlow[];
  supportPath: string | null;
}) {
  const { article, fallbackFrom } = view;
  const t = getMessages(locale).article;
  // A fallback article is in another language than the page around it; say so for screen readers.
  const textLang = fallbackFrom ? article.locale : undefined;
  const [updatedBefore = '', updatedAfter = ''] = t.updated.split('{date}');
  return (
    <>
      <article className="lg:grid lg:grid-cols-[minmax(0,1fr)_14rem] lg:gap-x-12">
        <header className="lg:col-start-1">
          <h1 lang={textLang} className="text-3xl font-semibold tracking-tight text-balance text-slate-900 dark:text-white">
            {article.title}
          </h1>
          <p className="mt-3 text-sm text-slate-600 dark:text-slate-400">
            {updatedBefore}
            <time dateTime={article.updated}>{formatDate(article.updated, locale)}</time>
            {updatedAfter}
          </p>
        </header>
        {fallbackFrom && (
          <Notice className="mt-6 lg:col-start-1">
            {interpolate(t.fallbackNotice, { language: getMessages(fallbackFrom).languageName })}
          </Notice>
        )}
        {flows.length > 0 && (
          <aside className="mt-6 rounded-xl bg-brand-50 p-4 lg:col-start-1 print:hidden dark:bg-brand-950">
            <p className="text-slate-700 dark:text-slate-300">{getMessages(locale).flows.articleOffer}</p>
            <ul className="mt-2 space-y-1">
              {flows.map((flow) => (
                <li key={flow.slug}>
                  <Link href={flowPath(locale, flow.slug)} className="text-brand-700 underline underline-offset-4 dark:text-brand-300">
                    {interpolate(getMessages(locale).flows.articleOfferLink, { title: flow.title })}
                  </Link>
                </li>
              ))}
            </ul>
          </aside>
        )}
        {/* One table of contents: above the text on phones, in a sticky side column on wide screens. */}
        <div className="mt-6 lg:col-start-2 lg:row-span-4 lg:row-start-1 lg:mt-1">
          <div className="lg:sticky lg:top-6">
            <TableOfContents locale={locale} entries={article.toc} />
          </div>
        </div>
        <div
          lang={textLang}
          className={`article-body ${PROSE} mt-6 lg:col-start-1 prose-headings:scroll-mt-20 prose-a:underline-offset-4`}
          dangerouslySetInnerHTML={{ __html: article.html }}
        />
      </article>
      <div className="mt-12 max-w-3xl space-y-10 print:hidden">
        <ArticleFeedback locale={locale} slug={article.slug} />
        {supportPath && (
          <p className="rounded-xl border border-slate-200 p-5 dark:border-slate-800">
            <span className="font-semibold text-slate-900 dark:text-white">{t.needHelp}</span>{' '}
            <Link href={supportPath} className="text-brand-700 underline underline-offset-4 dark:text-brand-300">
              {t.needHelpLink}
            </Link>
          </p>
        )}
        {related.length > 0 && (
          <section aria-labelledby="relatedTitle">
            <h2 id="relatedTitle" className="mb-4 text-xl font-semibold text-slate-900 dark:text-white">
              {t.related}
            </h2>
            <ArticleList locale={locale} articles={related} />
          </section>
        )}
      </div>
    </>
  );
}
