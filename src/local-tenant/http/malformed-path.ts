import type { Context, Next } from 'koa';

/**
 * A path that is not valid percent-encoding names no page or API route, so it is a 404. `@koa/router`
 * would otherwise hand the undecodable text to the route as its `:param`.
 */
export async function rejectMalformedPath(ctx: Context, next: Next): Promise<void> {
  try {
    decodeURIComponent(ctx.path);
  } catch {
    ctx.status = 404;
    return;
  }
  await next();
}
