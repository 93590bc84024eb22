import { searchApi } from '@/lib/search/api';
import { searchApiContext } from '@/lib/search/source';

/** GET /api/search?q=&locale=&category=&limit= (the stable contract is in lib/search/api.ts). */
export function GET(request: Request): Response {
  const { status, body } = searchApi(new URL(request.url).searchParams, searchApiContext());
  return Response.json(body, { status, headers: { 'Cache-Control': 'public, max-age=60' } });
}
