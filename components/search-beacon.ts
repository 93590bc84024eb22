/**
 * Search insights from the browser: a beacon per search once the person pauses or opens a result,
 * and one when a result is opened. Nothing is sent when the browser asks not to be tracked (the
 * server checks the same headers), and a lost beacon costs nothing.
 */
export const SEARCH_EVENTS_URL = '/api/search-events';

type SearchEventBody =
  | { type: 'search'; id: string; locale: string; query: string; results: number; source: 'instant' | 'page' }
  | { type: 'open'; id: string; position: number };

function trackingAllowed(): boolean {
  const browser = navigator as Navigator & { globalPrivacyControl?: boolean };
  return browser.doNotTrack !== '1' && browser.globalPrivacyControl !== true;
}

export function sendSearchEvent(event: SearchEventBody): void {
  if (typeof navigator === 'undefined' || !trackingAllowed()) return;
  const body = new Blob([JSON.stringify(event)], { type: 'application/json' });
  if (!navigator.sendBeacon?.(SEARCH_EVENTS_URL, body)) {
    void fetch(SEARCH_EVENTS_URL, { method: 'POST', body, keepalive: true }).catch(() => {});
  }
}
