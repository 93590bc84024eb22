/** What the secret detector reports (see ./secrets.ts), shared by its detectors. */
export type SecretKind = 'recovery-phrase' | 'private-key' | 'one-time-code' | 'password';

export interface SecretFinding {
  kind: SecretKind;
  /** UTF-16 index of the first character of the secret in the text given to findSecrets. */
  start: number;
  /** UTF-16 index just after the secret: text.slice(start, end) is the secret itself, without its label. */
  end: number;
}

/** The last match of a global pattern in `text`: the label nearest to what follows it. */
export function lastMatch(text: string, pattern: RegExp): RegExpExecArray | undefined {
  let last: RegExpExecArray | undefined;
  for (const match of text.matchAll(pattern)) last = match as RegExpExecArray;
  return last;
}
