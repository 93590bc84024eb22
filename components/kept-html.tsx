'use client';

import { useState } from 'react';

/** The HTML each slot held when the page loaded, by address, for when React mounts the slot again. */
const keptHtml = new Map<string, string>();

/**
 * A slot whose HTML the server wrote into the page and React leaves alone: the results page's
 * prebuilt shell has one where the results go (scripts/lib/results-shell.ts), so the React payload
 * the page carries is the shell's, the same for every search, and the results are in the page once.
 *
 * Hydration keeps what the server wrote (an element with dangerouslySetInnerHTML is not compared),
 * and the HTML is read from the page then. It is kept by address, because Next may mount the page
 * again from the same payload (the Back button after a client-side navigation away from it), when
 * the element starts empty: the slot then shows what it showed before.
 */
export function KeptHtml({ id }: { id: string }) {
  const [html] = useState(() => {
    if (typeof document === 'undefined') return '';
    const address = location.pathname + location.search;
    const written = document.getElementById(id)?.innerHTML;
    if (written !== undefined) keptHtml.set(address, written);
    return written ?? keptHtml.get(address) ?? '';
  });
  return <div id={id} suppressHydrationWarning dangerouslySetInnerHTML={{ __html: html }} />;
}
