/**
 * Whether the browser asked not to be tracked: `DNT: 1` or Global Privacy Control (`Sec-GPC: 1`).
 * Search insights record nothing for such a browser, on the server and in the page alike.
 */
export function optedOut(headers: Pick<Headers, 'get'>): boolean {
  return headers.get('dnt') === '1' || headers.get('sec-gpc') === '1';
}
