import { Route } from 'lucide-react';
import type { CompiledFlow } from '@/lib/flows/compiled';
import { getMessages } from '@/lib/i18n/messages';
import { flowPath } from '@/lib/routes';

/** A guided flow offered above the search results when the query is about what it solves (a plain link: see SearchResults). */
export function FlowOffer({ locale, flow }: { locale: string; flow: CompiledFlow }) {
  const t = getMessages(locale).flows;
  return (
    <aside aria-label={t.searchOffer} className="mt-6 flex gap-3 rounded-xl bg-brand-50 p-4 dark:bg-brand-950">
      <Route aria-hidden="true" className="mt-0.5 size-5 shrink-0 text-brand-700 dark:text-brand-300" />
      <div>
        <p className="text-sm text-slate-700 dark:text-slate-300">{t.searchOffer}</p>
        <a href={flowPath(locale, flow.slug)} className="text-lg text-brand-700 underline underline-offset-4 dark:text-brand-300">
          {flow.title}
        </a>
        <p className="mt-0.5 text-sm leading-6 text-slate-600 dark:text-slate-400">{flow.summary}</p>
      </div>
    </aside>
  );
}
