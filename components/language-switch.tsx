import { Link } from '@/components/site-link';
import { Languages } from 'lucide-react';
import type { Alternate } from '@/lib/content/catalog';
import { getMessages } from '@/lib/i18n/messages';

/** Links to this page in every other locale, each labelled in its own language. */
export function LanguageSwitch({ locale, alternates }: { locale: string; alternates: readonly Alternate[] }) {
  const others = alternates.filter((alternate) => alternate.locale !== locale);
  if (others.length === 0) return null;
  const t = getMessages(locale).layout;
  return (
    <nav aria-label={t.languageLabel} className="flex items-center gap-1">
      <Languages aria-hidden="true" className="size-4 text-slate-500 dark:text-slate-400" />
      <ul className="flex gap-1">
        {others.map((alternate) => (
          <li key={alternate.locale}>
            <Link
              href={alternate.path}
              hrefLang={alternate.locale}
              lang={alternate.locale}
              className="rounded-md px-2 py-1.5 text-sm text-slate-700 hover:bg-slate-100 hover:text-slate-900 dark:text-slate-200 dark:hover:bg-slate-800 dark:hover:text-white"
            >
              {getMessages(alternate.locale).languageName}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
