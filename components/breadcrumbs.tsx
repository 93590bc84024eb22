import { Link } from '@/components/site-link';
import { ChevronRight } from 'lucide-react';
import { getMessages } from '@/lib/i18n/messages';

export interface Crumb {
  name: string;
  path: string;
}

/** The trail above a page's title; the last crumb is the current page and is not a link. */
export function Breadcrumbs({ locale, trail }: { locale: string; trail: readonly Crumb[] }) {
  return (
    <nav aria-label={getMessages(locale).breadcrumbs.label} className="mb-4 text-sm print:hidden">
      <ol className="flex flex-wrap items-center gap-x-1 gap-y-1 text-slate-600 dark:text-slate-400">
        {trail.map((crumb, index) => {
          const isCurrent = index === trail.length - 1;
          return (
            <li key={crumb.path} className="flex items-center gap-1">
              {isCurrent ? (
                <span aria-current="page" className="text-slate-900 dark:text-slate-100">
                  {crumb.name}
                </span>
              ) : (
                <>
                  <Link href={crumb.path} className="underline-offset-4 hover:text-brand-700 hover:underline dark:hover:text-brand-300">
                    {crumb.name}
                  </Link>
                  <ChevronRight aria-hidden="true" className="size-4 shrink-0" />
                </>
              )}
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
