import { z } from 'zod';
import { slugSchema, supportChannels } from '../content/schema';
import { REQUEST_TOPICS } from '../support/request';

/**
 * A guided flow, as a writer keeps it in content/flows/{flow}.yaml: a graph of steps with the text
 * for every locale side by side, so a translation cannot drift from the structure it belongs to.
 * Which locales must be present, and whether the graph is sound, is checked by `checkFlow`.
 */

/** Text in every locale: `{ en: "...", zh: "..." }`. Markdown where the field says so. */
export const localizedTextSchema = z.record(
  z.string(),
  z.string({ error: 'expected text' }).trim().min(1, { error: 'must not be empty' }),
  { error: 'expected the text in each language, like { en: "...", zh: "..." }' },
);

/** A list in every locale: `{ en: [..], zh: [..] }`, e.g. a checklist or what to prepare. */
export const localizedListSchema = z.record(
  z.string(),
  z.array(z.string().trim().min(1, { error: 'must not be empty' }), { error: 'expected a list of lines' }).min(1, {
    error: 'must list at least one line',
  }),
  { error: 'expected a list in each language, like { en: [...], zh: [...] }' },
);

const stepIdSchema = z.string({ error: 'expected a step id' }).regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
  error: 'expected lowercase words joined by hyphens, like check-email',
});

/** Shown before the person commits to the step: what it will cost them (a withdrawal hold, a frozen account). */
const consequence = localizedTextSchema.optional();

export const choiceSchema = z.strictObject({
  /** The choice's word in the URL: /en/flows/password-reset/{id}/... */
  id: slugSchema,
  label: localizedTextSchema,
  next: stepIdSchema,
});

export const questionStepSchema = z.strictObject({
  type: z.literal('question'),
  /** The question itself, one short sentence. */
  text: localizedTextSchema,
  /** Markdown under the question: what the choices mean, where to look. */
  help: localizedTextSchema.optional(),
  consequence,
  choices: z
    .array(choiceSchema, { error: 'expected a list of choices' })
    .min(2, { error: 'a question needs at least 2 choices' })
    .max(6, { error: 'a question has at most 6 choices; split it into two questions' }),
});

export const instructionStepSchema = z.strictObject({
  type: z.literal('instruction'),
  title: localizedTextSchema,
  /** Markdown: usually numbered steps, with links to articles as `reset-password.md`. */
  text: localizedTextSchema,
  /** Things to confirm before going on; each becomes a checkbox the person ticks. */
  checklist: localizedListSchema.optional(),
  consequence,
  next: stepIdSchema,
});


export const outcomeStepSchema = z
  .strictObject({
    type: z.literal('outcome'),
    result: z.enum(['resolved', 'escalate'], { error: 'expected resolved or escalate' }),
    title: localizedTextSchema,
    /** Markdown: what fixed it, or why a person is needed. */
    text: localizedTextSchema,
    /** Articles to read more, by slug. */
    articles: z.array(slugSchema, { error: 'expected a list of article slugs' }).default([]),
    /** escalate only: the support channel that fits. */
    channel: z.enum(supportChannels, { error: `expected one of ${supportChannels.join(', ')}` }).optional(),
    /** escalate only: the details to have ready. */
    prepare: localizedListSchema.optional(),
    /** escalate only (and required there): the contact form's topic, chosen for the person when they arrive. */
    topic: z.enum(REQUEST_TOPICS, { error: `expected one of ${REQUEST_TOPICS.join(', ')}` }).optional(),
    consequence,
  })
  .refine((step) => step.result !== 'escalate' || (step.channel && step.prepare), {
    error: 'an escalate outcome names a channel and what to prepare',
  });

export const flowStepSchema = z.discriminatedUnion('type', [questionStepSchema, instructionStepSchema, outcomeStepSchema], {
  error: 'expected type: question, instruction or outcome',
});

export const flowFileSchema = z.strictObject({
  title: localizedTextSchema,
  /** One line for the list of flows: "Use this when ...". */
  summary: localizedTextSchema,
  /** Words people type: a search that matches one offers this flow above the articles. */
  keywords: localizedListSchema,
  /** Articles that offer "Walk me through it" for this flow. */
  articles: z.array(slugSchema, { error: 'expected a list of article slugs' }).default([]),
  /** Where the flow begins. */
  start: stepIdSchema,
  /** Position in the list of flows (smaller first). */
  order: z.number().int().optional(),
  steps: z.record(stepIdSchema, flowStepSchema, { error: 'expected steps, each under its id' }),
});

export type LocalizedText = z.infer<typeof localizedTextSchema>;
export type LocalizedList = z.infer<typeof localizedListSchema>;
export type FlowChoice = z.infer<typeof choiceSchema>;
export type QuestionStep = z.infer<typeof questionStepSchema>;
export type InstructionStep = z.infer<typeof instructionStepSchema>;
export type OutcomeStep = z.infer<typeof outcomeStepSchema>;
export type FlowStep = z.infer<typeof flowStepSchema>;
export type FlowFile = z.infer<typeof flowFileSchema>;
