import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ArticleList } from '@/components/article-list';
import { Breadcrumbs } from '@/components/breadcrumbs';
import { CategoryIcon } from '@/components/category-icon';
import { EmptyCategory } from '@/components/empty-category';
import { JsonLd } from '@/components/json-ld';
import { PageShell } from '@/components/page-shell';
import { getCatalog } from '@/lib/content/source';
import { getMessages } from '@/lib/i18n/messages';
import { categoryPath, homePath } from '@/lib/routes';
import { breadcrumbJsonLd, catalogPageMetadata } from '@/lib/seo';

export const dynamicParams = false;

export function generateStaticParams() {
  const catalog = getCatalog();
  return catalog.locales.flatMap((locale) => catalog.categories(locale).map(({ slug }) => ({ locale, category: slug })));
}

export async function generateMetadata({ params }: PageProps<'/[locale]/categories/[category]'>): Promise<Metadata> {
  const { locale, category: slug } = await params;
  const catalog = getCatalog();
  const view = catalog.category(locale, slug);
  if (!view) return {};
  return catalogPageMetadata(catalog, locale, { kind: 'category', slug }, {
    title: view.category.title,
    description: view.category.description,
    path: categoryPath(locale, slug),
  });
}

export default async function CategoryPage({ params }: PageProps<'/[locale]/categories/[category]'>) {
  const { locale, category: slug } = await params;
  const catalog = getCatalog();
  const view = catalog.category(locale, slug);
  if (!view) notFound();
  const t = getMessages(locale);
  const trail = [
    { name: t.breadcrumbs.home, path: homePath(locale) },
    { name: view.category.title, path: categoryPath(locale, slug) },
  ];
  return (
    <PageShell locale={locale} alternates={catalog.alternates({ kind: 'category', slug })}>
      <JsonLd data={breadcrumbJsonLd(catalog.site.helpCenter, trail)} />
      <Breadcrumbs locale={locale} trail={trail} />
      <header className="flex items-start gap-4">
        <span className="flex size-12 shrink-0 items-center justify-center rounded-xl bg-brand-50 text-brand-700 dark:bg-brand-950 dark:text-brand-300">
          <CategoryIcon name={view.category.icon} className="size-6" />
        </span>
        <div>
          <h1 className="text-3xl font-semibold tracking-tight text-slate-900 dark:text-white">{view.category.title}</h1>
          <p className="mt-2 text-lg leading-8 text-slate-600 dark:text-slate-300">{view.category.description}</p>
        </div>
      </header>
      <h2 className="sr-only">{t.category.articlesTitle}</h2>
      <div className="mt-8 max-w-3xl">
        {view.articles.length ? (
          <ArticleList locale={locale} articles={view.articles} />
        ) : (
          <EmptyCategory message={t.category.empty} supportPath={catalog.supportPath(locale)} />
        )}
      </div>
    </PageShell>
  );
}
