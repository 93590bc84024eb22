import { cp, mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { type CorpusOptions, type SourceArticle, generateCorpus } from './generate';

/** Every article of a content folder as written: `{locale}/{category}/{slug}.md` in each locale folder. */
export async function readSourceArticles(contentDir: string): Promise<SourceArticle[]> {
  const articles: SourceArticle[] = [];
  for (const locale of (await readdir(contentDir, { withFileTypes: true })).filter((entry) => entry.isDirectory()).map((entry) => entry.name).sort()) {
    const localeDir = path.join(contentDir, locale);
    if (!(await readdir(localeDir)).includes('categories.yaml')) continue;
    for (const category of (await readdir(localeDir, { withFileTypes: true })).filter((entry) => entry.isDirectory()).map((entry) => entry.name).sort()) {
      for (const name of (await readdir(path.join(localeDir, category))).filter((file) => file.endsWith('.md')).sort()) {
        const source = await readFile(path.join(localeDir, category, name), 'utf8');
        articles.push({ locale, category, slug: name.slice(0, -'.md'.length), source });
      }
    }
  }
  return articles;
}

/**
 * Copies the content folder `from` to `out` (site.yaml, categories, synonyms, contact pages, flows
 * and the real articles) and adds the generated articles. Returns the counts per locale and the
 * generated slugs and files (paths inside `out`).
 */
export async function createCorpus(from: string, out: string, options: CorpusOptions) {
  await mkdir(out, { recursive: true });
  await cp(from, out, { recursive: true });
  const sources = await readSourceArticles(from);
  const corpus = generateCorpus(sources, options);
  const folders = new Set(corpus.files.map((file) => path.dirname(path.join(out, file.path))));
  await Promise.all([...folders].map((folder) => mkdir(folder, { recursive: true })));
  await Promise.all(corpus.files.map((file) => writeFile(path.join(out, file.path), file.text)));
  const locales = new Set(sources.map((article) => article.locale)).size;
  return { real: sources.length / Math.max(1, locales), generated: corpus.slugs.length, slugs: corpus.slugs, files: corpus.files.map((file) => file.path) };
}
