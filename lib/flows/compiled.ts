import { z } from 'zod';
import { slugSchema, supportChannels } from '../content/schema';
import { REQUEST_TOPICS } from '../support/request';

/**
 * A flow as the app reads it: one locale's text, Markdown already rendered to safe HTML, the graph
 * already proven sound by the build. Validated again on load, like the rest of the compiled content.
 */
const consequence = z.string().optional();

export const compiledFlowStepSchema = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('question'),
    text: z.string(),
    help: z.string().optional(),
    consequence,
    choices: z.array(z.object({ id: slugSchema, label: z.string(), next: z.string() })),
  }),
  z.object({
    type: z.literal('instruction'),
    title: z.string(),
    html: z.string(),
    checklist: z.array(z.string()).optional(),
    consequence,
    next: z.string(),
  }),
  z.object({
    type: z.literal('outcome'),
    result: z.enum(['resolved', 'escalate']),
    title: z.string(),
    html: z.string(),
    articles: z.array(slugSchema),
    channel: z.enum(supportChannels).optional(),
    prepare: z.array(z.string()).optional(),
    topic: z.enum(REQUEST_TOPICS).optional(),
    consequence,
  }),
]);

export const compiledFlowSchema = z.object({
  slug: slugSchema,
  locale: z.string(),
  title: z.string(),
  summary: z.string(),
  keywords: z.array(z.string()),
  articles: z.array(slugSchema),
  start: z.string(),
  order: z.number().optional(),
  steps: z.record(z.string(), compiledFlowStepSchema),
});

export type CompiledFlowStep = z.infer<typeof compiledFlowStepSchema>;
export type CompiledFlow = z.infer<typeof compiledFlowSchema>;
