/**
 * `npm run tune:search`: tries the relevance model's weights (lib/search/rank.ts) around their
 * defaults on the real content and prints, best first, the settings with their success@3 and
 * MRR@10 on the whole-sentence and keyword question sets of both locales. The keyword sets must
 * stay whole (every question in the top 3): a setting that loses one is listed but never ranks first.
 *
 * The question sets are small; prefer round values and a setting that is good across its neighbours.
 */
import { loadContent } from '../lib/content/load';
import { SearchIndex } from '../lib/search/engine';
import { measureQuality } from '../lib/search/quality';
import { RANK_WEIGHTS, type RankWeights } from '../lib/search/rank';
import { searchRecords } from '../lib/search/records';
import { keywordQuestions, sentenceQuestions } from '../tests/unit/question-sets';

const GRID: { [K in keyof RankWeights]?: number[] } = {
  saturation: [4, 8, 16],
  baseRarity: [1, 2, 4],
  phrase: [0, 0.5, 1],
  body: [1],
  minShare: [0.2, 0.5],
  minScore: [0, 0.2, 0.3],
  promoted: [1],
  coordination: [0, 1, 2],
};

const { content } = await loadContent(process.env.HELP_CONTENT_DIR || 'content');
if (!content) throw new Error('content has errors: run npm run check:content');
const indexes = Object.keys(content.locales).map((locale) => ({
  locale,
  index: SearchIndex.build(locale, searchRecords(content, locale), content.locales[locale]!.synonyms),
}));

const settings = Object.entries(GRID).reduce<RankWeights[]>(
  (all, [name, values]) => all.flatMap((setting) => values!.map((value) => ({ ...setting, [name]: value }))),
  [RANK_WEIGHTS],
);
const results = settings.map((weights) => {
  const measured = indexes.map(({ locale, index }) => {
    const slugs = (query: string) => index.search(query, { limit: 10, weights }).hits.map((hit) => hit.record.slug);
    const sentences = measureQuality(sentenceQuestions(locale), slugs);
    const keywords = measureQuality(keywordQuestions(locale), slugs);
    return { locale, sentences: [sentences.successAt3, sentences.mrrAt10], keywords: [keywords.successAt3, keywords.mrrAt10] };
  });
  const keywordsWhole = measured.every(({ keywords }) => keywords[0] === 1);
  // Every locale counts: the worse locale's sentence success first, then the mean of everything.
  const worst = Math.min(...measured.map(({ sentences }) => sentences[0]!));
  const mean = measured.reduce((sum, { sentences, keywords }) => sum + sentences[0]! + sentences[1]! + keywords[1]!, 0) / (3 * measured.length);
  return { weights, keywordsWhole, worst, mean, measured };
});
const byKeywords = process.argv.includes('--keywords-first');
const keywordShare = (result: (typeof results)[number]) => Math.min(...result.measured.map(({ keywords }) => keywords[0]!));
results.sort((a, b) => Number(b.keywordsWhole) - Number(a.keywordsWhole) || (byKeywords ? keywordShare(b) - keywordShare(a) : 0) || b.worst - a.worst || b.mean - a.mean);
for (const { weights, keywordsWhole, measured } of results.slice(0, 15)) {
  const changed = Object.entries(weights).filter(([name, value]) => RANK_WEIGHTS[name as keyof RankWeights] !== value);
  console.log(
    (keywordsWhole ? '  ' : '! ') +
      measured.map(({ locale, sentences, keywords }) => `${locale} sentences ${sentences.join('/')} keywords ${keywords.join('/')}`).join(' | '),
    '|',
    changed.map(([name, value]) => `${name}=${value}`).join(' ') || 'defaults',
  );
}
