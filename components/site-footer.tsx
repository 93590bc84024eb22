import { Link } from '@/components/site-link';
import { ShieldAlert } from 'lucide-react';
import { getCatalog } from '@/lib/content/source';
import { getMessages, interpolate } from '@/lib/i18n/messages';
import { categoryPath, verifyPath } from '@/lib/routes';

/** Every page ends with the safety rule and the ways into support. */
export function SiteFooter({ locale }: { locale: string }) {
  const catalog = getCatalog();
  const { brand } = catalog.site;
  const t = getMessages(locale).layout;
  const footerCategories = catalog.categories(locale);
  return (
    <footer className="mt-16 border-t border-slate-200 bg-slate-50 print:hidden dark:border-slate-800 dark:bg-slate-900">
      <div className="mx-auto grid max-w-5xl gap-8 px-4 py-10 sm:px-6 md:grid-cols-[2fr_1fr]">
        <section aria-labelledby="safetyTitle" className="flex gap-3">
          <ShieldAlert aria-hidden="true" className="mt-0.5 size-6 shrink-0 text-amber-700 dark:text-amber-400" />
          <div>
            <h2 id="safetyTitle" className="font-semibold text-slate-900 dark:text-white">
              {t.safetyTitle}
            </h2>
            <p className="mt-1 text-sm leading-6 text-slate-700 dark:text-slate-300">
              {interpolate(t.safetyNotice, { brand })}
            </p>
            <p className="mt-2 text-sm">
              <Link
                href={verifyPath(locale)}
                className="text-brand-700 underline underline-offset-4 hover:text-brand-800 dark:text-brand-300 dark:hover:text-brand-200"
              >
                {t.verifyLink}
              </Link>
            </p>
          </div>
        </section>
        {footerCategories.length > 0 && (
          <nav aria-label={t.footerNav}>
            <ul className="grid grid-cols-2 gap-x-4 gap-y-2 text-sm md:grid-cols-1">
              {footerCategories.map((category) => (
                <li key={category.slug}>
                  <Link
                    href={categoryPath(locale, category.slug)}
                    className="text-slate-700 underline-offset-4 hover:text-brand-700 hover:underline dark:text-slate-300 dark:hover:text-brand-300"
                  >
                    {category.title}
                  </Link>
                </li>
              ))}
            </ul>
          </nav>
        )}
        <p className="text-xs text-slate-600 md:col-span-2 dark:text-slate-400">
          {interpolate(t.copyright, { brand, year: new Date().getFullYear() })}
        </p>
      </div>
    </footer>
  );
}
