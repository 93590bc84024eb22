/**
 * `tsx scripts/content.ts check`  validates content and prints every problem and the counts.
 * `tsx scripts/content.ts build`  does the same, then writes the compiled content for the app.
 * The folder is HELP_CONTENT_DIR, or content/ by default.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { loadContent, threadsWorthStarting } from '../lib/content/load';
import { inParallel } from '../lib/in-parallel';
import { formatProblem } from '../lib/content/problems';
import { COMPILED_CONTENT_FILE } from '../lib/content/source';
import { searchRecords } from '../lib/search/records';
import { BROWSER_INDEX_DIR, SERVER_INDEX_DIR, browserFlowsFile } from '../lib/search/source';
import { flowPath } from '../lib/routes';
import { describeFlow } from '../lib/flows/describe';
import { buildThreads, contentWorkers } from './lib/content-tasks';
import { writeSearchIndex } from './lib/search-index-files';

function threadsOrExit(): number {
  try {
    return buildThreads();
  } catch (error) {
    console.error((error as Error).message);
    process.exit(2);
  }
}

const kib = (bytes: number) => (bytes / 1024).toFixed(1);

const mode = process.argv[2];
if (mode !== 'check' && mode !== 'build') {
  console.error('usage: tsx scripts/content.ts check|build');
  process.exit(2);
}

const contentDir = process.env.HELP_CONTENT_DIR || 'content';
const started = performance.now();
const workers = contentWorkers(threadsOrExit());
const { content, problems } = await loadContent(contentDir, { parallel: workers.articles });
const errors = problems.filter((problem) => problem.severity === 'error');
const warnings = problems.filter((problem) => problem.severity === 'warning');

for (const warning of warnings) console.warn(`warning: ${formatProblem(warning)}`);
if (!content) {
  for (const error of errors) console.error(`error: ${formatProblem(error)}`);
  console.error(`\n${errors.length} ${errors.length === 1 ? 'error' : 'errors'} in ${contentDir}/: fix them and run again.`);
  process.exit(1);
}

for (const [locale, { categories, articles }] of Object.entries(content.locales)) {
  const counts = categories.map(
    (category) => `${category.slug} ${articles.filter((article) => article.category === category.slug).length}`,
  );
  console.log(`${locale}: ${articles.length} articles (${counts.join(', ')})`);
}
const [firstLocale] = Object.values(content.locales);
for (const flow of firstLocale?.flows ?? []) console.log(`flow ${flow.slug}: ${describeFlow(flow)}`);

if (mode === 'build') {
  const output = path.join(process.cwd(), COMPILED_CONTENT_FILE);
  await mkdir(path.dirname(output), { recursive: true });
  const written = writeFile(output, JSON.stringify(content));
  await mkdir(SERVER_INDEX_DIR, { recursive: true });
  await mkdir(BROWSER_INDEX_DIR, { recursive: true });
  const locales = Object.keys(content.locales);
  // Each locale's index on its own thread once the articles were worth threads of their own.
  const articleCount = Object.values(content.locales).reduce((sum, locale) => sum + locale.articles.length, 0);
  const indexWidth = threadsWorthStarting(articleCount, workers.articles.width);
  const sizes = await inParallel(locales, indexWidth, (locale) => {
    const task = { locale, records: searchRecords(content, locale), synonyms: content.locales[locale]?.synonyms ?? [] };
    return indexWidth > 1 ? workers.searchIndex(task) : writeSearchIndex(task);
  }).finally(() => workers.close());
  for (const [i, locale] of locales.entries()) {
    const offers = (content.locales[locale]?.flows ?? []).map(({ slug, title, keywords }) => ({ slug, title, keywords, url: flowPath(locale, slug) }));
    await writeFile(browserFlowsFile(locale), JSON.stringify(offers));
    const { manifest, shards } = sizes[i]!;
    console.log(
      `search index ${locale}: manifest ${kib(manifest)} KiB gzipped, ${shards.length} shards of ${kib(Math.max(...shards))} KiB at most (${kib(shards.reduce((a, b) => a + b, 0))} KiB in all)`,
    );
  }
  await written;
} else {
  await workers.close();
}
const elapsed = Math.round(performance.now() - started);
console.log(`content ${mode === 'build' ? `compiled to ${COMPILED_CONTENT_FILE}` : 'is valid'} in ${elapsed} ms, ${warnings.length} warnings`);
