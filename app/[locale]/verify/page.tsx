import type { Metadata } from 'next';
import { Link } from '@/components/site-link';
import { notFound } from 'next/navigation';
import { CircleCheck, ShieldX } from 'lucide-react';
import { primaryButtonClass } from '@/components/button-style';
import { PageShell } from '@/components/page-shell';
import { getCatalog } from '@/lib/content/source';
import { catalogPageMetadata } from '@/lib/seo';
import { getMessages, interpolate } from '@/lib/i18n/messages';
import { articlePath, firstParam, verifyPath } from '@/lib/routes';
import { officialChannels } from '@/lib/safety/official';
import { describeReasons } from '@/lib/safety/verdict-text';
import { MAX_INPUT_LENGTH, verifyChannel } from '@/lib/safety/verify';

export async function generateMetadata({ params }: PageProps<'/[locale]/verify'>): Promise<Metadata> {
  const { locale } = await params;
  const catalog = getCatalog();
  if (!catalog.isLocale(locale)) notFound();
  const t = getMessages(locale).verify;
  return catalogPageMetadata(catalog, locale, { kind: 'verify' }, {
    title: t.title,
    description: interpolate(t.description, { brand: catalog.site.brand }),
    path: verifyPath(locale),
  });
}

/**
 * The official-channel verifier: a GET form answered on the server, so it works without
 * JavaScript and a verdict can be shared as a link. It says "official" only for an exact match
 * with site.yaml, never "safe".
 */
export default async function VerifyPage({ params, searchParams }: PageProps<'/[locale]/verify'>) {
  const { locale } = await params;
  const catalog = getCatalog();
  if (!catalog.isLocale(locale)) notFound();
  const { site } = catalog;
  const t = getMessages(locale).verify;
  // The verifier itself refuses what is too long.
  const input = firstParam((await searchParams).q).trim();
  const official = officialChannels(site);
  const result = input ? verifyChannel(input, official) : null;
  const isOfficial = result?.verdict === 'official';
  return (
    <PageShell locale={locale} alternates={catalog.alternates({ kind: 'verify' })}>
      <div className="max-w-2xl">
        <h1 className="text-3xl font-semibold tracking-tight text-slate-900 dark:text-white">{t.title}</h1>
        <p className="mt-3 leading-7 text-slate-700 dark:text-slate-300">{interpolate(t.intro, { brand: site.brand })}</p>
        <form action={verifyPath(locale)} method="get" className="mt-6 flex flex-wrap gap-2">
          <label htmlFor="verifyInput" className="w-full font-semibold text-slate-900 dark:text-white">
            {t.label}
          </label>
          <input
            id="verifyInput"
            name="q"
            type="text"
            defaultValue={input}
            maxLength={MAX_INPUT_LENGTH}
            autoComplete="off"
            spellCheck={false}
            aria-describedby="verifyExamples"
            className="min-w-0 flex-1 basis-full rounded-lg border border-slate-300 bg-white px-4 py-3 text-slate-900 sm:basis-0 dark:border-slate-700 dark:bg-slate-900 dark:text-white"
          />
          <button type="submit" className={primaryButtonClass}>
            {t.button}
          </button>
          <p id="verifyExamples" className="w-full text-sm text-slate-600 dark:text-slate-400">
            {t.examples}
          </p>
        </form>

        {result && (
          <section
            aria-labelledby="verdictTitle"
            data-verdict={result.verdict}
            className={`mt-8 rounded-xl border p-5 ${
              isOfficial
                ? 'border-emerald-300 bg-emerald-50 text-emerald-950 dark:border-emerald-800 dark:bg-emerald-950 dark:text-emerald-50'
                : 'border-red-300 bg-red-50 text-red-950 dark:border-red-800 dark:bg-red-950 dark:text-red-50'
            }`}
          >
            <h2 id="verdictTitle" className="flex items-center gap-2 text-xl font-semibold">
              {isOfficial ? <CircleCheck aria-hidden="true" className="size-6 shrink-0" /> : <ShieldX aria-hidden="true" className="size-6 shrink-0" />}
              {isOfficial ? t.officialTitle : t.notOfficialTitle}
            </h2>
            <p className="mt-2 break-all text-sm">{interpolate(t.checked, { input: result.normalized || input })}</p>
            <p className="mt-3 leading-7">{isOfficial ? t.officialBody : interpolate(t.notOfficialBody, { brand: site.brand })}</p>
            <h3 className="mt-4 font-semibold">{t.reasonsTitle}</h3>
            <ul className="mt-2 list-disc space-y-1 pl-5 leading-7 break-words">
              {describeReasons(result.reasons, t, site.brand, locale).map(({ code, text }) => (
                <li key={text} data-reason={code}>
                  {text}
                </li>
              ))}
            </ul>
            {!isOfficial && (
              <>
                <h3 className="mt-4 font-semibold">{t.whatToDoTitle}</h3>
                <ol className="mt-2 list-decimal space-y-1 pl-5 leading-7">
                  {t.whatToDo.map((step) => (
                    <li key={step}>{interpolate(step, { brand: site.brand, website: site.website })}</li>
                  ))}
                </ol>
                <p className="mt-3">
                  <Link href={articlePath(locale, 'account-compromised')} className="underline underline-offset-4">
                    {t.compromisedLink}
                  </Link>
                </p>
              </>
            )}
          </section>
        )}

        <section aria-labelledby="officialListTitle" className="mt-10">
          <h2 id="officialListTitle" className="text-xl font-semibold text-slate-900 dark:text-white">
            {t.officialListTitle}
          </h2>
          <p className="mt-2 text-slate-700 dark:text-slate-300">{t.officialListIntro}</p>
          <ul className="mt-3 list-disc space-y-1 pl-5 leading-7 text-slate-700 dark:text-slate-300">
            <li>{interpolate(t.websites, { domains: official.domains.join(', ') })}</li>
            <li>{interpolate(t.email, { address: site.supportEmail })}</li>
            {site.social.map((account) => (
              <li key={account.id}>{interpolate(t.socialAccount, { network: account.network, handle: account.handle })}</li>
            ))}
            <li>{official.neverCalls ? interpolate(t.neverCalls, { brand: site.brand }) : interpolate(t.phones, { numbers: site.phones.join(', ') })}</li>
          </ul>
        </section>
      </div>
    </PageShell>
  );
}
