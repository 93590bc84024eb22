/** The one filled button of the site (links and submit buttons alike), so every call to action looks the same. */
export const primaryButtonClass =
  'inline-flex items-center gap-1.5 rounded-lg bg-brand-700 px-4 py-2.5 font-medium text-white hover:bg-brand-800 dark:bg-brand-300 dark:text-slate-950 dark:hover:bg-brand-200';
