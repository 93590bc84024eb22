import type { FlowHandoff } from '../flows/handoff';
import type { SecretKind } from '../safety/secrets';
import { type FieldErrors, type SupportRequest, validateRequest } from './request';
import { findRequestSecrets } from './request-secrets';
import { type PreparedRequest, type RequestTextLabels, formatRequest } from './request-text';
import type { Forward } from './webhook';

export type SubmitResult =
  /** A secret in `field`: nothing was sent or kept, and only the field and kind are said, never the secret. */
  | { status: 'secret'; field: string; kind: SecretKind }
  | { status: 'invalid'; errors: FieldErrors }
  /** Checked and written up; with no ticket system configured, the person sends it themselves. */
  | { status: 'prepared'; request: SupportRequest; prepared: PreparedRequest }
  /** The ticket system took it and answered with its reference (null if it gave none). */
  | { status: 'submitted'; request: SupportRequest; prepared: PreparedRequest; reference: string | null }
  /** The ticket system did not take it; the person still has the prepared text to send another way. */
  | { status: 'unavailable'; request: SupportRequest; prepared: PreparedRequest };

export interface SubmitContext {
  /** The words of the prepared text, in the request's language (falls back to the default locale's). */
  labels: (locale: string) => RequestTextLabels;
  /** The flow's answers in words, or null when they do not replay to that flow's escalation outcome. */
  describeHandoff: (answers: NonNullable<SupportRequest['answers']>, locale: string) => FlowHandoff | null;
  /** Forwards to the ticket system; absent when SUPPORT_WEBHOOK_URL is not set. */
  forward?: Forward;
}

/**
 * The one path a request takes on the server, from the API and from the form without JavaScript:
 * refuse secrets first (whatever else is wrong), then validate, then write it up, then forward it.
 */
export async function submitRequest(input: unknown, context: SubmitContext, { send }: { send: boolean }): Promise<SubmitResult> {
  const [secret] = findRequestSecrets(input);
  if (secret) return { status: 'secret', field: secret.field, kind: secret.kind };
  const validated = validateRequest(input);
  if (!validated.ok) return { status: 'invalid', errors: validated.errors };
  const { request } = validated;
  const handoff = request.answers ? context.describeHandoff(request.answers, request.locale) : null;
  if (request.answers && !handoff) return { status: 'invalid', errors: { answers: 'answers_unknown' } };
  const prepared = formatRequest(request, context.labels(request.locale), handoff);
  if (!send || !context.forward) return { status: 'prepared', request, prepared };
  const forwarded = await context.forward({ request, ...prepared });
  return forwarded.ok
    ? { status: 'submitted', request, prepared, reference: forwarded.reference }
    : { status: 'unavailable', request, prepared };
}
