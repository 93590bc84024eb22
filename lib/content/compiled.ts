import { z } from 'zod';
import { compiledFlowSchema } from '../flows/compiled';
import { compiledContactSchema } from './contact';
import { faqEntrySchema } from './faq';
import { categorySchema, frontMatterSchema, siteSchema, slugSchema, synonymsFileSchema } from './schema';

/**
 * The shape of the compiled content the build writes and the app reads: validated again on
 * load, so a stale or hand-edited file fails loudly instead of rendering half a page.
 */
export const tocEntrySchema = z.object({
  id: z.string(),
  text: z.string(),
  depth: z.union([z.literal(2), z.literal(3)]),
});

export const compiledArticleSchema = frontMatterSchema.extend({
  locale: z.string(),
  slug: slugSchema,
  category: slugSchema,
  html: z.string(),
  toc: z.array(tocEntrySchema),
  text: z.string(),
  /** Its questions and answers, when every section heading is a question (lib/content/faq.ts). */
  faq: z.array(faqEntrySchema).default([]),
  source: z.string(),
});

export const compiledLocaleSchema = z.object({
  categories: z.array(categorySchema),
  articles: z.array(compiledArticleSchema),
  synonyms: synonymsFileSchema,
  flows: z.array(compiledFlowSchema).default([]),
  /** The contact page's words; absent when site.yaml lists no support channel. */
  contact: compiledContactSchema.optional(),
});

export const compiledContentSchema = z.object({
  site: siteSchema,
  locales: z.record(z.string(), compiledLocaleSchema),
});

export type TocEntry = z.infer<typeof tocEntrySchema>;
export type CompiledArticle = z.infer<typeof compiledArticleSchema>;
export type CompiledLocale = z.infer<typeof compiledLocaleSchema>;
export type CompiledContent = z.infer<typeof compiledContentSchema>;
