/**
 * The production request pipeline around the Astro app, in the order a request meets it:
 * build files (from memory, precompressed at build) → kept island renders → security headers → host
 * trust → /healthz → bounded body → Astro (which compresses what it renders, src/middleware/compress.ts).
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { bodyLimitBytes, carriesBody, readBoundedBody } from './body-limit.ts';
import type { ServerConfig } from './env.ts';
import { answerTooLarge } from './error-pages.ts';
import { createIslandRenderCache } from './island-render-cache.ts';
import { clientAddress, presentAs, requestOrigin } from './host-trust.ts';
import { securityHeaders, setSecurityHeaders } from './security-headers.ts';

/** The node adapter's handler in `middleware` mode (dist/server/entry.mjs `handler`). */
export type AstroHandler = (
  request: IncomingMessage,
  response: ServerResponse,
  next: undefined,
  locals: App.Locals,
) => Promise<void>;

export interface SitePipeline {
  config: ServerConfig;
  astro: AstroHandler;
  /** Answers a GET or HEAD of a file of dist/client (headers include `baseHeaders`); false when there is none. */
  staticFiles: (request: IncomingMessage, response: ServerResponse) => boolean;
}

/** HSTS and the cookies' Secure flag follow SITE_ORIGIN's scheme, never the request's. */
const servesHttps = (config: ServerConfig) => config.siteOrigin?.protocol === 'https:';

/** The security headers of every response but the callback's, for the answers made beforehand. */
export function baseSecurityHeaders(config: ServerConfig): Readonly<Record<string, string>> {
  return securityHeaders('/', servesHttps(config));
}

export function createSiteServer({ config, astro, staticFiles }: SitePipeline): Server {
  const httpsOrigin = servesHttps(config);
  const islandRenders = createIslandRenderCache({ baseHeaders: baseSecurityHeaders(config) });

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const url = request.url ?? '/';
    const pathname = url.split('?')[0] ?? '/';
    // The two answers that are bytes made beforehand, security headers included, come first.
    if (staticFiles(request, response)) return;
    const origin = requestOrigin(request.headers.host, config, request.socket.localPort);
    if (islandRenders.answer(request, response, origin)) return;

    setSecurityHeaders(response, pathname, httpsOrigin);
    try {
      decodeURI(pathname);
    } catch {
      response.writeHead(400, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Bad request.');
      return;
    }
    const locals: App.Locals = { clientAddress: clientAddress(request, config.trustProxyHops) };
    presentAs(request, origin);

    if (pathname === '/healthz' && (request.method === 'GET' || request.method === 'HEAD')) {
      response.writeHead(200, { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' });
      response.end(request.method === 'HEAD' ? undefined : 'ok\n');
      return;
    }

    if (carriesBody(request.method)) {
      const read = await readBoundedBody(request, bodyLimitBytes);
      if (!read.ok) {
        answerTooLarge(request, response, bodyLimitBytes);
        return;
      }
      // The node adapter takes a Buffer body as it is instead of reading the stream again.
      Object.assign(request, { body: read.body });
    }

    locals.keepIslandRender = islandRenders.keeperFor(request, origin);
    await astro(request, response, undefined, locals);
  }

  const serve = (request: IncomingMessage, response: ServerResponse) => {
    handle(request, response).catch((error: unknown) => {
      // By name only: a message could carry what the client sent.
      console.error(`[server] ${request.method} request failed: ${(error as Error)?.name ?? 'error'}`);
      if (!response.headersSent) response.writeHead(500, { 'Content-Type': 'text/plain; charset=utf-8' });
      response.end();
    });
  };
  const server = createServer(serve);
  // `Expect: 100-continue`: a client announcing a body over the limit gets its 413 before sending it.
  server.on('checkContinue', (request: IncomingMessage, response: ServerResponse) => {
    if (!(Number(request.headers['content-length']) > bodyLimitBytes)) response.writeContinue();
    serve(request, response);
  });
  // An upload refused with 413 is discarded as it arrives; a client that keeps sending is cut off.
  server.requestTimeout = 30_000;
  return server;
}
