/**
 * `tsx scripts/content.ts check`  validates content and prints every problem and the counts.
 * `tsx scripts/content.ts build`  does the same, then writes the compiled content for the app.
 * The folder is HELP_CONTENT_DIR, or content/ by default.
 */
import { createHash } from 'node:crypto';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { loadContent } from '../lib/content/load';
import { formatProblem } from '../lib/content/problems';
import { gzipSync } from 'node:zlib';
import { COMPILED_CONTENT_FILE } from '../lib/content/source';
import { SearchIndex } from '../lib/search/engine';
import { searchRecords } from '../lib/search/records';
import { shardIndex } from '../lib/search/shards';
import { BROWSER_INDEX_DIR, SERVER_INDEX_DIR, browserFlowsFile } from '../lib/search/source';
import { flowPath } from '../lib/routes';
import { describeFlow } from '../lib/flows/describe';

const kib = (data: string | Buffer | number) => ((typeof data === 'number' ? data : Buffer.byteLength(data)) / 1024).toFixed(1);

const mode = process.argv[2];
if (mode !== 'check' && mode !== 'build') {
  console.error('usage: tsx scripts/content.ts check|build');
  process.exit(2);
}

const contentDir = process.env.HELP_CONTENT_DIR || 'content';
const started = performance.now();
const { content, problems } = await loadContent(contentDir);
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
  await writeFile(output, JSON.stringify(content));
  await mkdir(SERVER_INDEX_DIR, { recursive: true });
  await mkdir(BROWSER_INDEX_DIR, { recursive: true });
  for (const locale of Object.keys(content.locales)) {
    const index = SearchIndex.build(locale, searchRecords(content, locale), content.locales[locale]?.synonyms ?? []);
    const data = await index.export({ withText: true });
    const server = JSON.stringify(data);
    await writeFile(path.join(SERVER_INDEX_DIR, `${locale}.json`), server);
    // The browser's copy: a manifest and shards named by their content, so they can be cached for good.
    const { manifest, shards } = shardIndex(data, (field, body) => `${locale}/${field}-${createHash('sha256').update(body).digest('hex').slice(0, 12)}.json`);
    await rm(path.join(BROWSER_INDEX_DIR, locale), { recursive: true, force: true });
    await mkdir(path.join(BROWSER_INDEX_DIR, locale), { recursive: true });
    const browser = JSON.stringify(manifest);
    await writeFile(path.join(BROWSER_INDEX_DIR, `${locale}.json`), browser);
    for (const shard of shards) await writeFile(path.join(BROWSER_INDEX_DIR, shard.file), shard.body);
    const offers = (content.locales[locale]?.flows ?? []).map(({ slug, title, keywords }) => ({ slug, title, keywords, url: flowPath(locale, slug) }));
    await writeFile(browserFlowsFile(locale), JSON.stringify(offers));
    const shardBytes = shards.map(({ body }) => gzipSync(body).length);
    console.log(
      `search index ${locale}: manifest ${kib(gzipSync(browser))} KiB gzipped, ${shards.length} shards of ${kib(Math.max(...shardBytes))} KiB at most (${kib(shardBytes.reduce((a, b) => a + b, 0))} KiB in all)`,
    );
  }
}
const elapsed = Math.round(performance.now() - started);
console.log(`content ${mode === 'build' ? `compiled to ${COMPILED_CONTENT_FILE}` : 'is valid'} in ${elapsed} ms, ${warnings.length} warnings`);
