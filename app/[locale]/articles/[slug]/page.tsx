import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ArticleView } from '@/components/article-view';
import { Breadcrumbs } from '@/components/breadcrumbs';
import { JsonLd } from '@/components/json-ld';
import { PageShell } from '@/components/page-shell';
import { getCatalog, prebuiltArticlesPerLocale } from '@/lib/content/source';
import { getMessages } from '@/lib/i18n/messages';
import { articlePath, categoryPath, homePath } from '@/lib/routes';
import { articleJsonLd, breadcrumbJsonLd, faqJsonLd, helpCenterName, pageMetadata } from '@/lib/seo';

/**
 * A large help center builds only the articles readers meet first (HELP_PREBUILT_ARTICLES a locale,
 * default 100); the others render on their first request and are kept like the ones built ahead.
 * The proxy answers slugs that name no article with the 404 before they get here, so only the
 * catalog's own pages are ever rendered and kept.
 */
export const dynamic = 'force-static';

export function generateStaticParams() {
  return getCatalog().prebuiltArticleParams(prebuiltArticlesPerLocale());
}

export async function generateMetadata({ params }: PageProps<'/[locale]/articles/[slug]'>): Promise<Metadata> {
  const { locale, slug } = await params;
  const catalog = getCatalog();
  const view = catalog.article(locale, slug);
  if (!view) return {};
  return pageMetadata({
    title: view.article.title,
    description: view.article.description,
    // A fallback page shows another locale's text: the original is the canonical URL.
    path: articlePath(view.article.locale, slug),
    alternates: catalog.alternates({ kind: 'article', slug }),
    defaultLocale: catalog.defaultLocale,
    locale: view.article.locale,
    siteName: helpCenterName(catalog.site.brand, locale),
    type: 'article',
  });
}

export default async function ArticlePage({ params }: PageProps<'/[locale]/articles/[slug]'>) {
  const { locale, slug } = await params;
  const catalog = getCatalog();
  const view = catalog.article(locale, slug);
  if (!view) notFound();
  const faq = faqJsonLd(view.article);
  const trail = [
    { name: getMessages(locale).breadcrumbs.home, path: homePath(locale) },
    { name: view.category.title, path: categoryPath(locale, view.category.slug) },
    { name: view.article.title, path: articlePath(locale, slug) },
  ];
  return (
    <PageShell locale={locale} alternates={catalog.alternates({ kind: 'article', slug })}>
      <JsonLd data={articleJsonLd(catalog.site, view.article)} />
      <JsonLd data={breadcrumbJsonLd(catalog.site.helpCenter, trail)} />
      {faq && <JsonLd data={faq} />}
      <Breadcrumbs locale={locale} trail={trail} />
      <ArticleView
        locale={locale}
        view={view}
        related={catalog.related(view.article, locale)}
        flows={catalog.flowsForArticle(locale, slug)}
        supportPath={catalog.supportPath(locale)}
      />
    </PageShell>
  );
}
