'use client';

import { primaryButtonClass, secondaryButtonClass } from './button-style';
import type { ErrorPageStrings } from '@/lib/i18n/error-page';

/**
 * The body of both error boundaries: what happened in plain words, a retry, and a plain link home
 * (a full page load, in case the app's own navigation is what broke). Never the error's message,
 * which may hold internals; only Next's digest, which the server log has too.
 */
export function ErrorView({ locale, strings, digest, retry }: { locale: string; strings: ErrorPageStrings; digest?: string; retry: () => void }) {
  return (
    <main id="mainContent" tabIndex={-1} className="mx-auto max-w-2xl px-4 py-16 outline-none sm:px-6">
      <h1 className="text-3xl font-semibold tracking-tight text-slate-900 dark:text-white">{strings.title}</h1>
      <p className="mt-4 text-lg leading-8 text-slate-600 dark:text-slate-300">{strings.body}</p>
      <div className="mt-8 flex flex-wrap gap-3">
        <button type="button" onClick={retry} className={primaryButtonClass}>
          {strings.retry}
        </button>
        <a href={`/${locale}`} className={secondaryButtonClass}>
          {strings.home}
        </a>
      </div>
      {digest ? (
        <p className="mt-8 text-sm text-slate-600 dark:text-slate-400">
          {strings.reference} <code>{digest}</code>
        </p>
      ) : null}
    </main>
  );
}
