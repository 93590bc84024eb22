import { adminAccess } from '@/lib/admin/access';
import { configuredAdminToken } from '@/lib/admin/server';
import { getCatalog } from '@/lib/content/source';
import { insightsApi } from '@/lib/insights/insights-api';
import { readReport } from '@/lib/insights/server';

/**
 * GET /admin/insights.json?since=30d&locale=zh&limit=20 with `Authorization: Bearer $ADMIN_TOKEN`:
 * the report as JSON, which `npm run report -- --from URL` reads while the site owns its database.
 */
export async function GET(request: Request): Promise<Response> {
  const now = new Date();
  const { status, body } = await insightsApi(new URL(request.url).searchParams, {
    access: adminAccess(request.headers, configuredAdminToken(), now),
    locales: getCatalog().locales,
    now,
    report: readReport,
  });
  return Response.json(body, { status, headers: { 'Cache-Control': 'no-store' } });
}
