import { notFound } from 'next/navigation';
import { FAULT_MESSAGE, faultPagesEnabled } from '@/lib/fault-pages';

/** A root layout that fails: only the global error page can answer (see lib/fault-pages.ts). */
export const dynamic = 'force-dynamic';

export default function FaultLayout(): never {
  if (!faultPagesEnabled()) notFound();
  throw new Error(FAULT_MESSAGE);
}
