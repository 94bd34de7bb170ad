/**
 * Hands each finished render of the server island to the production server, which keeps it for a short
 * time (src/server/island-render-cache.ts). The server decides which requests qualify and, for those,
 * passes `locals.keepIslandRender`. A render that sets a cookie (clearing a one-time notice) or isn't a
 * 200 is never handed over.
 */
import { defineMiddleware } from 'astro:middleware';

export const islandRender = defineMiddleware(async (context, next) => {
  const keep = context.locals.keepIslandRender;
  const response = await next();
  // Astro adds the render's own cookies (context.cookies) to the headers only after the middleware.
  const setsCookie = response.headers.has('set-cookie') || !context.cookies.headers().next().done;
  if (!keep || response.status !== 200 || setsCookie || !response.body) return response;
  const body = new Uint8Array(await response.arrayBuffer());
  keep({ headers: [...response.headers], body });
  return new Response(body, { status: 200, headers: response.headers });
});
