/**
 * Typography for HTML rendered from content Markdown (flow steps, the contact page's words). Two
 * weights, as on the rest of the site: regular, and semibold for headings and strong text. The
 * plugin's own 500, 700 and 800 would each be one more face for a new page to open (README, Performance).
 */
export const PROSE =
  'prose prose-slate max-w-none dark:prose-invert prose-a:text-brand-700 dark:prose-a:text-brand-300 prose-a:font-normal prose-headings:font-semibold prose-blockquote:font-normal';
