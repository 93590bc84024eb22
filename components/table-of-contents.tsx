import type { TocEntry } from '@/lib/content/compiled';
import { getMessages } from '@/lib/i18n/messages';
import { sectionHref } from '@/lib/routes';

/** Shown for long articles only: fewer than three sections are easier to scroll than to navigate. */
export const TOC_MIN_ENTRIES = 3;

export function TableOfContents({ locale, entries }: { locale: string; entries: readonly TocEntry[] }) {
  if (entries.length < TOC_MIN_ENTRIES) return null;
  const title = getMessages(locale).article.onThisPage;
  return (
    <nav aria-labelledby="tocTitle" className="text-sm print:hidden">
      <h2 id="tocTitle" className="font-semibold text-slate-900 dark:text-white">
        {title}
      </h2>
      <ol className="mt-3 space-y-2 border-l border-slate-200 dark:border-slate-800">
        {entries.map((entry) => (
          <li key={entry.id} className={entry.depth === 3 ? 'pl-7' : 'pl-4'}>
            <a
              href={sectionHref(entry.id)}
              className="-ml-px block border-l border-transparent text-slate-600 hover:border-slate-400 hover:text-slate-900 dark:text-slate-400 dark:hover:text-white"
            >
              {entry.text}
            </a>
          </li>
        ))}
      </ol>
    </nav>
  );
}
