import { Link } from '@/components/site-link';
import type { CompiledArticle } from '@/lib/content/compiled';
import { articlePath } from '@/lib/routes';

/** A list of article links, each with its one-sentence description. */
export function ArticleList({
  locale,
  articles,
  showDescriptions = true,
}: {
  locale: string;
  articles: readonly CompiledArticle[];
  showDescriptions?: boolean;
}) {
  return (
    <ul className="divide-y divide-slate-200 rounded-xl border border-slate-200 dark:divide-slate-800 dark:border-slate-800">
      {articles.map((article) => (
        <li key={article.slug}>
          <Link
            href={articlePath(locale, article.slug)}
            className="block px-4 py-3.5 hover:bg-slate-50 focus-visible:-outline-offset-3 dark:hover:bg-slate-900"
          >
            <span className="text-brand-700 dark:text-brand-300">{article.title}</span>
            {showDescriptions && (
              <span className="mt-0.5 block text-sm leading-6 text-slate-600 dark:text-slate-400">
                {article.description}
              </span>
            )}
          </Link>
        </li>
      ))}
    </ul>
  );
}
