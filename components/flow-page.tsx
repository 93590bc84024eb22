import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { Breadcrumbs } from './breadcrumbs';
import { FlowStep } from './flow-step';
import { PageShell } from './page-shell';
import { getCatalog } from '@/lib/content/source';
import { parseAnswers } from '@/lib/flows/answers';
import { viewFlowStep } from '@/lib/flows/view';
import { getMessages } from '@/lib/i18n/messages';
import { flowPath, flowsPath, homePath } from '@/lib/routes';
import { catalogPageMetadata } from '@/lib/seo';

/**
 * One step of a guided flow, for both routes that show one: the static pages built ahead
 * (app/[locale]/flows/…) and the per-request twin the proxy sends every other address to
 * (app/[locale]/flow-steps/…).
 */
export function flowPageMetadata(locale: string, slug: string): Metadata {
  const catalog = getCatalog();
  const flow = catalog.flow(locale, slug);
  if (!flow) return {};
  return catalogPageMetadata(catalog, locale, { kind: 'flow', slug, answers: [] }, {
    title: flow.title,
    description: flow.summary,
    // Every step of a flow is the same page to a search engine: its start.
    path: flowPath(locale, slug),
  });
}

export function FlowPage({ locale, slug, answers }: { locale: string; slug: string; answers: readonly string[] | undefined }) {
  const catalog = getCatalog();
  const flow = catalog.flow(locale, slug);
  if (!flow) notFound();
  const view = viewFlowStep(flow, parseAnswers(answers ? [...answers] : undefined));
  const t = getMessages(locale);
  const articles = view.step.type === 'outcome' ? view.step.articles.flatMap((article) => catalog.article(locale, article)?.article ?? []) : [];
  return (
    <PageShell
      locale={locale}
      alternates={catalog.alternates({ kind: 'flow', slug, answers: view.answers })}
      outcome={view.step.type === 'outcome' ? view.step.result : undefined}
    >
      <Breadcrumbs
        locale={locale}
        trail={[
          { name: t.breadcrumbs.home, path: homePath(locale) },
          { name: t.flows.listTitle, path: flowsPath(locale) },
          { name: flow.title, path: flowPath(locale, slug) },
        ]}
      />
      <h1 className="text-3xl font-semibold tracking-tight text-slate-900 dark:text-white">{flow.title}</h1>
      <div className="mt-6">
        <FlowStep locale={locale} view={view} articles={articles} />
      </div>
    </PageShell>
  );
}
