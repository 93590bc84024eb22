import type { FlowOffer } from '@/lib/flows/match';
import type { SearchHit, SearchIndex, SearchIndexData } from '@/lib/search/engine';

export type OfferWithUrl = FlowOffer & { url: string };

/**
 * Search in the browser: the header's instant box and the contact form's suggestions run the same
 * engine on the same index, downloaded once per page load. What the person types never leaves the
 * device, which matters on the contact form, where a description may hold what must not be sent.
 */
export interface Searcher {
  search: (text: string, limit: number) => { hits: SearchHit[]; flow: OfferWithUrl | null };
}

/** One index per locale per page load: fetched on first use, then reused. */
const searchers = new Map<string, Promise<Searcher>>();

export function loadSearcher(locale: string, indexUrl: string, flowsUrl: string): Promise<Searcher> {
  let searcher = searchers.get(locale);
  if (!searcher) {
    searcher = Promise.all([
      import('@/lib/search/engine'),
      import('@/lib/flows/match'),
      fetchJson<SearchIndexData>(indexUrl),
      fetchJson<OfferWithUrl[]>(flowsUrl),
    ]).then(([{ SearchIndex }, { matchFlow }, data, flows]) => {
      const loaded: SearchIndex = SearchIndex.load(data);
      return { search: (text, limit) => ({ hits: loaded.search(text, { limit }).hits, flow: matchFlow(text, flows) }) };
    });
    // A failed download is retried on the next use instead of being cached.
    searcher.catch(() => searchers.delete(locale));
    searchers.set(locale, searcher);
  }
  return searcher;
}

/** A file the search needs; a 404 or 503 (an instance mid-deploy, a proxy's error page) is a failure to retry, not data. */
async function fetchJson<T>(url: string): Promise<T> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url} answered ${response.status}`);
  return (await response.json()) as T;
}
