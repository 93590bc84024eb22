import type { Metadata } from 'next';
import { FlowPage, flowPageMetadata } from '@/components/flow-page';

/**
 * Flow steps that were not built ahead, rendered per request and never stored. The proxy rewrites
 * /{locale}/flows/… here when the answers are not a page built ahead; the address bar keeps the
 * /flows/ URL, which is also every link's and the canonical one.
 */
export const dynamic = 'force-dynamic';

type Props = PageProps<'/[locale]/flow-steps/[flow]/[[...answers]]'>;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, flow } = await params;
  return { ...flowPageMetadata(locale, flow), robots: { index: false } };
}

export default async function FlowStepOnDemandPage({ params }: Props) {
  const { locale, flow, answers } = await params;
  return <FlowPage locale={locale} slug={flow} answers={answers} />;
}
