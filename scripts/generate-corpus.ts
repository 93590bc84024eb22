/**
 * `npm run corpus -- --articles 2000 --out <dir> [--seed 42]` writes a complete content folder of
 * N articles per locale: a copy of content/ (or HELP_CONTENT_DIR), the real articles, flows and
 * YAML included, plus generated articles made from the real ones (scripts/corpus/generate.ts).
 * Build or check it with HELP_CONTENT_DIR=<dir>. The folder must not exist or be empty.
 */
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { createCorpus } from './corpus/files';

const { values } = parseArgs({
  options: {
    articles: { type: 'string', default: '2000' },
    out: { type: 'string' },
    seed: { type: 'string', default: '42' },
  },
});
const articles = Number(values.articles);
const seed = Number(values.seed);
if (!values.out || !Number.isInteger(articles) || articles < 1 || !Number.isInteger(seed)) {
  console.error('usage: npm run corpus -- --articles 2000 --out <dir> [--seed 42]');
  process.exit(2);
}
const from = process.env.HELP_CONTENT_DIR || 'content';
const out = path.resolve(values.out);
if ((await readdir(out).catch(() => [])).length > 0) {
  console.error(`${values.out} is not empty: give a new folder`);
  process.exit(2);
}
const started = performance.now();
const { generated, real } = await createCorpus(from, out, { articles, seed });
console.log(`${out}: ${real} real + ${generated} generated articles per locale in ${Math.round(performance.now() - started)} ms`);
