/** Typography for HTML rendered from content Markdown (flow steps, the contact page's words). */
export const PROSE = 'prose prose-slate max-w-none dark:prose-invert prose-a:text-brand-700 dark:prose-a:text-brand-300';
