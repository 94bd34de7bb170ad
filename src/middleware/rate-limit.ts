/**
 * The rate limit on every endpoint that makes the server fetch (src/rate-limit/counted-requests.ts).
 * Each client address has RATE_LIMIT_POINTS such requests per RATE_LIMIT_WINDOW_SECONDS, counted in
 * memory, or in Redis when REDIS_URL is set so that every instance shares one budget. A request over the
 * budget gets the localized 429 page with Retry-After and never reaches its endpoint. Without a budget
 * (the production server leaves it unset for LOCAL mode on a loopback bind, src/server/env.ts) nothing
 * is counted.
 */
import { defineMiddleware } from 'astro:middleware';
import { RATE_LIMIT_POINTS, RATE_LIMIT_WINDOW_SECONDS, REDIS_URL } from 'astro:env/server';
import { clientKey } from '../lib/client-key.ts';
import { isCountedRoute } from '../rate-limit/counted-requests.ts';
import { createRateLimiter, type RateLimiter } from '../lib/rate-limiter.ts';
import { languageOfLimitedRequest } from '../rate-limit/reader-language.ts';

// Made on the first counted request, not when the module loads: the build runs this middleware for
// the prerendered pages and must not connect to Redis.
let limiter: RateLimiter | undefined;
function siteLimiter(points: number): RateLimiter {
  limiter ??= createRateLimiter({ points, windowSeconds: RATE_LIMIT_WINDOW_SECONDS, redisUrl: REDIS_URL });
  return limiter;
}

export const rateLimit = defineMiddleware(async (context, next) => {
  if (RATE_LIMIT_POINTS === undefined || !isCountedRoute(context.routePattern)) return next();
  // The production server decides the client's address (TRUST_PROXY) and passes it in locals; under
  // `astro dev` Astro's own is the socket's.
  const address = context.locals.clientAddress ?? context.clientAddress;
  const decision = await siteLimiter(RATE_LIMIT_POINTS).consume(clientKey(address));
  if (!decision.limited) return next();

  const lang = await languageOfLimitedRequest(context.request, context.url.pathname);
  context.locals.rateLimited = { retryAfterSeconds: decision.retryAfterSeconds };
  // A fresh GET: the limited request's body has been read, and the 429 page takes none.
  return next(new Request(new URL(`/${lang}/rate-limited`, context.url), { headers: context.request.headers }));
});
