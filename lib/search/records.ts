import type { CompiledContent } from '../content/compiled';
import { articlePath } from '../routes';
import type { SearchRecord } from './engine';

/** One search record per article of a locale (its own articles only, not fallbacks). */
export function searchRecords(content: CompiledContent, locale: string): SearchRecord[] {
  const compiled = content.locales[locale];
  if (!compiled) return [];
  const categoryTitles = new Map(compiled.categories.map((category) => [category.slug, category.title]));
  return compiled.articles.map((article) => ({
    slug: article.slug,
    title: article.title,
    url: articlePath(locale, article.slug),
    category: article.category,
    categoryTitle: categoryTitles.get(article.category) ?? article.category,
    description: article.description,
    headings: article.toc.map((entry) => entry.text),
    tags: article.tags,
    text: article.text,
    promoted: article.promoted,
  }));
}
