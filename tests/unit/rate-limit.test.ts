import { describe, expect, it } from 'vitest';
import { createRateLimiter } from '../../lib/support/rate-limit';

/** A limiter on a clock the test moves by hand. */
function limiterAt(options: { limit: number; windowMs: number; maxClients: number }) {
  const clock = { now: 1_000_000 };
  const limiter = createRateLimiter({ ...options, now: () => clock.now });
  return { limiter, clock };
}

describe('createRateLimiter', () => {
  it('lets a client make `limit` requests, then refuses with the seconds until one frees up', () => {
    const { limiter, clock } = limiterAt({ limit: 3, windowMs: 60_000, maxClients: 100 });
    expect(limiter.take('a')).toEqual({ ok: true });
    clock.now += 10_000;
    expect(limiter.take('a')).toEqual({ ok: true });
    expect(limiter.take('a')).toEqual({ ok: true });
    // The first request, 10.5 s ago, leaves the window 49.5 s from now: rounded up, never 0.
    clock.now += 500;
    expect(limiter.take('a')).toEqual({ ok: false, retryAfterSeconds: 50 });
  });

  it('counts each client on its own', () => {
    const { limiter } = limiterAt({ limit: 1, windowMs: 60_000, maxClients: 100 });
    expect(limiter.take('a').ok).toBe(true);
    expect(limiter.take('a').ok).toBe(false);
    expect(limiter.take('b').ok).toBe(true);
  });

  it('slides: a request counts for exactly one window after it was made', () => {
    const { limiter, clock } = limiterAt({ limit: 2, windowMs: 60_000, maxClients: 100 });
    limiter.take('a');
    clock.now += 30_000;
    limiter.take('a');
    clock.now += 29_999;
    expect(limiter.take('a')).toEqual({ ok: false, retryAfterSeconds: 1 });
    // The first request leaves the window; the second still counts, so only one more fits.
    clock.now += 1;
    expect(limiter.take('a')).toEqual({ ok: true });
    expect(limiter.take('a')).toEqual({ ok: false, retryAfterSeconds: 30 });
  });

  it('allows no burst of twice the limit across a window edge (as a fixed window would)', () => {
    const { limiter, clock } = limiterAt({ limit: 5, windowMs: 60_000, maxClients: 100 });
    clock.now += 59_000;
    for (let i = 0; i < 5; i++) expect(limiter.take('a').ok).toBe(true);
    clock.now += 2_000;
    expect(limiter.take('a').ok).toBe(false);
  });

  it('does not count refused requests, so waiting out the window is enough', () => {
    const { limiter, clock } = limiterAt({ limit: 2, windowMs: 60_000, maxClients: 100 });
    limiter.take('a');
    limiter.take('a');
    for (let i = 0; i < 100; i++) {
      clock.now += 500;
      expect(limiter.take('a').ok).toBe(false);
    }
    clock.now = 1_000_000 + 60_000;
    expect(limiter.take('a').ok).toBe(true);
  });

  it('remembers at most maxClients, forgetting the least recently seen', () => {
    const { limiter } = limiterAt({ limit: 1, windowMs: 60_000, maxClients: 3 });
    for (const client of ['a', 'b', 'c']) limiter.take(client);
    // a is seen again (refused), so b is now the least recently seen.
    expect(limiter.take('a').ok).toBe(false);
    expect(limiter.take('d').ok).toBe(true);
    expect(limiter.size).toBe(3);
    expect(limiter.take('b').ok).toBe(true);
    expect(limiter.take('a').ok).toBe(false);
    expect(limiter.take('d').ok).toBe(false);
  });

  it('stays bounded under a flood of new clients', () => {
    const { limiter, clock } = limiterAt({ limit: 10, windowMs: 600_000, maxClients: 1000 });
    let largest = 0;
    for (let i = 0; i < 50_000; i++) {
      clock.now += 1;
      limiter.take(`198.51.${i >> 8}.${i & 255}`);
      largest = Math.max(largest, limiter.size);
    }
    expect(largest).toBe(1000);
  });

  it.each([
    { limit: 0, windowMs: 1000, maxClients: 1 },
    { limit: 1, windowMs: 0, maxClients: 1 },
    { limit: 1, windowMs: 1000, maxClients: 0 },
    { limit: Number.NaN, windowMs: 1000, maxClients: 1 },
  ])('refuses settings that would refuse or allow everything: %j', (options) => {
    expect(() => createRateLimiter(options)).toThrow(RangeError);
  });
});
