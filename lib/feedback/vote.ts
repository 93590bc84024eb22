import { z } from 'zod';
import { atMostUnits } from '../text-length';

/**
 * An article vote as the "Was this helpful?" form posts it (application/x-www-form-urlencoded): the
 * article (locale + slug), `helpful` yes or no, and on No a reason and an optional comment. Checked
 * the same way by the route and by the form when JavaScript enhances it.
 */
export const VOTE_REASONS = ['outdated', 'unclear', 'not-solved', 'other'] as const;
export type VoteReason = (typeof VOTE_REASONS)[number];
/** In UTF-16 units, as the comment box's maxlength counts them (see text-length.ts). */
export const COMMENT_MAX_LENGTH = 1000;

const optionalText = <T extends z.ZodType>(schema: T) =>
  z.preprocess((value) => (typeof value === 'string' && value.trim() === '' ? undefined : value), schema.optional());

export const voteSchema = z
  .strictObject({
    locale: z.string({ error: 'locale' }).regex(/^[a-z]{2}(?:-[A-Z]{2})?$/, { error: 'locale' }),
    slug: z.string({ error: 'slug' }).regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: 'slug' }).max(120, { error: 'slug' }),
    helpful: z.enum(['yes', 'no'], { error: 'helpful' }),
    reason: optionalText(z.enum(VOTE_REASONS, { error: 'reason' })),
    // Control characters other than line breaks and tabs are no part of a comment, and PostgreSQL text
    // cannot hold a NUL at all (the vote would fail to store): they are dropped.
    comment: optionalText(z.string().transform(withoutControlCharacters).pipe(z.string().trim().refine(atMostUnits(COMMENT_MAX_LENGTH), { error: 'comment_long' }))),
  })
  // A reason or comment explains a No; on Yes they are not asked for, so none is kept.
  .transform((vote) => (vote.helpful === 'yes' ? { locale: vote.locale, slug: vote.slug, helpful: vote.helpful } : vote));

export type Vote = z.output<typeof voteSchema>;

function withoutControlCharacters(text: string): string {
  return text.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g, '');
}

/** The fields a vote form posts, read from URLSearchParams or FormData; only strings count. */
export function readVoteForm(data: { get(name: string): unknown }): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const name of ['locale', 'slug', 'helpful', 'reason', 'comment']) {
    const value = data.get(name);
    if (typeof value === 'string') fields[name] = value;
  }
  return fields;
}
