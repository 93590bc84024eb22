import { Link } from '@/components/site-link';
import { primaryButtonClass } from './button-style';
import { CategoryGrid } from './category-grid';
import { SearchForm } from './search-form';
import { getCatalog } from '@/lib/content/source';
import { getMessages } from '@/lib/i18n/messages';
import { homePath } from '@/lib/routes';

/** What a reader sees at a dead link: a plain explanation and every way back in. */
export function NotFoundView({ locale }: { locale: string }) {
  const t = getMessages(locale).notFound;
  return (
    <>
      <section aria-labelledby="notFoundTitle" className="py-4 sm:py-8">
        <p className="text-sm font-semibold text-brand-700 dark:text-brand-300">404</p>
        <h1 id="notFoundTitle" className="mt-2 text-3xl font-semibold tracking-tight text-slate-900 dark:text-white">
          {t.title}
        </h1>
        <p className="mt-3 max-w-2xl text-lg leading-8 text-slate-600 dark:text-slate-300">{t.body}</p>
        <div className="mt-6 max-w-2xl">
          <SearchForm locale={locale} id="notFoundQuery" size="large" />
        </div>
        <Link
          href={homePath(locale)}
          className={`mt-4 ${primaryButtonClass}`}
        >
          {t.homeLink}
        </Link>
      </section>
      <section aria-labelledby="notFoundTopics" className="mt-8">
        <h2 id="notFoundTopics" className="mb-4 text-xl font-semibold text-slate-900 dark:text-white">
          {t.topicsTitle}
        </h2>
        <CategoryGrid locale={locale} categories={getCatalog().categories(locale)} link={Link} />
      </section>
    </>
  );
}
