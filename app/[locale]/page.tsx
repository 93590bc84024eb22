import type { Metadata } from 'next';
import { ArticleList } from '@/components/article-list';
import { CategoryGrid } from '@/components/category-grid';
import { Link } from '@/components/site-link';
import { FlowList } from '@/components/flow-list';
import { ContactCard } from '@/components/contact-card';
import { Notice } from '@/components/notice';
import { PageShell } from '@/components/page-shell';
import { SearchForm } from '@/components/search-form';
import { getCatalog } from '@/lib/content/source';
import { getMessages, interpolate } from '@/lib/i18n/messages';
import { homePath, untranslatedNoticeId } from '@/lib/routes';
import { catalogPageMetadata } from '@/lib/seo';

/** Only the locales in site.yaml exist; anything else is a 404, not a page rendered on demand. */
export const dynamicParams = false;

export async function generateMetadata({ params }: PageProps<'/[locale]'>): Promise<Metadata> {
  const { locale } = await params;
  const catalog = getCatalog();
  const t = getMessages(locale).meta;
  return catalogPageMetadata(catalog, locale, { kind: 'home' }, {
    title: interpolate(t.homeTitle, { brand: catalog.site.brand }),
    description: interpolate(t.homeDescription, { brand: catalog.site.brand }),
    path: homePath(locale),
  });
}

export default async function HomePage({ params }: PageProps<'/[locale]'>) {
  const { locale } = await params;
  const catalog = getCatalog();
  const t = getMessages(locale).home;
  const promoted = catalog.promoted(locale);
  const flows = catalog.flows(locale);
  const supportPath = catalog.supportPath(locale);
  return (
    <PageShell locale={locale} alternates={catalog.alternates({ kind: 'home' })}>
      {/* Shown only when arriving from a page with no translation (/{locale}#untranslated). */}
      <Notice id={untranslatedNoticeId} className="mb-6 hidden target:flex">
        {t.untranslatedNotice}
      </Notice>
      <section aria-labelledby="homeTitle" className="py-4 sm:py-8">
        <h1 id="homeTitle" className="text-3xl font-semibold tracking-tight text-slate-900 sm:text-4xl dark:text-white">
          {t.title}
        </h1>
        <p className="mt-3 max-w-2xl text-lg leading-8 text-slate-600 dark:text-slate-300">{t.intro}</p>
        <div className="mt-6 max-w-2xl">
          <SearchForm locale={locale} id="homeQuery" size="large" />
        </div>
      </section>
      {flows.length > 0 && (
        <section aria-labelledby="flowsTitle" className="mt-6">
          <h2 id="flowsTitle" className="mb-4 text-xl font-semibold text-slate-900 dark:text-white">
            {getMessages(locale).flows.homeTitle}
          </h2>
          <FlowList locale={locale} flows={flows} />
        </section>
      )}
      <section aria-labelledby="categoriesTitle" className="mt-12">
        <h2 id="categoriesTitle" className="mb-4 text-xl font-semibold text-slate-900 dark:text-white">
          {t.categoriesTitle}
        </h2>
        <CategoryGrid locale={locale} categories={catalog.categories(locale)} link={Link} />
      </section>
      <div className="mt-12 grid gap-8 lg:grid-cols-[3fr_2fr]">
        {promoted.length > 0 && (
          <section aria-labelledby="popularTitle">
            <h2 id="popularTitle" className="mb-4 text-xl font-semibold text-slate-900 dark:text-white">
              {t.popularTitle}
            </h2>
            <ArticleList locale={locale} articles={promoted} showDescriptions={false} />
          </section>
        )}
        {supportPath && <ContactCard locale={locale} href={supportPath} />}
      </div>
    </PageShell>
  );
}
