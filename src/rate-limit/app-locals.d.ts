// What the rate limit (src/middleware/rate-limit.ts) hands the 429 page it rewrites to (context.locals).
declare namespace App {
  interface Locals {
    rateLimited?: { retryAfterSeconds: number };
  }
}
