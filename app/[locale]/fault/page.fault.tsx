import { notFound } from 'next/navigation';
import { FAULT_MESSAGE, faultPagesEnabled } from '@/lib/fault-pages';

/** A page under a locale that fails to render: the locale's error boundary answers (see lib/fault-pages.ts). */
export const dynamic = 'force-dynamic';

export default function FaultPage() {
  if (!faultPagesEnabled()) notFound();
  throw new Error(FAULT_MESSAGE);
}
