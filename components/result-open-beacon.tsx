'use client';

import { useEffect } from 'react';
import { sendSearchEvent } from './search-beacon';

/**
 * On the results page (rendered and recorded on the server), tells the insights which result was
 * opened: links in the list carry `data-position`. Middle clicks and new tabs count too.
 */
export function ResultOpenBeacon({ eventId, listId }: { eventId: string; listId: string }) {
  useEffect(() => {
    const list = document.getElementById(listId);
    if (!list) return;
    const onOpen = (event: MouseEvent) => {
      const link = (event.target as Element | null)?.closest<HTMLAnchorElement>('a[data-position]');
      if (link && (event.type === 'click' || event.button === 1)) sendSearchEvent({ type: 'open', id: eventId, position: Number(link.dataset.position) });
    };
    list.addEventListener('click', onOpen);
    list.addEventListener('auxclick', onOpen);
    return () => {
      list.removeEventListener('click', onOpen);
      list.removeEventListener('auxclick', onOpen);
    };
  }, [eventId, listId]);
  return null;
}
