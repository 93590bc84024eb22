import type { ReactNode } from 'react';
import { Info } from 'lucide-react';

/** A calm, informational callout (not an error): missing translations and similar. */
export function Notice({ children, id, className = '' }: { children: ReactNode; id?: string; className?: string }) {
  return (
    <div
      id={id}
      role="note"
      className={`flex gap-3 rounded-xl border border-sky-200 bg-sky-50 p-4 text-sm leading-6 text-sky-950 dark:border-sky-900 dark:bg-sky-950 dark:text-sky-100 ${className}`}
    >
      <Info aria-hidden="true" className="mt-0.5 size-5 shrink-0" />
      <div>{children}</div>
    </div>
  );
}
