import { isHan, stemWord, words } from '../search/tokenize';

/** What search needs of a flow to offer it. */
export interface FlowOffer {
  slug: string;
  title: string;
  keywords: readonly string[];
}

/** A phrase as comparable parts: Latin words by stem, Han runs whole. */
function parts(text: string): { latin: Set<string>; han: string[] } {
  const all = words(text);
  return { latin: new Set(all.filter((word) => !isHan(word)).map(stemWord)), han: all.filter(isHan) };
}

/**
 * Whether a query is about what a keyword names: every word of the keyword is in the query
 * ("I forgot my password" fits "forgot password"; 忘记密码怎么办 fits 忘记密码). Not the other way
 * round: 密码 alone is about many things, so writers list the short words that do mean the flow (被盗).
 */
function fits(query: ReturnType<typeof parts>, keyword: ReturnType<typeof parts>): boolean {
  if (!keyword.latin.size && !keyword.han.length) return false;
  return (
    [...keyword.latin].every((stem) => query.latin.has(stem)) &&
    keyword.han.every((run) => query.han.some((typed) => typed.includes(run)))
  );
}

/**
 * The flow a search should offer above its articles, or null. Pure and tiny, so the results page
 * and the instant box in the browser give the same answer.
 */
export function matchFlow<Offer extends FlowOffer>(query: string, flows: readonly Offer[]): Offer | null {
  const typed = parts(query);
  let best: { flow: Offer; weight: number } | null = null;
  for (const flow of flows) {
    for (const keyword of [flow.title, ...flow.keywords]) {
      const wanted = parts(keyword);
      if (!fits(typed, wanted)) continue;
      // The most specific keyword wins: "reset 2fa" over "reset".
      const weight = wanted.latin.size + wanted.han.join('').length;
      if (!best || weight > best.weight) best = { flow, weight };
    }
  }
  return best?.flow ?? null;
}
