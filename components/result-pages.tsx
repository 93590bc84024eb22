import { getMessages, interpolate } from '@/lib/i18n/messages';
import { searchPath } from '@/lib/routes';

const linkClass =
  'inline-flex min-h-10 min-w-9 items-center justify-center rounded-lg px-2.5 sm:min-w-10 sm:px-3 text-brand-700 underline-offset-4 hover:bg-slate-100 hover:underline dark:text-brand-300 dark:hover:bg-slate-800';

const currentClass =
  'inline-flex min-h-10 min-w-9 items-center justify-center rounded-lg bg-brand-700 px-2.5 font-semibold sm:min-w-10 sm:px-3 text-white dark:bg-brand-300 dark:text-slate-950';

/**
 * Links to the other pages of the same search: real links, so they work without JavaScript and each
 * page is its own cacheable URL; plain ones, as everything in the results page's body (see SearchResults).
 */
export function ResultPages({ locale, query, category, page, pages }: { locale: string; query: string; category?: string; page: number; pages: number }) {
  if (pages < 2) return null;
  const t = getMessages(locale).search.pages;
  const href = (target: number) => searchPath(locale, query, { category, page: target });
  return (
    <nav aria-label={t.label} className="mt-6">
      <ul className="flex flex-wrap items-center gap-0.5 sm:gap-1">
        {page > 1 && (
          <li>
            <a href={href(page - 1)} rel="prev" className={linkClass}>
              {t.previous}
            </a>
          </li>
        )}
        {Array.from({ length: pages }, (_, index) => index + 1).map((target) => (
          <li key={target}>
            {/* As GOV.UK's pagination does: the current page is a link too, marked as current. */}
            <a
              href={href(target)}
             
              aria-label={interpolate(t.page, { page: target })}
              aria-current={target === page ? 'page' : undefined}
              className={target === page ? currentClass : linkClass}
            >
              {target}
            </a>
          </li>
        ))}
        {page < pages && (
          <li>
            <a href={href(page + 1)} rel="next" className={linkClass}>
              {t.next}
            </a>
          </li>
        )}
      </ul>
    </nav>
  );
}
