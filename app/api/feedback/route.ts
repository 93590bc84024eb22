import { getCatalog } from '@/lib/content/source';
import { getDatabase } from '@/lib/db/server';
import { feedbackApi } from '@/lib/feedback/api';
import { recordVote } from '@/lib/feedback/store';
import { findSecrets } from '@/lib/safety/secrets';

/**
 * POST /api/feedback, the "Was this helpful?" vote (the contract is in lib/feedback/api.ts). Any other
 * method is a 405 from Next.
 */
export async function POST(request: Request): Promise<Response> {
  const catalog = getCatalog();
  return feedbackApi(request, {
    isLocale: catalog.isLocale,
    defaultLocale: catalog.defaultLocale,
    articleExists: (locale, slug) => catalog.article(locale, slug) !== null,
    record: async (vote, browser, now) => recordVote(await getDatabase(), vote, browser, now),
    now: () => new Date(),
    findSecrets,
  });
}
