import type { Metadata } from 'next';
import { FlowPage, flowPageMetadata } from '@/components/flow-page';
import { getCatalog } from '@/lib/content/source';

/**
 * Every step on a path without repeats is built ahead, and only those are served from here. Any
 * other address (a loop taken, a stale or tampered link) is sent by the proxy to the per-request
 * twin (app/[locale]/flow-steps/…), which shows the start with a notice, never a 404: rendering such
 * addresses here would store each one in the page cache, and there are endless such addresses.
 */
export const dynamicParams = false;

export function generateStaticParams() {
  return getCatalog().flowParams().map(({ locale, flow, answers }) => ({ locale, flow, answers }));
}

type Props = PageProps<'/[locale]/flows/[flow]/[[...answers]]'>;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, flow } = await params;
  return flowPageMetadata(locale, flow);
}

export default async function FlowStepPage({ params }: Props) {
  const { locale, flow, answers } = await params;
  return <FlowPage locale={locale} slug={flow} answers={answers} />;
}
