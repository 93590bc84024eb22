import { Link } from '@/components/site-link';

/** A topic listed in categories.yaml before its first article: say so, and point somewhere useful. */
export function EmptyCategory({ message, supportPath }: { message: string; supportPath: string | null }) {
  return (
    <p className="rounded-xl border border-dashed border-slate-300 px-4 py-6 text-slate-600 dark:border-slate-700 dark:text-slate-300">
      {supportPath ? (
        <Link href={supportPath} className="text-brand-700 underline underline-offset-4 dark:text-brand-300">
          {message}
        </Link>
      ) : (
        message
      )}
    </p>
  );
}
