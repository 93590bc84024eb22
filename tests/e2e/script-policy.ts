import { createHash } from 'node:crypto';
import { expect } from '@playwright/test';

/**
 * A page answered with the hashes of its own inline scripts (built ahead, or kept for shared caches):
 * no nonce, and every inline script the page runs (JSON-LD is data) is allowed by its SHA-256.
 * Read here with a regular expression of its own, not the server's parser, so the two can disagree.
 */
export function expectScriptsAllowedByHashes(policy: string | undefined, html: string): void {
  expect(policy).toBeDefined();
  expect(policy).not.toContain('nonce-');
  const inline = [...html.matchAll(/<script(?![^>]*\bsrc=)(?![^>]*type="application\/ld\+json")[^>]*>([\s\S]*?)<\/script>/g)].map((match) => match[1]!);
  expect(inline.length).toBeGreaterThanOrEqual(3);
  for (const script of inline) expect(policy).toContain(`'sha256-${createHash('sha256').update(script).digest('base64')}'`);
}
