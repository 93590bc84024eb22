'use client';

import { useEffect } from 'react';
import { sendSearchEvent } from './search-beacon';

/**
 * The results page's search, told to the insights from the browser: the page itself is the same for
 * everyone and may come from a shared cache, so the server cannot record it. Sends the search once,
 * then which result was opened (links in the list carry `data-position`; middle clicks and new tabs
 * count too). Without JavaScript, or when the browser asks not to be tracked, nothing is sent.
 */
export function ResultsBeacon({ locale, query, results, listId }: { locale: string; query: string; results: number; listId: string }) {
  useEffect(() => {
    const id = crypto.randomUUID();
    sendSearchEvent({ type: 'search', id, locale, query, results, source: 'page' });
    const list = document.getElementById(listId);
    if (!list) return;
    const onOpen = (event: MouseEvent) => {
      const link = (event.target as Element | null)?.closest<HTMLAnchorElement>('a[data-position]');
      if (link && (event.type === 'click' || event.button === 1)) sendSearchEvent({ type: 'open', id, position: Number(link.dataset.position) });
    };
    list.addEventListener('click', onOpen);
    list.addEventListener('auxclick', onOpen);
    return () => {
      list.removeEventListener('click', onOpen);
      list.removeEventListener('auxclick', onOpen);
    };
  }, [locale, query, results, listId]);
  return null;
}
