/**
 * Search insights from the browser: a beacon per search once the person pauses or opens a result,
 * and one when a result is opened. Nothing is sent when the browser asks not to be tracked (the
 * server checks the same headers), and a lost beacon costs nothing.
 */
export type SearchEventBody =
  | { type: 'search'; id: string; locale: string; query: string; results: number; source: 'instant' | 'page' }
  | { type: 'open'; id: string; position: number };

/**
 * Self-contained (no reference outside its own body), because the results page also sends it as an
 * inline script's source text (components/results-beacon.tsx) to run before, and without, hydration.
 */
export function sendSearchEvent(event: SearchEventBody): void {
  if (typeof navigator === 'undefined') return;
  const browser = navigator as Navigator & { globalPrivacyControl?: boolean };
  if (browser.doNotTrack === '1' || browser.globalPrivacyControl === true) return;
  const url = '/api/search-events';
  const body = new Blob([JSON.stringify(event)], { type: 'application/json' });
  if (!navigator.sendBeacon?.(url, body)) {
    void fetch(url, { method: 'POST', body, keepalive: true }).catch(() => {});
  }
}
