import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { AdminShell } from '@/components/admin/admin-shell';
import { adminLocale } from '@/components/admin/admin-locale';
import { primaryButtonClass } from '@/components/button-style';
import { Notice } from '@/components/notice';
import { configuredAdminToken } from '@/lib/admin/server';
import { readSignInState } from '@/lib/admin/session-api';
import { getMessages } from '@/lib/i18n/messages';

export async function generateMetadata(): Promise<Metadata> {
  return { title: getMessages(await adminLocale()).admin.signInTitle };
}

/** The token form (a plain POST to /admin/session). It exists only while ADMIN_TOKEN is set. */
export default async function SignInPage({ searchParams }: PageProps<'/admin/sign-in'>) {
  if (configuredAdminToken() === null) notFound();
  const locale = await adminLocale();
  const t = getMessages(locale).admin;
  const state = readSignInState((await searchParams).state);
  const message = state === 'failed' ? t.signInFailed : state === 'rate-limited' ? t.signInRateLimited : state === 'signed-out' ? t.signedOut : null;
  return (
    <AdminShell locale={locale} signedIn={false}>
      <h1 className="text-3xl font-semibold tracking-tight text-slate-900 dark:text-white">{t.signInTitle}</h1>
      <p className="mt-3 max-w-2xl text-slate-600 dark:text-slate-300">{t.signInIntro}</p>
      {message ? (
        <Notice className="mt-6 max-w-md">{message}</Notice>
      ) : null}
      <form method="post" action="/admin/session" className="mt-6 flex max-w-md flex-col gap-4">
        <div className="flex flex-col gap-1.5">
          <label htmlFor="adminToken" className="font-semibold text-slate-900 dark:text-white">
            {t.tokenLabel}
          </label>
          <input
            id="adminToken"
            name="token"
            type="password"
            required
            autoComplete="current-password"
            aria-invalid={state === 'failed' || undefined}
            className="rounded-lg border border-slate-400 bg-white px-3 py-2 text-slate-900 dark:border-slate-500 dark:bg-slate-900 dark:text-white"
          />
        </div>
        <button type="submit" className={`self-start ${primaryButtonClass}`}>
          {t.signIn}
        </button>
      </form>
    </AdminShell>
  );
}
