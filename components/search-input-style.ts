import { MAX_QUERY_LENGTH } from '@/lib/search/limits';

/** What every search box shares, whether the plain form (no JavaScript) or the instant combobox. */
export const searchInputAttributes = {
  name: 'q',
  type: 'search',
  maxLength: MAX_QUERY_LENGTH,
  autoComplete: 'off',
  enterKeyHint: 'search',
} as const;

export const searchIconClass = (large: boolean) =>
  `pointer-events-none absolute top-1/2 left-3 -translate-y-1/2 text-slate-500 dark:text-slate-400 ${large ? 'size-5' : 'size-4'}`;

export const searchInputClass = (large: boolean) =>
  `w-full rounded-lg border border-slate-300 bg-white text-slate-900 placeholder:text-slate-500 dark:border-slate-700 dark:bg-slate-900 dark:text-white dark:placeholder:text-slate-400 ${large ? 'py-3 pr-3 pl-11 text-lg' : 'py-2 pr-9 pl-9 text-sm'}`;
