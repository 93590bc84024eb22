import type { Metadata } from 'next';
import { FlowPage, flowPageMetadata } from '@/components/flow-page';
import { getCatalog } from '@/lib/content/source';

/**
 * Every step on a path without repeats is kept, and only those are served from here: the first steps
 * of each flow are built ahead (FLOW_DEPTH_BUILT_AHEAD), the deeper ones render on their first request
 * and are kept like them. Any other address (a loop taken, a stale or tampered link) is sent by the
 * proxy to the per-request twin (app/[locale]/flow-steps/…), which shows the start with a notice,
 * never a 404: keeping such addresses would store one page per address, and there are endless such
 * addresses. The proxy answers an unknown flow with the 404 for the same reason.
 */
export const dynamic = 'force-static';

export function generateStaticParams() {
  return getCatalog().prebuiltFlowParams();
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
