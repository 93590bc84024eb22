/**
 * `npm run bench:search [-- --articles N]`: builds a search index of N articles per locale (default
 * 10,000) and prints JSON: build time, index size raw and gzipped (for that corpus and for the real
 * content, which is what the browser downloads), and per-query latency p50/p95/p99
 * over fixed English and Chinese queries, for our engine and for plain FlexSearch on the same
 * documents in the same run, with the ratio (ours / plain); and ranking quality on the real content
 * (success@3 and MRR@10) for the whole-sentence and the keyword question sets in tests/unit/.
 *
 * The corpus is the real content (content/ or HELP_CONTENT_DIR) repeated with its sentences
 * reshuffled by a seeded generator, so it has the real vocabulary and the same result every run.
 */
import { gzipSync } from 'node:zlib';
import { Charset, Document } from 'flexsearch';
import { loadContent } from '../lib/content/load';
import { type SearchRecord, SearchIndex } from '../lib/search/engine';
import { measureQuality } from '../lib/search/quality';
import { searchRecords } from '../lib/search/records';
import { keywordQuestions, sentenceQuestions } from '../tests/unit/question-sets';
import { SEARCH_QUERIES } from './search-queries';

const ROUNDS = 60;
const BLOCKS = 6;

const articles = Number(process.argv[process.argv.indexOf('--articles') + 1]) || 10_000;
const { content } = await loadContent(process.env.HELP_CONTENT_DIR || 'content');
if (!content) throw new Error('content has errors: run npm run check:content');

const report: Record<string, unknown> = { articlesPerLocale: articles, node: process.version };
for (const locale of Object.keys(content.locales)) {
  const real = searchRecords(content, locale);
  const records = corpus(real, articles);
  const synonyms = content.locales[locale]?.synonyms ?? [];
  const realIndex = SearchIndex.build(locale, real, synonyms);
  const realBrowserCopy = JSON.stringify(await realIndex.export({ withText: false }));
  // Ranking quality on the real content: whole-sentence questions, and the keyword questions.
  const slugs = (query: string) => realIndex.search(query, { limit: 10 }).hits.map((hit) => hit.record.slug);
  const { misses: sentenceMisses, ...sentences } = measureQuality(sentenceQuestions(locale), slugs);
  const { misses: keywordMisses, ...keywords } = measureQuality(keywordQuestions(locale), slugs);

  let started = performance.now();
  const index = SearchIndex.build(locale, records, synonyms);
  const buildMs = performance.now() - started;
  const browserCopy = JSON.stringify(await index.export({ withText: false }));

  started = performance.now();
  const plain = plainFlexSearch(records);
  const plainBuildMs = performance.now() - started;

  const queries = SEARCH_QUERIES[locale] ?? SEARCH_QUERIES.en!;
  const [ours, baseline] = latencies(queries, (query) => index.search(query, { limit: 10 }), (query) => plain.search(query));
  const answered = {
    ours: queries.filter((query) => index.search(query).total > 0).length,
    plain: queries.filter((query) => plain.search(query).some((field) => field.result.length > 0)).length,
    of: queries.length,
  };
  report[locale] = {
    buildMs: round(buildMs),
    plainBuildMs: round(plainBuildMs),
    realArticles: real.length,
    realIndexBytes: Buffer.byteLength(realBrowserCopy),
    realIndexBytesGzip: gzipSync(realBrowserCopy).length,
    indexBytes: Buffer.byteLength(browserCopy),
    indexBytesGzip: gzipSync(browserCopy).length,
    queriesWithResults: answered,
    quality: { sentences, keywords, sentenceMisses: sentenceMisses.length, keywordMisses: keywordMisses.length },
    oursMs: ours,
    plainMs: baseline,
    ratio: { p50: round(ours.p50 / baseline.p50), p95: round(ours.p95 / baseline.p95), p99: round(ours.p99 / baseline.p99) },
  };
}
console.log(JSON.stringify(report, null, 2));

/** `count` records made from the real ones: same words, sentences reshuffled, unique slugs. */
function corpus(real: SearchRecord[], count: number): SearchRecord[] {
  const random = mulberry32(42);
  const sentences = real.flatMap((record) => record.text.split(/(?<=[.!?。！？])\s*/)).filter(Boolean);
  return Array.from({ length: count }, (_, i) => {
    const base = real[i % real.length]!;
    if (i < real.length) return base;
    const text = Array.from({ length: 25 }, () => sentences[Math.floor(random() * sentences.length)]).join(' ');
    return { ...base, slug: `${base.slug}-${i}`, url: `${base.url}-${i}`, title: `${base.title} ${i}`, text, promoted: false };
  });
}

/**
 * The baseline: the same documents in a plain FlexSearch Document, one search call per query and
 * nothing else (no synonyms, stems, spelling, ranking or snippets), configured as FlexSearch's docs
 * suggest: short fields `forward`, the body `strict`, and for Chinese its CJK charset, which indexes
 * single characters (its default encoder would find no Chinese at all).
 */
function plainFlexSearch(records: SearchRecord[]) {
  const chinese = records.some((record) => /\p{Script=Han}/u.test(record.title));
  const fields = ['title', 'tags', 'headings', 'description', 'body'] as const;
  const document = new Document({
    document: {
      id: 'id',
      index: fields.map((field) => ({
        field,
        tokenize: field === 'body' ? ('strict' as const) : ('forward' as const),
        ...(chinese ? { encoder: Charset.CJK } : {}),
      })),
    },
  });
  records.forEach((record, id) =>
    document.add({ id, title: record.title, tags: record.tags.join(' '), headings: record.headings.join(' '), description: record.description, body: record.text }),
  );
  return { search: (query: string) => document.search(query, { limit: 10 }) };
}

/**
 * Per-query latency of each engine, p50/p95/p99 in ms, in the steady state of a server: after a
 * warm-up and one full collection of the garbage the builds left, the engines take turns in short
 * blocks (ABBA...), so a slow moment of a shared machine costs both alike and the ratio holds.
 * (Collecting between blocks was tried: the first queries after a full collection run several
 * times slower, for both engines, which a server sees only as often as it does a full collection.)
 */
type Stats = { p50: number; p95: number; p99: number };

function latencies(queries: string[], ...engines: [(query: string) => unknown, (query: string) => unknown]): [Stats, Stats] {
  for (let round = 0; round < 3; round++) for (const query of queries) for (const run of engines) run(query);
  globalThis.gc?.();
  const samples = engines.map((): number[] => []);
  for (let block = 0; block < BLOCKS; block++) {
    const order = block % 2 === 0 ? [0, 1] : [1, 0];
    for (const i of order) {
      for (let round = 0; round < ROUNDS / BLOCKS; round++) {
        for (const query of queries) {
          const started = performance.now();
          engines[i]!(query);
          samples[i]!.push(performance.now() - started);
        }
      }
    }
  }
  const stats = (engineSamples: number[]): Stats => {
    engineSamples.sort((a, b) => a - b);
    const at = (fraction: number) => round(engineSamples[Math.min(engineSamples.length - 1, Math.floor(engineSamples.length * fraction))]!, 4);
    return { p50: at(0.5), p95: at(0.95), p99: at(0.99) };
  };
  return [stats(samples[0]!), stats(samples[1]!)];
}

function mulberry32(seed: number) {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function round(value: number, digits = 2) {
  return Number(value.toFixed(digits));
}
