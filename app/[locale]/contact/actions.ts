'use server';

import { headers } from 'next/headers';
import { redactSecrets } from '@/lib/safety/secrets';
import { type RequestFormState, type RequestFormValues, readForm, requestFromForm } from '@/lib/support/form';
import { clientKey, supportServerContext, takeRateLimit } from '@/lib/support/server-context';
import { submitRequest } from '@/lib/support/submit';

/**
 * The contact form without JavaScript: the browser posts it here and the page is rendered again with
 * the prepared request or what to fix. With JavaScript the form checks and prepares in the browser and
 * submits to /api/support-requests instead; both end in the same submitRequest.
 */
export async function sendRequestForm(locale: string, _previous: RequestFormState, data: FormData): Promise<RequestFormState> {
  const values = readForm(data);
  if (!takeRateLimit(clientKey(await headers())).ok) return { values, result: { kind: 'rate-limited' } };
  const send = data.get('intent') === 'submit';
  try {
    const outcome = await submitRequest(requestFromForm(values, locale), supportServerContext(), { send });
    switch (outcome.status) {
      case 'secret':
        // The page is sent back with the secret masked, so the rest of what the person wrote is kept.
        return { values: withoutSecret(values, outcome.field), result: { kind: 'secret', field: outcome.field, secret: outcome.kind } };
      case 'invalid':
        return { values, result: { kind: 'invalid', errors: outcome.errors } };
      case 'prepared':
        return { values, result: { kind: 'prepared', ...outcome.prepared } };
      case 'submitted':
        return { values, result: { kind: 'submitted', reference: outcome.reference, ...outcome.prepared } };
      case 'unavailable':
        return { values, result: { kind: 'unavailable', ...outcome.prepared } };
    }
  } catch {
    return { values, result: { kind: 'failed' } };
  }
}

function withoutSecret(values: RequestFormValues, field: string): RequestFormValues {
  if (!(field in values)) return values;
  const key = field as keyof RequestFormValues;
  return { ...values, [key]: key === 'description' ? redactSecrets(values.description) : '' };
}
