import { getCatalog } from '@/lib/content/source';
import { MAX_EVENT_BYTES, searchEventsApi } from '@/lib/insights/events-api';
import { searchEventsContext } from '@/lib/insights/server';
import { readBodyText } from '@/lib/http-body';
import { clientKey } from '@/lib/support/server-context';

/** POST /api/search-events: the beacon of the instant box and the results page (lib/insights/events-api.ts). */
export async function POST(request: Request): Promise<Response> {
  const { status, body } = await searchEventsApi(
    { body: await readBodyText(request, MAX_EVENT_BYTES), headers: request.headers, client: clientKey(request.headers) },
    searchEventsContext(getCatalog().locales),
  );
  return body ? Response.json(body, { status, headers: { 'Cache-Control': 'no-store' } }) : new Response(null, { status, headers: { 'Cache-Control': 'no-store' } });
}
