import { readBodyText } from '@/lib/http-body';
import { supportRequestApi } from '@/lib/support/api';
import { MAX_REQUEST_BYTES } from '@/lib/support/request';
import { clientKey, supportServerContext } from '@/lib/support/server-context';

/**
 * POST /api/support-requests (the contract is in lib/support/api.ts and the README). The body is
 * read up to MAX_REQUEST_BYTES and no further; any other method is a 405 from Next.
 */
export async function POST(request: Request): Promise<Response> {
  const { status, body, headers } = await supportRequestApi(
    {
      body: await readBodyText(request, MAX_REQUEST_BYTES),
      contentType: request.headers.get('content-type'),
      client: clientKey(request.headers),
    },
    supportServerContext(),
  );
  // A request and its answer are personal: no cache, shared or private, may keep them.
  return Response.json(body, { status, headers: { 'Cache-Control': 'no-store', ...headers } });
}
