/**
 * The built client files (dist/client): hashed assets and the prerendered guide pages. Served from
 * memory-listed files with their precompressed `.br`/`.gz` twins (src/server/precompress.ts), so no
 * static byte is compressed per request. The node adapter's middleware mode leaves this to us.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import sirv from 'sirv';

export function staticFiles(
  clientDir: string,
  cspOfPage: (pathname: string) => string | undefined,
): (request: IncomingMessage, response: ServerResponse, next: () => void) => void {
  const serve = sirv(clientDir, {
    brotli: true,
    gzip: true,
    etag: true,
    setHeaders(response, pathname) {
      if (pathname.startsWith('/_astro/')) {
        // Content-hashed names: a changed file is a new URL.
        response.setHeader('Cache-Control', 'public, max-age=31536000, immutable');
        return;
      }
      // A prerendered page embeds the server island's encrypted props: revalidate after each release.
      response.setHeader('Cache-Control', 'no-cache');
    },
  });
  return (request, response, next) => {
    // Set before sirv answers, so its 304s carry the page's CSP too: a browser keeps the headers of a
    // 304 for the cached page, and the locked-down default would then block the page's own scripts.
    const csp = cspOfPage((request.url ?? '/').split('?')[0] ?? '/');
    if (csp) response.setHeader('Content-Security-Policy', csp);
    serve(request, response, next);
  };
}
