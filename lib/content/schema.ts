import { z } from 'zod';

/**
 * One zod schema per content type; the TypeScript types are inferred from them.
 * Messages are written for the support team, who read them in a build log.
 */

const required = (expected: string) => (issue: { input?: unknown }) =>
  issue.input === undefined ? 'is required' : `expected ${expected}`;

const text = (maxLength?: number) => {
  const base = z
    .string({ error: required('text') })
    .trim()
    .min(1, { error: 'must not be empty' });
  return maxLength ? base.max(maxLength, { error: `must be at most ${maxLength} characters` }) : base;
};

export const slugSchema = z
  .string({ error: required('a slug') })
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
    error: 'expected lowercase words joined by hyphens, like reset-password',
  });

const localeSchema = z
  .string({ error: required('a locale code') })
  .regex(/^[a-z]{2}(?:-[A-Z]{2})?$/, { error: 'expected a locale code like en or zh' });

/** A calendar date written as YYYY-MM-DD that really exists (no 2026-02-30). */
export const isoDateSchema = z
  .string({ error: required('a date like 2026-01-31') })
  .refine((value) => /^\d{4}-\d{2}-\d{2}$/.test(value) && isRealDate(value), {
    error: 'expected a date like 2026-01-31',
  });

function isRealDate(value: string): boolean {
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
}

const httpsUrl = z
  .url({ protocol: /^https$/, error: 'expected an https:// URL' })
  .transform((url) => url.replace(/\/+$/, ''));

export const socialAccountSchema = z.strictObject({
  id: slugSchema,
  network: text(),
  handle: text(),
  url: httpsUrl,
});

/** The ways to reach a person that the exchange offers; flows name one of them on an escalation outcome. */
export const supportChannels = ['live-chat', 'support-request', 'email'] as const;

const count = (unit: string) =>
  z.number({ error: `expected a number of ${unit}` }).int({ error: 'expected a whole number' }).positive({ error: 'must be more than 0' });

/** How long a first reply takes, in one unit: `{ minutes: 5 }`, `{ hours: 24 }` or `{ businessDays: 2 }`. */
const replyTimeSchema = z.union(
  [z.strictObject({ minutes: count('minutes') }), z.strictObject({ hours: count('hours') }), z.strictObject({ businessDays: count('business days') })],
  { error: 'expected one of { minutes: N }, { hours: N } or { businessDays: N }' },
);

const clockTime = z.string({ error: required('a time like 09:00') }).regex(/^(?:[01]\d|2[0-3]):[0-5]\d$/, { error: 'expected a time like 09:00' });

/**
 * One support channel's facts, in one place for every locale: the contact page states them, and the
 * words around them live in content/{locale}/contact.yaml.
 */
export const supportChannelSchema = z.strictObject({
  id: z.enum(supportChannels, { error: `expected one of ${supportChannels.join(', ')}` }),
  /** `always` (24/7), or staffed hours in UTC on weekdays; absent for a channel read in turn (a request, an e-mail). */
  hours: z
    .union([z.literal('always'), z.strictObject({ weekdays: z.tuple([clockTime, clockTime], { error: 'expected [from, to] like ["09:00", "18:00"]' }) })], {
      error: 'expected always, or { weekdays: ["09:00", "18:00"] } (UTC)',
    })
    .optional(),
  firstReply: replyTimeSchema,
  /** The longest a case needing investigation takes, when it differs from the first reply. */
  complexCases: replyTimeSchema.optional(),
  /** Languages an agent answers in, as locale codes. */
  languages: z.array(localeSchema).default([]),
  signInRequired: z.boolean({ error: 'expected true or false' }).default(false),
});

export const siteSchema = z
  .strictObject({
    brand: text(60),
    domain: z
      .string({ error: required('a domain like example.com') })
      .regex(/^(?:[a-z0-9-]+\.)+[a-z]{2,}$/, { error: 'expected a domain like example.com' }),
    website: httpsUrl,
    helpCenter: httpsUrl,
    supportEmail: z.email({ error: 'expected an e-mail address' }),
    locales: z.array(localeSchema, { error: required('a list of locale codes') }).min(1, {
      error: 'must list at least one locale',
    }),
    defaultLocale: localeSchema,
    social: z.array(socialAccountSchema).default([]),
    phones: z
      .array(z.string().regex(/^\+[1-9]\d{6,14}$/, { error: 'expected a phone number in international form, like +14155550100' }), {
        error: 'expected a list of phone numbers',
      })
      .default([]),
    /** In the order the contact page lists them, fastest first. */
    channels: z
      .array(supportChannelSchema, { error: 'expected a list of support channels' })
      .refine((channels) => new Set(channels.map((channel) => channel.id)).size === channels.length, { error: 'lists a channel twice' })
      .default([]),
  })
  .refine((site) => site.locales.includes(site.defaultLocale), {
    error: 'must be one of locales',
    path: ['defaultLocale'],
  });

/** Icons a category may use; components map each name to an SVG. */
export const categoryIcons = [
  'rocket',
  'key',
  'shield',
  'id-card',
  'arrows',
  'chart',
  'code',
  'lifebuoy',
  'question',
  'user',
] as const;

export const categorySchema = z.strictObject({
  slug: slugSchema,
  title: text(80),
  description: text(200),
  icon: z.enum(categoryIcons, { error: `expected one of ${categoryIcons.join(', ')}` }),
});

/** The file is a list; its entries are validated one by one with categorySchema. */
export const categoriesFileSchema = z.array(z.unknown(), { error: 'expected a list of categories' });

export const frontMatterSchema = z.strictObject({
  title: text(120),
  description: text(200),
  updated: isoDateSchema,
  tags: z.array(text(), { error: 'expected a list like [password, login]' }).default([]),
  related: z.array(slugSchema, { error: 'expected a list of article slugs' }).default([]),
  promoted: z.boolean({ error: 'expected true or false' }).default(false),
  order: z.number({ error: 'expected a number' }).int({ error: 'expected a whole number' }).optional(),
});

/** Groups of words that should find each other in search; the first is the term articles use. */
export const synonymsFileSchema = z.array(
  z.array(text(60), { error: 'expected a list of words like [withdraw, cash out]' }).min(2, {
    error: 'a group needs at least two words',
  }),
  { error: 'expected a list of word groups' },
);

export type Site = z.infer<typeof siteSchema>;
export type SupportChannel = (typeof supportChannels)[number];
export type SupportChannelFacts = z.infer<typeof supportChannelSchema>;
export type ReplyTime = z.infer<typeof replyTimeSchema>;
export type SocialAccount = z.infer<typeof socialAccountSchema>;
export type Category = z.infer<typeof categorySchema>;
export type CategoryIcon = (typeof categoryIcons)[number];
export type FrontMatter = z.infer<typeof frontMatterSchema>;
