import { z } from 'zod';
import type { Site } from './schema';

/**
 * The words of the contact page, one file per locale (content/{locale}/contact.yaml). The facts
 * (which channels exist, their hours and reply times) are in site.yaml, so every locale states the
 * same ones; this file says, in its language, when to use each channel and how.
 */
const markdown = z.string({ error: 'expected Markdown text' }).trim().min(1, { error: 'must not be empty' });
const lines = z.array(markdown, { error: 'expected a list of lines' }).min(1, { error: 'must list at least one line' });

export const contactChannelTextSchema = z.strictObject({
  name: z.string({ error: 'expected text' }).trim().min(1, { error: 'must not be empty' }).max(60, { error: 'must be at most 60 characters' }),
  /** Markdown: what this channel is for, and what it is not for. */
  when: markdown,
  /** Markdown lines: how to reach it, one step each. */
  steps: lines,
  /** Markdown: what never to send here. */
  doNotShare: markdown,
});

/** The official social accounts are a channel of their own on the page, listed from site.yaml. */
export const SOCIAL_CHANNEL = 'social';

export const contactFileSchema = z.strictObject({
  /** Markdown above everything: what this page is for. */
  intro: markdown,
  /** One entry per channel id in site.yaml, and `social`. */
  channels: z.record(z.string(), contactChannelTextSchema, { error: 'expected one entry per channel, like live-chat: { name, when, steps, doNotShare }' }),
  prepare: z.strictObject({ intro: markdown, items: lines }),
  /** Markdown: one request per problem; duplicates are merged and slow the answer. */
  duplicates: markdown,
  clearRequest: z.strictObject({ intro: markdown, tips: lines }),
});

const compiledChannelTextSchema = z.object({ name: z.string(), when: z.string(), steps: z.array(z.string()), doNotShare: z.string() });

/** The same shape with every field rendered to HTML. */
export const compiledContactSchema = z.object({
  intro: z.string(),
  channels: z.record(z.string(), compiledChannelTextSchema),
  prepare: z.object({ intro: z.string(), items: z.array(z.string()) }),
  duplicates: z.string(),
  clearRequest: z.object({ intro: z.string(), tips: z.array(z.string()) }),
});

export type ContactFile = z.infer<typeof contactFileSchema>;
export type CompiledContact = z.infer<typeof compiledContactSchema>;

/** The channel ids a locale's contact.yaml must describe: every channel in site.yaml, then social. */
export function contactChannelIds(site: Site): string[] {
  return [...site.channels.map((channel) => channel.id), ...(site.social.length > 0 ? [SOCIAL_CHANNEL] : [])];
}
