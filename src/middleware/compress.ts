/**
 * gzip or brotli, as the client accepts, for every response Astro renders on demand (pages, the server
 * island, endpoint pages): the body is read whole and compressed in one call
 * (src/lib/whole-body-compression.ts says why). Prerendered pages pass through untouched (at build there
 * is no client to negotiate with); the production server sends the copies compressed at build
 * (src/server/precompress.ts).
 */
import { defineMiddleware } from 'astro:middleware';
import { compressResponse } from '../lib/whole-body-compression.ts';

export const compress = defineMiddleware(async (context, next) => {
  const response = await next();
  if (context.isPrerendered) return response;
  return compressResponse(response, context.request.headers.get('accept-encoding'));
});
