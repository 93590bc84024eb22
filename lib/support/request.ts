import { z } from 'zod';
import { DESCRIPTION_MAX_LENGTH, DESCRIPTION_MIN_LENGTH, REQUEST_TOPICS } from './topics';
import { atLeastUnits, atMostUnits } from '../text-length';
import { normalizeTxid, txidShape } from './txid';

export { DESCRIPTION_MAX_LENGTH, DESCRIPTION_MIN_LENGTH, REQUEST_TOPICS, type RequestTopic } from './topics';

// This schema also runs in the browser, under a script policy without 'unsafe-eval': zod must not try
// to compile parsers with new Function (which the policy refuses and reports).
z.config({ jitless: true });

/**
 * A support request, as the contact form and `POST /api/support-requests` both take it. One schema
 * checks it in the browser (as the person types) and on the server (whatever the client did).
 *
 * Every error message is a code (`uid_digits`, `description_short` …): the form shows it in the
 * person's language, and the API returns it with the English sentence from the same messages.
 */
/**
 * The largest body the API reads. A full description of any text fits even as JSON with every UTF-16
 * unit escaped as \\uXXXX (6 bytes each, as Python's json.dumps writes it by default), with the other
 * fields: the description's limit is counted in those units (tests/unit/support-api.test.ts checks it).
 */
export const MAX_REQUEST_BYTES = 20 * 1024;
/** A UID is the number at the top of the Account page; the exchange's are 8 digits, older or newer ones may differ. */
export const UID_PATTERN = /^\d{6,12}$/;
/** Bitcoin's genesis block: no crypto transaction happened before it. */
const EARLIEST_TIME = Date.UTC(2009, 0, 3);
/** A time a few minutes ahead of the server's clock is a clock difference, not the future. */
const CLOCK_SKEW_MS = 15 * 60 * 1000;
const MAX_FLOW_ANSWERS = 40;

const id = z.string({ error: 'answers_format' }).regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: 'answers_format' }).max(60, { error: 'answers_format' });

/** Optional text fields arrive as "" from a form; both "" and absent mean "not given". */
const optional = <T extends z.ZodType>(schema: T) =>
  z.preprocess((value) => (typeof value === 'string' && value.trim() === '' ? undefined : value), schema.optional());

export const supportRequestSchema = z.strictObject({
  topic: z.enum(REQUEST_TOPICS, { error: 'topic_required' }),
  uid: optional(z.string({ error: 'uid_digits' }).trim().regex(UID_PATTERN, { error: 'uid_digits' })),
  txid: optional(
    z
      .string({ error: 'txid_shape' })
      .transform(normalizeTxid)
      .refine((value) => txidShape(value) !== null, { error: 'txid_shape' }),
  ),
  time: z
    .string({ error: 'time_required' })
    .trim()
    .min(1, { error: 'time_required' })
    // zod wants seconds once a time has an offset; "10:30Z" (what this API itself returns) means 10:30:00Z.
    .transform((value) => value.replace(/^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2})(Z|[+-]\d{2}:\d{2})$/i, '$1:00$2'))
    .pipe(z.iso.datetime({ offset: true, local: true, error: 'time_format' }))
    .transform(toUtcIso)
    .refine((value) => Date.parse(value) >= EARLIEST_TIME, { error: 'time_too_early' })
    .refine((value) => Date.parse(value) <= Date.now() + CLOCK_SKEW_MS, { error: 'time_future' }),
  locale: z.string({ error: 'locale_format' }).regex(/^[a-z]{2}(?:-[A-Z]{2})?$/, { error: 'locale_format' }),
  description: z
    .string({ error: 'description_short' })
    .trim()
    // In UTF-16 units, as the textarea's maxlength counts (see text-length.ts).
    .refine(atLeastUnits(DESCRIPTION_MIN_LENGTH), { error: 'description_short', abort: true })
    .refine(atMostUnits(DESCRIPTION_MAX_LENGTH), { error: 'description_long' }),
  /** What a guided flow learned before it sent the person here: its slug, the outcome and the choices made. */
  answers: z
    .strictObject(
      { flow: id, outcome: id, answers: z.array(id, { error: 'answers_format' }).max(MAX_FLOW_ANSWERS, { error: 'answers_format' }) },
      { error: 'answers_format' },
    )
    .optional(),
});

export type SupportRequestInput = z.input<typeof supportRequestSchema>;
export type SupportRequest = z.output<typeof supportRequestSchema>;
export type RequestField = keyof SupportRequest;
export const REQUEST_FIELDS = Object.keys(supportRequestSchema.shape) as RequestField[];

/** The first problem with each field, as codes: `{ uid: 'uid_digits', time: 'time_future' }`. */
export type FieldErrors = Partial<Record<RequestField | 'request', string>>;

export function validateRequest(input: unknown): { ok: true; request: SupportRequest } | { ok: false; errors: FieldErrors } {
  const result = supportRequestSchema.safeParse(input);
  if (result.success) return { ok: true, request: result.data };
  const errors: FieldErrors = {};
  for (const issue of result.error.issues) {
    const field = issue.path[0];
    const key = typeof field === 'string' && (REQUEST_FIELDS as string[]).includes(field) ? (field as RequestField) : 'request';
    // An unknown key is reported on the request; zod's own message then names it.
    errors[key] ??= key === 'request' ? 'unknown_field' : issue.message;
  }
  return { ok: false, errors };
}

/**
 * The time as UTC ISO 8601 to the minute. The form asks for UTC, so a time without an offset is
 * UTC; one with an offset (from the API, or pasted) is converted.
 */
function toUtcIso(value: string): string {
  const hasOffset = /(?:Z|[+-]\d{2}:?\d{2})$/i.test(value);
  const date = new Date(hasOffset ? value : `${value}Z`);
  return date.toISOString().slice(0, 16) + 'Z';
}
