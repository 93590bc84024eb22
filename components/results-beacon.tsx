import { sendSearchEvent } from './search-beacon';

/**
 * The results page's search, told to the insights from the browser: the page itself is the same for
 * everyone and may come from a shared cache, so the server cannot record it. Sends the search once,
 * then which result was opened (links in the list carry `data-position`; middle clicks and new tabs
 * count too). Without JavaScript, or when the browser asks not to be tracked, nothing is sent.
 *
 * A small inline script rather than a client component: hydration waits for the reader's first move
 * (lib/deferred-hydration.ts), and a reader who taps a result at once leaves before it happens. The
 * script's text is the same on every results page (the search rides in data attributes, escaped like
 * any attribute), so the page's script policy allows it by its hash like Next's own inline scripts.
 */
export function ResultsBeacon({ locale, query, results, listId }: { locale: string; query: string; results: number; listId: string }) {
  return (
    <script
      data-locale={locale}
      data-query={query}
      data-results={results}
      data-list={listId}
      dangerouslySetInnerHTML={{ __html: `(${recordResultsPage.toString()})(document.currentScript.dataset,${sendSearchEvent.toString()})` }}
    />
  );
}

/** Runs in the browser, as source text: it may use nothing from outside its body but its arguments. */
function recordResultsPage(data: DOMStringMap, send: typeof sendSearchEvent): void {
  const id = crypto.randomUUID();
  send({ type: 'search', id, locale: data.locale ?? '', query: data.query ?? '', results: Number(data.results), source: 'page' });
  // On the document, so that the list need not be there yet and survives hydration. The handler is
  // anonymous on purpose: a named inner function gets a call to a helper of the TypeScript runner
  // (esbuild's __name) in its source text, which the browser does not have.
  for (const type of ['click', 'auxclick']) {
    document.addEventListener(type, (event) => {
      const target = event.target instanceof Element ? event.target : null;
      const link = target?.closest<HTMLAnchorElement>(`#${data.list} a[data-position]`);
      if (link && (event.type === 'click' || (event as MouseEvent).button === 1)) send({ type: 'open', id, position: Number(link.dataset.position) });
    });
  }
}
