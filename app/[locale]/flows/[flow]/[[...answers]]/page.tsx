import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { Breadcrumbs } from '@/components/breadcrumbs';
import { FlowStep } from '@/components/flow-step';
import { PageShell } from '@/components/page-shell';
import { getCatalog } from '@/lib/content/source';
import { parseAnswers } from '@/lib/flows/answers';
import { viewFlowStep } from '@/lib/flows/view';
import { getMessages } from '@/lib/i18n/messages';
import { flowPath, flowsPath, homePath } from '@/lib/routes';
import { pageMetadata } from '@/lib/seo';

/**
 * Every step on a path without repeats is built ahead; any other address (a loop taken, a stale or
 * tampered link) renders on demand, which is cheap and pure: the start with a notice, never a 404.
 */
export const dynamicParams = true;

export function generateStaticParams() {
  return getCatalog().flowParams().map(({ locale, flow, answers }) => ({ locale, flow, answers }));
}

type Props = PageProps<'/[locale]/flows/[flow]/[[...answers]]'>;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, flow: slug } = await params;
  const catalog = getCatalog();
  const flow = catalog.flow(locale, slug);
  if (!flow) return {};
  return pageMetadata({
    title: flow.title,
    description: flow.summary,
    // Every step of a flow is the same page to a search engine: its start.
    path: flowPath(locale, slug),
    alternates: catalog.alternates({ kind: 'flow', slug, answers: [] }),
    defaultLocale: catalog.defaultLocale,
  });
}

export default async function FlowPage({ params }: Props) {
  const { locale, flow: slug, answers } = await params;
  const catalog = getCatalog();
  const flow = catalog.flow(locale, slug);
  if (!flow) notFound();
  const view = viewFlowStep(flow, parseAnswers(answers));
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
      <h1 className="text-3xl font-bold tracking-tight text-slate-900 dark:text-white">{flow.title}</h1>
      <div className="mt-6">
        <FlowStep locale={locale} view={view} articles={articles} />
      </div>
    </PageShell>
  );
}
