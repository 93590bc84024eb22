import { Link } from '@/components/site-link';
import type { ReactNode } from 'react';
import { getCatalog } from '@/lib/content/source';
import { getMessages } from '@/lib/i18n/messages';
import { homePath } from '@/lib/routes';
import { BrandMark } from '../brand-mark';

/** The admin pages' header: the brand, the way back to the help center, and (when signed in) sign-out. */
export function AdminShell({ locale, signedIn, children }: { locale: string; signedIn: boolean; children: ReactNode }) {
  const { brand } = getCatalog().site;
  const t = getMessages(locale).admin;
  return (
    <>
      <header className="border-b border-slate-200 bg-white dark:border-slate-800 dark:bg-slate-950">
        <div className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-3 px-4 py-3 sm:px-6">
          <p className="flex items-center gap-2.5 font-semibold text-slate-900 dark:text-white">
            <BrandMark className="size-8" />
            <span>
              {brand} <span className="font-normal text-slate-600 dark:text-slate-300">{t.title}</span>
            </span>
          </p>
          <nav aria-label={t.title} className="flex items-center gap-4 text-sm">
            <Link href={homePath(locale)} className="rounded-md text-brand-700 underline underline-offset-2 dark:text-brand-300">
              {t.backToHelpCenter}
            </Link>
            {signedIn ? (
              <form method="post" action="/admin/session">
                <input type="hidden" name="intent" value="sign-out" />
                <button type="submit" className="rounded-md text-slate-700 underline underline-offset-2 dark:text-slate-200">
                  {t.signOut}
                </button>
              </form>
            ) : null}
          </nav>
        </div>
      </header>
      <main id="mainContent" tabIndex={-1} className="mx-auto max-w-5xl px-4 pt-6 pb-10 outline-none sm:px-6 sm:pt-10">
        {children}
      </main>
    </>
  );
}
