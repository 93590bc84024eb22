export interface RateLimiterOptions {
  /** Requests a client may make within any window. */
  limit: number;
  windowMs: number;
  /** Clients remembered at once; past this the least recently seen is forgotten, so memory stays bounded. */
  maxClients: number;
  now?: () => number;
}

export type RateLimitResult = { ok: true } | { ok: false; retryAfterSeconds: number };

export interface RateLimiter {
  /** Counts one request from `key` if the client is under its limit; a refused request is not counted. */
  take(key: string): RateLimitResult;
  /** How many clients are remembered now (never more than maxClients). */
  readonly size: number;
}

/**
 * A sliding-window log in memory: each client's request times within the last window. Unlike a fixed
 * window it allows no burst of twice the limit across a window's edge, and at most `limit` times per
 * client it costs little (10 000 clients x 10 requests is 100 000 numbers).
 *
 * Memory is bounded by forgetting the least recently seen client, so a flood of new addresses can
 * reset an old client's count, but never exhaust memory. Per process: several instances behind a
 * load balancer each count on their own (see server-context.ts).
 */
export function createRateLimiter({ limit, windowMs, maxClients, now = Date.now }: RateLimiterOptions): RateLimiter {
  if (!(limit >= 1 && windowMs > 0 && maxClients >= 1)) throw new RangeError('A rate limiter needs limit >= 1, windowMs > 0 and maxClients >= 1.');
  // A Map keeps insertion order: re-inserting a client on each request keeps the least recently seen first.
  const clients = new Map<string, number[]>();

  return {
    take(key) {
      const time = now();
      const recent = (clients.get(key) ?? []).filter((at) => at > time - windowMs);
      clients.delete(key);
      if (recent.length >= limit) {
        clients.set(key, recent);
        return { ok: false, retryAfterSeconds: Math.max(1, Math.ceil((recent[0]! + windowMs - time) / 1000)) };
      }
      recent.push(time);
      clients.set(key, recent);
      for (const oldest of clients.keys()) {
        if (clients.size <= maxClients) break;
        clients.delete(oldest);
      }
      return { ok: true };
    },
    get size() {
      return clients.size;
    },
  };
}
