'use client';

import { useEffect } from 'react';
import { HYDRATED_EVENT } from '@/lib/deferred-hydration';

/**
 * Tells the hydration loader (lib/deferred-hydration.ts) that React has the page: its effect runs once
 * the whole page has hydrated, being the last thing in the body. A form sent in the meantime was held
 * by the loader and is now sent again, for the page's own handlers to answer.
 */
export function HydrationMark() {
  useEffect(() => {
    window.dispatchEvent(new Event(HYDRATED_EVENT));
  }, []);
  return null;
}
