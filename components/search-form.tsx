import { Search } from 'lucide-react';
import { getMessages } from '@/lib/i18n/messages';
import { searchPath } from '@/lib/routes';
import { searchIconClass, searchInputAttributes, searchInputClass } from './search-input-style';

/**
 * A plain GET form to the results page: works without JavaScript. `id` keeps the header's box and
 * the results page's box apart when both are on one page.
 */
export function SearchForm({
  locale,
  id,
  query = '',
  size = 'small',
  invalid,
  children,
}: {
  locale: string;
  id: string;
  query?: string;
  size?: 'small' | 'large';
  /** The id of the message saying why the search was refused, which the box then points to. */
  invalid?: string;
  children?: React.ReactNode;
}) {
  const t = getMessages(locale).search;
  const large = size === 'large';
  return (
    <form role="search" action={searchPath(locale)} method="get" className="flex w-full flex-wrap gap-2">
      <label htmlFor={id} className="sr-only">
        {t.label}
      </label>
      {/* On a phone, a box with a filter beside it takes a row of its own, so a long question stays readable. */}
      <div className={`relative min-w-0 flex-1 ${children ? 'basis-full sm:basis-0' : ''}`}>
        <Search aria-hidden="true" className={searchIconClass(large)} />
        <input
          id={id}
          {...searchInputAttributes}
          defaultValue={query}
          placeholder={t.placeholder}
          {...(invalid ? { 'aria-invalid': true, 'aria-describedby': invalid } : {})}
          className={searchInputClass(large)}
        />
      </div>
      {children}
      <button
        type="submit"
        className={`rounded-lg bg-brand-700 font-semibold text-white hover:bg-brand-800 dark:bg-brand-300 dark:text-slate-950 dark:hover:bg-brand-200 ${large ? 'px-5 py-3' : 'px-3 py-2 text-sm'}`}
      >
        {t.submit}
      </button>
    </form>
  );
}
