import type { Catalog } from '../content/catalog';
import { getCatalog } from '../content/source';
import { describeHandoff } from '../flows/handoff';
import { getMessages, localesWithMessages } from '../i18n/messages';
import type { SupportApiContext } from './api';
import { processSingleton } from '../process-singleton';
import { type RateLimitResult, createRateLimiter } from './rate-limit';
import { type Forward, createWebhookForward } from './webhook';

/**
 * Per client: a person who needs more than 10 requests in 10 minutes is better served by live chat,
 * and a script is slowed to one a minute. 10 000 clients of at most 10 times each stay under a few MB.
 */
export const SUPPORT_RATE_LIMIT = { limit: 10, windowMs: 10 * 60 * 1000, maxClients: 10_000 };

/** One limiter per server process, shared by the API and the form without JavaScript. */
const limiter = processSingleton('support-limiter', () => createRateLimiter(SUPPORT_RATE_LIMIT));

/** Counts one support request from `client` (see clientKey), from the API or the form. */
export function takeRateLimit(client: string): RateLimitResult {
  return limiter.take(client);
}

/** IPv6 with a zone is at most 45 characters; anything longer is not an address and must not grow the limiter. */
const MAX_CLIENT_KEY_LENGTH = 64;

/**
 * Who is asking, for the rate limit: the first address of X-Forwarded-For, else X-Real-IP.
 *
 * This trusts the proxy in front of the app to set these headers itself, overwriting what the client
 * sent (as Vercel and most platforms do). A proxy that appends to X-Forwarded-For instead (nginx's
 * `$proxy_add_x_forwarded_for`) leaves the first address to the client, who can then pick a new key
 * for every request: behind such a proxy or a load balancer, have the edge overwrite the header
 * (nginx: `proxy_set_header X-Forwarded-For $remote_addr;`), or take the address the last trusted
 * proxy added (counting from the right) here. Without any proxy every client is 'unknown' and shares one limit.
 */
export function clientKey(headers: Pick<Headers, 'get'>): string {
  const forwarded = headers.get('x-forwarded-for')?.split(',', 1)[0]?.trim();
  const address = forwarded || headers.get('x-real-ip')?.trim();
  return address ? address.slice(0, MAX_CLIENT_KEY_LENGTH) : 'unknown';
}

/**
 * The context for a catalog: each locale's labels (the default locale's where a locale has no
 * interface strings), the flows of the request's locale, the site's locales.
 */
export function createSupportContext(
  catalog: Pick<Catalog, 'locales' | 'defaultLocale' | 'flow'>,
  { forward, rateLimit }: { forward?: Forward; rateLimit: SupportApiContext['rateLimit'] },
): SupportApiContext {
  return {
    locales: catalog.locales,
    labels: (locale) => getMessages(localesWithMessages.includes(locale) ? locale : catalog.defaultLocale).contact.request,
    describeHandoff: (answers, locale) => {
      const flow = catalog.flow(locale, answers.flow);
      return flow ? describeHandoff(flow, answers.outcome, answers.answers) : null;
    },
    ...(forward ? { forward } : {}),
    rateLimit,
  };
}

/**
 * The webhook forward for SUPPORT_WEBHOOK_URL, or undefined (requests are then prepared, not sent).
 * A value that is not an http(s) URL is reported once and ignored, so a typo shows in the log at
 * the first request instead of as a failure on every one; the value is never logged, since a
 * webhook URL often carries its token.
 */
export function forwardFromEnv(value: string | undefined, log: (message: string) => void = console.error): Forward | undefined {
  if (!value?.trim()) return undefined;
  let url: URL;
  try {
    url = new URL(value.trim());
  } catch {
    log('SUPPORT_WEBHOOK_URL is not a URL: support requests are prepared but not forwarded.');
    return undefined;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    log('SUPPORT_WEBHOOK_URL is not an http(s) URL: support requests are prepared but not forwarded.');
    return undefined;
  }
  // fetch refuses a URL with credentials, so every attempt would fail: say so now.
  if (url.username || url.password) {
    log('SUPPORT_WEBHOOK_URL has a user name or password in it, which fetch refuses: put the token in the path or query instead. Support requests are prepared but not forwarded.');
    return undefined;
  }
  return createWebhookForward(url.href);
}

/** The server's context, built once per process: the compiled content, SUPPORT_WEBHOOK_URL and the shared rate limit. */
export function supportServerContext(): SupportApiContext {
  return processSingleton('support-context', () =>
    createSupportContext(getCatalog(), {
      forward: forwardFromEnv(process.env.SUPPORT_WEBHOOK_URL),
      rateLimit: takeRateLimit,
    }),
  );
}
