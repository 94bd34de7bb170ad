/**
 * gzip or brotli, as the client accepts, for every response Astro renders on demand (pages, the server
 * island, endpoint pages): the body is read whole and compressed in one call
 * (src/lib/whole-body-compression.ts says why). Prerendered pages and assets never come here: the
 * production server sends the copies compressed at build (src/server/precompress.ts).
 */
import { defineMiddleware } from 'astro:middleware';
import { chooseCoding, compressBody, isCompressible, varyOnAcceptEncoding } from '../lib/whole-body-compression.ts';

export const compress = defineMiddleware(async (context, next) => {
  const response = await next();
  const contentType = response.headers.get('content-type');
  if (!response.body || response.headers.has('content-encoding') || !isCompressible(contentType, Number.POSITIVE_INFINITY)) {
    return response;
  }
  const body = new Uint8Array(await response.arrayBuffer());
  const headers = new Headers(response.headers);
  headers.set('Vary', varyOnAcceptEncoding(headers.get('vary')));
  const coding = isCompressible(contentType, body.byteLength) ? chooseCoding(context.request.headers.get('accept-encoding')) : undefined;
  const sent: Uint8Array<ArrayBuffer> = coding ? new Uint8Array(compressBody(body, coding)) : body;
  if (coding) headers.set('Content-Encoding', coding);
  headers.set('Content-Length', String(sent.byteLength));
  return new Response(sent, { status: response.status, statusText: response.statusText, headers });
});
