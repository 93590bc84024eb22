import type { FlowOffer } from '@/lib/flows/match';
import type { SearchHit } from '@/lib/search/engine';
import type { PostingEntry } from '@/lib/search/postings';
import type { BrowserIndexManifest } from '@/lib/search/shards';

export type OfferWithUrl = FlowOffer & { url: string };

/**
 * Search in the browser: the header's instant box and the contact form's suggestions run the same
 * engine as the server, on the index's manifest (fetched once per page load) and the shards their
 * queries need (fetched once each, then cached for good under names that change with their
 * content). What the person types never leaves the device, which matters on the contact form,
 * where a description may hold what must not be sent.
 */
export interface Searcher {
  search: (text: string, limit: number) => Promise<{ hits: SearchHit[]; flow: OfferWithUrl | null }>;
}

/** One searcher per locale per page load: its manifest fetched on first use, then reused. */
const searchers = new Map<string, Promise<Searcher>>();

export function loadSearcher(locale: string, indexUrl: string, flowsUrl: string): Promise<Searcher> {
  let searcher = searchers.get(locale);
  if (!searcher) {
    const manifestUrl = new URL(indexUrl, window.location.href);
    searcher = Promise.all([
      import('@/lib/search/sharded-index'),
      import('@/lib/flows/match'),
      fetchJson<BrowserIndexManifest>(manifestUrl),
      fetchJson<OfferWithUrl[]>(new URL(flowsUrl, window.location.href)),
    ]).then(([{ ShardedSearchIndex }, { matchFlow }, manifest, flows]) => {
      // Shard files are named relative to the manifest.
      const index = new ShardedSearchIndex(manifest, (file) => fetchJson<PostingEntry[]>(new URL(file, manifestUrl)));
      return {
        search: async (text, limit) => ({ hits: (await index.search(text, { limit })).hits, flow: matchFlow(text, flows) }),
      };
    });
    // A failed download is retried on the next use instead of being cached.
    searcher.catch(() => searchers.delete(locale));
    searchers.set(locale, searcher);
  }
  return searcher;
}

/** A file the search needs; a 404 or 503 (an instance mid-deploy, a proxy's error page) is a failure to retry, not data. */
async function fetchJson<T>(url: URL): Promise<T> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url.pathname} answered ${response.status}`);
  return (await response.json()) as T;
}
