import { parseDocument } from 'yaml';

/** A YAML syntax error with the 1-based line it was found on. */
export class YamlSyntaxError extends Error {
  constructor(
    message: string,
    readonly line: number | undefined,
  ) {
    super(message);
    this.name = 'YamlSyntaxError';
  }
}

/**
 * Parses YAML 1.2 (core schema). Unlike YAML 1.1 parsers, dates stay strings, so `2026-02-30`
 * reaches validation as written instead of silently rolling over to March.
 */
export function parseYaml(source: string, lineOffset = 0): unknown {
  const document = parseDocument(source, { prettyErrors: true, uniqueKeys: true });
  const [first] = document.errors;
  if (first) {
    const line = first.linePos?.[0]?.line;
    throw new YamlSyntaxError(firstSentence(first.message), line === undefined ? undefined : line + lineOffset);
  }
  return document.toJS();
}

function firstSentence(message: string): string {
  return message.split('\n')[0]?.replace(/ at line \d+, column \d+.*$/, '') ?? message;
}

/** What a writer is told about YAML that could not be read: the reason and, where known, the line. */
export function describeYamlError(error: unknown): string {
  const where = error instanceof YamlSyntaxError && error.line !== undefined ? ` (line ${error.line})` : '';
  const reason = error instanceof Error ? error.message : String(error);
  return `invalid YAML${where}: ${reason}`;
}
