import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { FeedbackThanks } from '@/components/article-feedback';
import { PageShell } from '@/components/page-shell';
import { getCatalog } from '@/lib/content/source';
import { readThanksQuery } from '@/lib/feedback/api';
import { getMessages } from '@/lib/i18n/messages';
import { articlePath } from '@/lib/routes';

export async function generateMetadata({ params }: PageProps<'/[locale]/feedback'>): Promise<Metadata> {
  const { locale } = await params;
  if (!getCatalog().isLocale(locale)) notFound();
  // A page about one person's vote: nothing for a search engine.
  return { title: getMessages(locale).feedback.metaTitle, robots: { index: false, follow: false } };
}

/**
 * Where the "Was this helpful?" form lands without JavaScript (POST /api/feedback answers with a 303
 * here): thanks, and after a No the question what was wrong. Rendered per request from the query.
 */
export default async function FeedbackPage({ params, searchParams }: PageProps<'/[locale]/feedback'>) {
  const { locale } = await params;
  const catalog = getCatalog();
  if (!catalog.isLocale(locale)) notFound();
  const { article: slug, state } = readThanksQuery(await searchParams);
  const view = slug ? catalog.article(locale, slug) : null;
  const article = view && slug ? { slug, title: view.article.title, path: articlePath(locale, slug) } : null;
  return (
    <PageShell locale={locale} alternates={catalog.alternates(article ? { kind: 'article', slug: article.slug } : { kind: 'home' })}>
      <FeedbackThanks locale={locale} state={state} article={article} supportPath={catalog.supportPath(locale)} />
    </PageShell>
  );
}
