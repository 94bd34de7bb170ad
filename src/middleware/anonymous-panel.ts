/**
 * The panel a reader without playground cookies sees is the same for every such reader, so the production
 * server keeps one render per island URL for a short time (src/server/anonymous-island-cache.ts). The
 * server decides which requests qualify and, for those, passes `locals.keepAnonymousPanel`; this hands it
 * the finished, uncompressed render. A render that sets a cookie or isn't a 200 is never kept.
 */
import { defineMiddleware } from 'astro:middleware';

export const anonymousPanel = defineMiddleware(async (context, next) => {
  const keep = context.locals.keepAnonymousPanel;
  const response = await next();
  if (!keep || response.status !== 200 || response.headers.has('set-cookie') || !response.body) return response;
  const body = new Uint8Array(await response.arrayBuffer());
  keep({ headers: [...response.headers], body });
  return new Response(body, { status: 200, headers: response.headers });
});
