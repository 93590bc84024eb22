import { Link } from '@/components/site-link';
import { ArrowRight } from 'lucide-react';
import type { CompiledFlow } from '@/lib/flows/compiled';
import { flowPath } from '@/lib/routes';

/** The guided flows, each with its one-line "use this when". */
export function FlowList({ locale, flows }: { locale: string; flows: readonly CompiledFlow[] }) {
  return (
    <ul className="grid gap-3 sm:grid-cols-2">
      {flows.map((flow) => (
        <li key={flow.slug}>
          <Link
            href={flowPath(locale, flow.slug)}
            className="flex h-full items-start justify-between gap-3 rounded-xl border border-slate-200 p-4 hover:border-brand-600 hover:bg-brand-50 dark:border-slate-800 dark:hover:border-brand-300 dark:hover:bg-brand-950"
          >
            <span>
              <span className="font-semibold text-slate-900 dark:text-white">{flow.title}</span>
              <span className="mt-1 block text-sm leading-6 text-slate-600 dark:text-slate-400">{flow.summary}</span>
            </span>
            <ArrowRight aria-hidden="true" className="mt-1 size-4 shrink-0 text-brand-700 dark:text-brand-300" />
          </Link>
        </li>
      ))}
    </ul>
  );
}
