import type { Metadata } from 'next';
import { Link } from '@/components/site-link';
import { notFound } from 'next/navigation';
import { ShieldAlert } from 'lucide-react';
import { ContactChannels } from '@/components/contact-channels';
import { FlowList } from '@/components/flow-list';
import { Notice } from '@/components/notice';
import { PageShell } from '@/components/page-shell';
import { PROSE } from '@/components/prose';
import { RequestPreparer } from '@/components/request-preparer';
import { SearchForm } from '@/components/search-form';
import { getCatalog } from '@/lib/content/source';
import { catalogPageMetadata } from '@/lib/seo';
import { describeHandoff, parseAnswerList } from '@/lib/flows/handoff';
import { getMessages, interpolate } from '@/lib/i18n/messages';
import { contactPath, firstParam, verifyPath } from '@/lib/routes';
import { browserFlowsUrl, browserIndexUrl } from '@/lib/search/source';
import { EMPTY_FORM } from '@/lib/support/form';
import { supportServerContext } from '@/lib/support/server-context';
import { sendRequestForm } from './actions';

export async function generateMetadata({ params }: PageProps<'/[locale]/contact'>): Promise<Metadata> {
  const { locale } = await params;
  const catalog = getCatalog();
  if (!catalog.isLocale(locale) || !catalog.contact(locale)) notFound();
  const t = getMessages(locale).contact;
  return catalogPageMetadata(catalog, locale, { kind: 'contact' }, {
    title: t.title,
    description: interpolate(t.description, { brand: catalog.site.brand }),
    path: contactPath(locale),
  });
}

/**
 * Contact support: safety first, then self-service, then every channel, then the request preparer.
 * Rendered per request, since a flow hands over its answers in the query string
 * (`?flow=&outcome=&answers=`) and the form without JavaScript is answered on this page.
 */
export default async function ContactPage({ params, searchParams }: PageProps<'/[locale]/contact'>) {
  const { locale } = await params;
  const catalog = getCatalog();
  const contact = catalog.isLocale(locale) ? catalog.contact(locale) : null;
  if (!contact) notFound();
  const { site } = catalog;
  const messages = getMessages(locale);
  const t = messages.contact;
  const query = await searchParams;

  // A hand-off counts only if it replays to that flow's escalation outcome; otherwise the form starts empty.
  const flowSlug = firstParam(query.flow);
  const outcome = firstParam(query.outcome);
  const answers = parseAnswerList(firstParam(query.answers));
  const flow = flowSlug ? catalog.flow(locale, flowSlug) : null;
  const handoff = flow ? describeHandoff(flow, outcome, answers) : null;
  const initial = {
    values: handoff ? { ...EMPTY_FORM, topic: handoff.topic ?? '', flow: handoff.flow, outcome: handoff.outcome, answers: handoff.answers.join(',') } : EMPTY_FORM,
    result: null,
  };
  const nowUtc = new Date().toISOString().slice(0, 16).replace('T', ' ');

  return (
    <PageShell locale={locale} alternates={catalog.alternates({ kind: 'contact' })}>
      <div className="max-w-3xl">
        <h1 className="text-3xl font-semibold tracking-tight text-slate-900 dark:text-white">{t.title}</h1>
        <div className={`${PROSE} mt-3`} dangerouslySetInnerHTML={{ __html: contact.intro }} />

        <section
          aria-labelledby="contactSafetyTitle"
          className="mt-6 rounded-xl border-2 border-red-600 bg-red-50 p-5 text-red-950 dark:border-red-400 dark:bg-red-950 dark:text-red-50"
        >
          <h2 id="contactSafetyTitle" className="flex items-center gap-2 text-xl font-semibold">
            <ShieldAlert aria-hidden="true" className="size-6 shrink-0" />
            {t.safetyTitle}
          </h2>
          <ul className="mt-3 list-disc space-y-1 pl-5 leading-7">
            {t.safetyPoints.map((point) => (
              <li key={point}>{point}</li>
            ))}
          </ul>
          <p className="mt-3">
            <Link href={verifyPath(locale)} className="underline underline-offset-4">
              {t.safetyVerifyLink}
            </Link>
          </p>
        </section>

        <nav aria-labelledby="onThisPageTitle" className="mt-6">
          <h2 id="onThisPageTitle" className="text-sm font-semibold text-slate-900 dark:text-white">
            {t.onThisPage}
          </h2>
          <ul className="mt-2 flex flex-wrap gap-x-5 gap-y-2 text-brand-700 dark:text-brand-300">
            {[
              ['#beforeTitle', t.beforeTitle],
              ['#channelsTitle', t.channelsTitle],
              ['#prepareTitle', t.prepareTitle],
              ['#request', t.form.title],
            ].map(([href, label]) => (
              <li key={href}>
                <a href={href} className="underline underline-offset-4">
                  {label}
                </a>
              </li>
            ))}
          </ul>
        </nav>

        {handoff && (
          <Notice className="mt-6">
            <a href="#request" className="underline underline-offset-4">
              {interpolate(t.form.fromGuide, { flow: handoff.flowTitle })}
            </a>
            {' — '}
            {t.form.fromGuideIntro}
          </Notice>
        )}

        <section aria-labelledby="beforeTitle" className="mt-10">
          <h2 id="beforeTitle" className="text-2xl font-semibold text-slate-900 dark:text-white">
            {t.beforeTitle}
          </h2>
          <p className="mt-2 leading-7 text-slate-700 dark:text-slate-300">{t.beforeIntro}</p>
          <div className="mt-4">
            <SearchForm locale={locale} id="contactSearch" />
          </div>
          {catalog.flows(locale).length > 0 && (
            <>
              <h3 className="mt-6 mb-3 font-semibold text-slate-900 dark:text-white">{t.guidesTitle}</h3>
              <FlowList locale={locale} flows={catalog.flows(locale)} />
            </>
          )}
        </section>

        <section aria-labelledby="channelsTitle" className="mt-10">
          <h2 id="channelsTitle" className="text-2xl font-semibold text-slate-900 dark:text-white">
            {t.channelsTitle}
          </h2>
          <ContactChannels locale={locale} site={site} contact={contact} />
        </section>

        <section aria-labelledby="prepareTitle" className="mt-10">
          <h2 id="prepareTitle" className="text-2xl font-semibold text-slate-900 dark:text-white">
            {t.prepareTitle}
          </h2>
          <div className={`${PROSE} mt-2`}>
            <div dangerouslySetInnerHTML={{ __html: contact.prepare.intro }} />
            <ul>
              {contact.prepare.items.map((item) => (
                <li key={item} dangerouslySetInnerHTML={{ __html: item }} />
              ))}
            </ul>
          </div>
          <h3 className="mt-6 text-lg font-semibold text-slate-900 dark:text-white">{t.duplicatesTitle}</h3>
          <div className={`${PROSE} mt-1`} dangerouslySetInnerHTML={{ __html: contact.duplicates }} />
          <h3 className="mt-6 text-lg font-semibold text-slate-900 dark:text-white">{t.clearTitle}</h3>
          <div className={`${PROSE} mt-1`}>
            <div dangerouslySetInnerHTML={{ __html: contact.clearRequest.intro }} />
            <ul>
              {contact.clearRequest.tips.map((tip) => (
                <li key={tip} dangerouslySetInnerHTML={{ __html: tip }} />
              ))}
            </ul>
          </div>
        </section>

        <section id="request" aria-labelledby="requestTitle" className="mt-10 scroll-mt-6">
          <h2 id="requestTitle" className="text-2xl font-semibold text-slate-900 dark:text-white">
            {t.form.title}
          </h2>
          <p id="requestFormIntro" className="mt-2 leading-7 text-slate-700 dark:text-slate-300">
            {t.form.intro}
          </p>
          <RequestPreparer
            locale={locale}
            action={sendRequestForm.bind(null, locale)}
            initial={initial}
            permalink={`${handoff ? contactPath(locale, handoff) : contactPath(locale)}#request`}
            strings={t.form}
            labels={t.request}
            handoff={handoff}
            supportEmail={site.supportEmail}
            canSubmit={supportServerContext().forward !== undefined}
            apiUrl="/api/support-requests"
            indexUrl={browserIndexUrl(locale)}
            flowsUrl={browserFlowsUrl(locale)}
            nowUtc={nowUtc}
          />
        </section>
      </div>
    </PageShell>
  );
}
