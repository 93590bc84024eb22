import type { Metadata } from 'next';
import { Breadcrumbs } from '@/components/breadcrumbs';
import { FlowList } from '@/components/flow-list';
import { PageShell } from '@/components/page-shell';
import { getCatalog } from '@/lib/content/source';
import { getMessages } from '@/lib/i18n/messages';
import { flowsPath, homePath } from '@/lib/routes';
import { catalogPageMetadata } from '@/lib/seo';

/** Only the locales in site.yaml exist; anything else is a 404, not a page rendered on demand. */
export const dynamicParams = false;

export async function generateMetadata({ params }: PageProps<'/[locale]/flows'>): Promise<Metadata> {
  const { locale } = await params;
  const catalog = getCatalog();
  const t = getMessages(locale).flows;
  return catalogPageMetadata(catalog, locale, { kind: 'flows' }, {
    title: t.listTitle,
    description: t.listIntro,
    path: flowsPath(locale),
  });
}

export default async function FlowsPage({ params }: PageProps<'/[locale]/flows'>) {
  const { locale } = await params;
  const catalog = getCatalog();
  const t = getMessages(locale);
  return (
    <PageShell locale={locale} alternates={catalog.alternates({ kind: 'flows' })}>
      <Breadcrumbs
        locale={locale}
        trail={[
          { name: t.breadcrumbs.home, path: homePath(locale) },
          { name: t.flows.listTitle, path: flowsPath(locale) },
        ]}
      />
      <h1 className="text-3xl font-semibold tracking-tight text-slate-900 dark:text-white">{t.flows.listTitle}</h1>
      <p className="mt-2 max-w-2xl text-lg leading-8 text-slate-600 dark:text-slate-300">{t.flows.listIntro}</p>
      <div className="mt-8">
        <FlowList locale={locale} flows={catalog.flows(locale)} />
      </div>
    </PageShell>
  );
}
