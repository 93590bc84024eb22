import type { ComponentProps, ComponentType } from 'react';
import type { Category } from '@/lib/content/schema';
import { getCatalog } from '@/lib/content/source';
import { getMessages, plural } from '@/lib/i18n/messages';
import { categoryPath } from '@/lib/routes';
import { CategoryIcon } from './category-icon';

/**
 * The categories as cards. `link` renders each card's link: the site's Link where the page hydrates
 * (the home page, the 404), a plain anchor where it never does (the results page's body, rendered
 * outside Next: see components/search-results.tsx), which is why this module does not import Link.
 */
export function CategoryGrid({
  locale,
  categories,
  link: Anchor = 'a',
}: {
  locale: string;
  categories: readonly Category[];
  link?: ComponentType<ComponentProps<'a'> & { href: string }> | 'a';
}) {
  const catalog = getCatalog();
  const t = getMessages(locale).category;
  return (
    <ul className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
      {categories.map((category) => (
        <li key={category.slug}>
          <Anchor
            href={categoryPath(locale, category.slug)}
            className="group flex h-full gap-4 rounded-xl border border-slate-200 p-4 transition-colors hover:border-brand-600 hover:bg-brand-50/60 dark:border-slate-800 dark:hover:border-brand-300 dark:hover:bg-slate-900"
          >
            <span className="flex size-10 shrink-0 items-center justify-center rounded-lg bg-brand-50 text-brand-700 dark:bg-brand-950 dark:text-brand-300">
              <CategoryIcon name={category.icon} className="size-5" />
            </span>
            <span>
              <span className="block font-semibold text-slate-900 group-hover:text-brand-800 dark:text-white dark:group-hover:text-brand-200">
                {category.title}
              </span>
              <span className="mt-1 block text-sm leading-6 text-slate-600 dark:text-slate-400">{category.description}</span>
              <span className="mt-2 block text-xs text-slate-500 dark:text-slate-400">
                {plural(t.articleCount, locale, catalog.articleCount(locale, category.slug))}
              </span>
            </span>
          </Anchor>
        </li>
      ))}
    </ul>
  );
}
