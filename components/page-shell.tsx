import type { ReactNode } from 'react';
import type { Alternate } from '@/lib/content/catalog';
import { SiteHeader } from './site-header';

/**
 * The header (whose language switch depends on the page) and the main landmark. The layout owns
 * <html>, the skip link and the footer; each page passes its own alternates.
 *
 * Ids of the page's own elements are camelCase on purpose: article heading ids are lowercase
 * slugs, so a heading can never take an id the page itself uses.
 */
export function PageShell({
  locale,
  alternates,
  outcome,
  children,
}: {
  locale: string;
  alternates: readonly Alternate[];
  /** On a flow's last step: whether it ended solved or with a person, for tests and analytics. */
  outcome?: 'resolved' | 'escalate';
  children: ReactNode;
}) {
  return (
    <>
      <SiteHeader locale={locale} alternates={alternates} />
      <main id="mainContent" tabIndex={-1} data-outcome={outcome} className="mx-auto max-w-5xl px-4 pt-6 pb-4 outline-none sm:px-6 sm:pt-10">
        {children}
      </main>
    </>
  );
}
