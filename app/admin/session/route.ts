import { configuredAdminToken, takeSignInAttempt } from '@/lib/admin/server';
import { sessionApi } from '@/lib/admin/session-api';
import { clientKey } from '@/lib/support/server-context';

/** POST /admin/session: signing in to the insights with ADMIN_TOKEN, and out (lib/admin/session-api.ts). */
export function POST(request: Request): Promise<Response> {
  return sessionApi(request, { token: configuredAdminToken(), rateLimit: takeSignInAttempt, client: clientKey(request.headers), now: () => new Date() });
}
