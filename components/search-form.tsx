import { Search } from 'lucide-react';
import { getMessages } from '@/lib/i18n/messages';
import { searchPath } from '@/lib/routes';

/**
 * A plain GET form to the results page: works without JavaScript. `id` keeps the header's box and
 * the results page's box apart when both are on one page.
 */
export function SearchForm({
  locale,
  id,
  query = '',
  size = 'small',
  children,
}: {
  locale: string;
  id: string;
  query?: string;
  size?: 'small' | 'large';
  children?: React.ReactNode;
}) {
  const t = getMessages(locale).search;
  const large = size === 'large';
  return (
    <form role="search" action={searchPath(locale)} method="get" className="flex w-full flex-wrap gap-2">
      <label htmlFor={id} className="sr-only">
        {t.label}
      </label>
      <div className="relative min-w-0 flex-1">
        <Search aria-hidden="true" className={`pointer-events-none absolute top-1/2 left-3 -translate-y-1/2 text-slate-500 dark:text-slate-400 ${large ? 'size-5' : 'size-4'}`} />
        <input
          id={id}
          name="q"
          type="search"
          defaultValue={query}
          maxLength={200}
          placeholder={t.placeholder}
          autoComplete="off"
          enterKeyHint="search"
          className={`w-full rounded-lg border border-slate-300 bg-white text-slate-900 placeholder:text-slate-500 dark:border-slate-700 dark:bg-slate-900 dark:text-white dark:placeholder:text-slate-400 ${large ? 'py-3 pr-3 pl-11 text-lg' : 'py-2 pr-3 pl-9 text-sm'}`}
        />
      </div>
      {children}
      <button
        type="submit"
        className={`rounded-lg bg-brand-700 font-medium text-white hover:bg-brand-800 dark:bg-brand-300 dark:text-slate-950 dark:hover:bg-brand-200 ${large ? 'px-5 py-3' : 'px-3 py-2 text-sm'}`}
      >
        {t.submit}
      </button>
    </form>
  );
}
