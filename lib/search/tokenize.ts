/**
 * Text -> search terms, shared by the index build, the server and the browser, so both sides
 * always agree (FlexSearch stores no encoder: a mismatch silently finds nothing).
 *
 * Latin-script words are kept whole (the index adds prefixes). Chinese has no spaces, so each run of
 * Han characters is indexed as single characters and overlapping pairs (bigrams): 如果您忘记了密码
 * holds the pairs 忘记 and 密码, so a query for 忘记密码 can match it through them. Splitting by
 * script needs no dictionary and behaves the same in every browser, unlike Intl.Segmenter.
 */

const WORD = /\p{Script=Han}+|(?:(?!\p{Script=Han})[\p{L}\p{N}])+(?:['’](?:(?!\p{Script=Han})\p{L})+)?/gu;
const HAN = /^\p{Script=Han}/u;

export function normalize(text: string): string {
  return text.normalize('NFKC').toLowerCase();
}

/** The words of a text in reading order: Latin words, and each run of Han characters as one piece. */
export function words(text: string): string[] {
  return [...normalize(text).matchAll(WORD)].map((match) => match[0].replace(/['’]/g, ''));
}

export const isHan = (word: string) => HAN.test(word);

/** Characters and overlapping pairs of a Han run: 密码 -> 密, 码, 密码. */
export function hanTerms(run: string): string[] {
  const characters = [...run];
  const terms = [...characters];
  for (let i = 0; i + 1 < characters.length; i++) terms.push(characters[i]! + characters[i + 1]!);
  return terms;
}

/** Everything a field is indexed under, as one space-separated string for FlexSearch. */
export function indexText(text: string): string {
  return words(text)
    .flatMap((word) => (isHan(word) ? hanTerms(word) : [word]))
    .join(' ');
}

/**
 * A query's terms. A Han run becomes its pairs (a lone character stays itself); pairs that occur
 * nowhere in the index (记密 in 忘记密码, which spans two words) are dropped by the engine.
 */
export function queryTerms(query: string): string[] {
  return words(query).flatMap((word) => {
    if (!isHan(word)) return [word];
    const characters = [...word];
    return characters.length === 1 ? characters : hanTerms(word).slice(characters.length);
  });
}
