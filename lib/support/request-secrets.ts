import { findSecrets, type SecretFinding } from '../safety/secrets';

export interface RequestSecret extends SecretFinding {
  /** The request field the secret is in; start and end are offsets in that field's text. */
  field: string;
}

/**
 * A value in the TxID field is labelled a transaction by the field itself, so the detector reads it
 * as if written after "TxID:" (a bare 64-hex string is otherwise taken for a private key). A WIF or
 * extended key pasted there is still a key.
 */
const FIELD_LABELS = new Map([['txid', 'TxID: ']]);

/**
 * Every secret in a request's text fields, read before the request is validated, so a recovery
 * phrase is refused even when another field is wrong, and whatever shape the body has (an unknown
 * field is scanned too: a secret is refused before anything else is said about it).
 */
export function findRequestSecrets(input: unknown): RequestSecret[] {
  if (typeof input !== 'object' || input === null) return [];
  const secrets: RequestSecret[] = [];
  for (const [field, value] of Object.entries(input)) {
    if (typeof value !== 'string') continue;
    // A Map, not an object: a body's own field names (`constructor`, `__proto__`) must not find a label.
    const label = FIELD_LABELS.get(field) ?? '';
    for (const finding of findSecrets(label + value)) {
      secrets.push({ ...finding, field, start: finding.start - label.length, end: finding.end - label.length });
    }
  }
  return secrets;
}
