/** The help center's mark: a simple anchor, drawn inline so it costs no request. */
export function BrandMark({ className }: { className?: string }) {
  return (
    <svg viewBox="0 0 32 32" aria-hidden="true" className={className}>
      <rect width="32" height="32" rx="8" className="fill-brand-600 dark:fill-brand-300" />
      <path
        d="M16 6v18M10 12h12M8 18c0 4 3.6 7 8 7s8-3 8-7"
        fill="none"
        strokeWidth="2.5"
        strokeLinecap="round"
        className="stroke-white dark:stroke-slate-950"
      />
    </svg>
  );
}
