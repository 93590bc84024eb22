import type { Queryable } from '../db/database';
import { voteDay } from './browser';
import { redactQuery } from '../insights/redact';
import { COMMENT_MAX_LENGTH, type Vote } from './vote';

/**
 * Records a vote, replacing the same browser's earlier vote on that article that day: the latest
 * answer is the one that counts (a No followed by its reason is one vote, not two). A comment is
 * kept redacted, as search queries are (lib/insights/redact.ts): e-mail addresses, phone numbers,
 * account, order and wallet ids become placeholders, so writers read what was wrong, not who said it.
 */
export async function recordVote(db: Queryable, vote: Vote, browser: string, now: Date): Promise<void> {
  await db.query(
    `INSERT INTO article_votes (browser, day, locale, slug, helpful, reason, comment, voted_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
     ON CONFLICT (browser, day, locale, slug) DO UPDATE
       SET helpful = excluded.helpful, reason = excluded.reason, comment = excluded.comment, voted_at = excluded.voted_at`,
    [browser, voteDay(now), vote.locale, vote.slug, vote.helpful === 'yes', vote.helpful === 'no' ? (vote.reason ?? null) : null, vote.helpful === 'no' && vote.comment ? redactQuery(vote.comment, COMMENT_MAX_LENGTH) : null, now.toISOString()],
  );
}

export interface ArticleVotes {
  locale: string;
  slug: string;
  helpful: number;
  notHelpful: number;
  reasons: Record<string, number>;
  comments: number;
}

/** Votes per article since `since`, least helpful first: what the writers' report lists. */
export async function articleVotes(db: Queryable, { since, locale }: { since: Date; locale?: string }): Promise<ArticleVotes[]> {
  const rows = await db.query<{ locale: string; slug: string; helpful: number; not_helpful: number; reason: string | null; reason_count: number; comments: number }>(
    `SELECT locale, slug,
            count(*) FILTER (WHERE helpful)::int AS helpful,
            count(*) FILTER (WHERE NOT helpful)::int AS not_helpful,
            NULL::text AS reason, 0 AS reason_count,
            count(comment)::int AS comments
       FROM article_votes WHERE day >= $1::date AND ($2::text IS NULL OR locale = $2)
      GROUP BY locale, slug
     UNION ALL
     SELECT locale, slug, 0, 0, reason, count(*)::int, 0
       FROM article_votes WHERE day >= $1::date AND ($2::text IS NULL OR locale = $2) AND reason IS NOT NULL
      GROUP BY locale, slug, reason`,
    [voteDay(since), locale ?? null],
  );
  const byArticle = new Map<string, ArticleVotes>();
  for (const row of rows) {
    const key = `${row.locale}/${row.slug}`;
    const entry = byArticle.get(key) ?? { locale: row.locale, slug: row.slug, helpful: 0, notHelpful: 0, reasons: {}, comments: 0 };
    if (row.reason === null) Object.assign(entry, { helpful: row.helpful, notHelpful: row.not_helpful, comments: row.comments });
    else entry.reasons[row.reason] = row.reason_count;
    byArticle.set(key, entry);
  }
  const unhelpfulShare = (votes: ArticleVotes) => votes.notHelpful / (votes.helpful + votes.notHelpful || 1);
  return [...byArticle.values()].sort(
    (a, b) => unhelpfulShare(b) - unhelpfulShare(a) || b.notHelpful - a.notHelpful || a.locale.localeCompare(b.locale) || a.slug.localeCompare(b.slug),
  );
}

export interface ArticleComment {
  locale: string;
  slug: string;
  reason: string | null;
  comment: string;
  day: string;
}

/** The latest comments since `since`, newest first: what readers wrote when an article did not help. */
export async function recentComments(db: Queryable, { since, locale, limit }: { since: Date; locale?: string; limit: number }): Promise<ArticleComment[]> {
  return db.query<ArticleComment>(
    `SELECT locale, slug, reason, comment, to_char(day, 'YYYY-MM-DD') AS day
       FROM article_votes
      WHERE comment IS NOT NULL AND day >= $1::date AND ($2::text IS NULL OR locale = $2)
      ORDER BY voted_at DESC, locale, slug
      LIMIT $3`,
    [voteDay(since), locale ?? null, limit],
  );
}
