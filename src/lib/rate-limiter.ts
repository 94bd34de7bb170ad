/**
 * The rate limiter for the site's requests that make the server fetch (src/middleware/rate-limit.ts) and
 * for the sandbox's sign-in, sign-up and token endpoints (src/local-tenant/http/rate-limit.ts): a fixed budget of points per client per
 * window, counted by rate-limiter-flexible, in this process's memory or, with a Redis URL, in Redis so
 * that every instance draws on the same budget.
 *
 * When Redis can't be reached, each instance counts in its own memory (rate-limiter-flexible's
 * insurance limiter) until Redis is back. That keeps a limit (the budget times the number of instances)
 * instead of failing open, where a Redis outage would turn the limit off for scripts, and never answers
 * 500. Commands fail at once while Redis is down (no offline queue), so readers don't wait on it.
 */
import { Redis } from 'ioredis';
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible';

export interface RateLimitOptions {
  /** How many counted requests one client may make per window. */
  points: number;
  windowSeconds: number;
  /** Count in Redis (shared by every instance) instead of in memory. */
  redisUrl?: string | undefined;
  /** Where the limiter says that Redis went away or came back (one line each, no URL or secret). */
  log?: (line: string) => void;
  /** Namespaces the counts in a shared Redis (default: the site's). */
  keyPrefix?: string;
}

export type RateDecision = { limited: false; remaining: number } | { limited: true; retryAfterSeconds: number };

export interface RateLimiter {
  /** Counts one request against `key`'s budget. */
  consume(key: string): Promise<RateDecision>;
  /** Closes the Redis connection, if any. */
  close(): Promise<void>;
}

// Keys in a shared Redis are namespaced, so the site can share a Redis with other things; the sandbox
// counts under its own prefix (RateLimitOptions.keyPrefix).
const defaultKeyPrefix = 'logto-naver-guide:rate';

function decisionOf(result: RateLimiterRes, limited: boolean): RateDecision {
  if (!limited) return { limited: false, remaining: result.remainingPoints };
  return { limited: true, retryAfterSeconds: Math.max(1, Math.ceil(result.msBeforeNext / 1000)) };
}

function redisLimiter(options: RateLimitOptions & { redisUrl: string }, insurance: RateLimiterMemory) {
  const log = options.log ?? ((line: string) => console.warn(line));
  const client = new Redis(options.redisUrl, {
    lazyConnect: true,
    // Fail at once while disconnected (the insurance limiter answers); keep reconnecting meanwhile.
    enableOfflineQueue: false,
    maxRetriesPerRequest: 0,
    connectTimeout: 2000,
    retryStrategy: (attempt) => Math.min(attempt * 200, 2000),
  });
  let reachable = true;
  client.on('error', (error: Error & { code?: string }) => {
    if (!reachable) return;
    reachable = false;
    // The code only (ECONNREFUSED, …): messages can carry the host, and the URL can carry a password.
    log(`[rate-limit] Redis unreachable (${error.code ?? error.name}); counting in this instance's memory until it is back`);
  });
  client.on('ready', () => {
    if (reachable) return;
    reachable = true;
    log('[rate-limit] Redis reachable again; counting in Redis');
  });
  const limiter = new RateLimiterRedis({
    storeClient: client,
    keyPrefix: options.keyPrefix ?? defaultKeyPrefix,
    points: options.points,
    duration: options.windowSeconds,
    rejectIfRedisNotReady: true,
    insuranceLimiter: insurance,
  });
  // The first requests wait for the first connection (at most connectTimeout) rather than all being
  // counted in memory while it is made; after that, an outage falls back at once.
  const connected = client.connect().catch(() => undefined);
  return {
    limiter,
    ready: () => connected,
    close: async () => void (await client.quit().catch(() => client.disconnect())),
  };
}

export function createRateLimiter(options: RateLimitOptions): RateLimiter {
  const memory = new RateLimiterMemory({ keyPrefix: options.keyPrefix ?? defaultKeyPrefix, points: options.points, duration: options.windowSeconds });
  const store: { limiter: RateLimiterAbstract; ready: () => Promise<void>; close: () => Promise<void> } = options.redisUrl
    ? redisLimiter({ ...options, redisUrl: options.redisUrl }, memory)
    : { limiter: memory, ready: async () => undefined, close: async () => undefined };
  return {
    async consume(key) {
      await store.ready();
      try {
        return decisionOf(await store.limiter.consume(key), false);
      } catch (rejection) {
        // rate-limiter-flexible rejects with a RateLimiterRes when the budget is spent; anything else is a
        // store failure the insurance limiter could not absorb, so the request goes through.
        if (rejection instanceof RateLimiterRes) return decisionOf(rejection, true);
        (options.log ?? console.warn)(`[rate-limit] not counted: ${(rejection as Error)?.name ?? 'error'}`);
        return { limited: false, remaining: 0 };
      }
    },
    close: () => store.close(),
  };
}
