/** The one filled button of the site (links and submit buttons alike), so every call to action looks the same. */
export const primaryButtonClass =
  'inline-flex items-center gap-1.5 rounded-lg bg-brand-700 px-4 py-2.5 font-semibold text-white hover:bg-brand-800 dark:bg-brand-300 dark:text-slate-950 dark:hover:bg-brand-200';

/** The quieter button beside a primary one (copy, open as e-mail). */
export const secondaryButtonClass =
  'inline-flex items-center gap-1.5 rounded-lg border border-slate-300 bg-white px-4 py-2.5 font-semibold text-slate-900 hover:bg-slate-50 dark:border-slate-600 dark:bg-slate-900 dark:text-white dark:hover:bg-slate-800';
