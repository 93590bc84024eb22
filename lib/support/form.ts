import type { SecretKind } from '../safety/secrets';
import type { FieldErrors, SupportRequestInput } from './request';

/** The contact form's fields as the person typed them; strings, so a form can show them back. */
export interface RequestFormValues {
  topic: string;
  uid: string;
  txid: string;
  time: string;
  description: string;
  /** A flow's hand-off, kept in hidden fields: the flow's slug, its outcome and the choices, comma-separated. */
  flow: string;
  outcome: string;
  answers: string;
}

export const EMPTY_FORM: RequestFormValues = { topic: '', uid: '', txid: '', time: '', description: '', flow: '', outcome: '', answers: '' };

/** What the form shows under itself after an attempt; serialisable, since the server sends it without JavaScript. */
export type RequestFormResult =
  | { kind: 'invalid'; errors: FieldErrors }
  | { kind: 'secret'; field: string; secret: SecretKind }
  | { kind: 'prepared'; subject: string; text: string }
  | { kind: 'submitted'; reference: string | null; subject: string; text: string }
  | { kind: 'unavailable'; subject: string; text: string }
  | { kind: 'rate-limited' }
  | { kind: 'failed' };

export interface RequestFormState {
  values: RequestFormValues;
  result: RequestFormResult | null;
}

/** The form's values from a posted form; anything missing is empty, and only strings are read. */
export function readForm(data: { get(name: string): unknown }): RequestFormValues {
  const read = (name: keyof RequestFormValues) => {
    const value = data.get(name);
    return typeof value === 'string' ? value : '';
  };
  return Object.fromEntries(Object.keys(EMPTY_FORM).map((name) => [name, read(name as keyof RequestFormValues)])) as unknown as RequestFormValues;
}

/** The request the API takes, from the form: empty optional fields left out, the hand-off as one object. */
export function requestFromForm(values: RequestFormValues, locale: string): SupportRequestInput {
  return {
    topic: values.topic as SupportRequestInput['topic'],
    uid: values.uid,
    txid: values.txid,
    time: values.time,
    locale,
    description: values.description,
    ...(values.flow ? { answers: { flow: values.flow, outcome: values.outcome, answers: values.answers ? values.answers.split(',') : [] } } : {}),
  };
}
