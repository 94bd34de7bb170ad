/**
 * The production request pipeline around the Astro app, in the order a request meets it:
 * implemented methods (501 for any other) → build files (from memory, precompressed at build) → kept
 * island renders → security headers → host trust → /healthz → bounded body → Astro (which compresses
 * what it renders, src/middleware/compress.ts). A request must arrive whole within `requestTimeoutMs`.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { Duplex } from 'node:stream';
import { bodyLimitBytes, carriesBody, readBoundedBody } from './body-limit.ts';
import type { ServerConfig } from './env.ts';
import { answerTooLarge } from './error-pages.ts';
import { createIslandRenderCache } from './island-render-cache.ts';
import { presentAs, requestOrigin } from './host-trust.ts';
import { clientAddress } from '../lib/trust-proxy.ts';
import { securityHeaders, setSecurityHeaders } from './security-headers.ts';
import { answerConnect, answerNotImplemented, isImplementedMethod } from './unimplemented-methods.ts';

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
  /** How long a client may take to send a whole request (tests pass a short one). */
  requestTimeoutMs?: number;
}

/**
 * A client has this long to send a whole request, headers and body (the site's forms are a few KB);
 * then Node answers 408 and closes the connection. A 413'd upload that keeps coming is cut off by it too.
 */
export const requestTimeoutMs = 30_000;

/**
 * Node's http server looks for expired requests only every `connectionsCheckingInterval` (30 s by
 * default, read at creation like headersTimeout's default of 60 s), so with `requestTimeout = 30_000`
 * set after creation a stalled request was cut 31–75 s after it began. Looking every second (at most a
 * tenth of the time-out) cuts it within a second of the named time (measured: 30.4 s); each look walks
 * the open connections, which is cheap at this site's scale.
 */
function checkingIntervalFor(timeoutMs: number): number {
  return Math.min(1000, Math.max(10, Math.floor(timeoutMs / 10)));
}

/** HSTS and the cookies' Secure flag follow SITE_ORIGIN's scheme, never the request's. */
const servesHttps = (config: ServerConfig) => config.siteOrigin?.protocol === 'https:';

/** The security headers of every response but the callback's, for the answers made beforehand. */
export function baseSecurityHeaders(config: ServerConfig): Readonly<Record<string, string>> {
  return securityHeaders('/', servesHttps(config));
}

export function createSiteServer({ config, astro, staticFiles, requestTimeoutMs: timeoutMs = requestTimeoutMs }: SitePipeline): Server {
  const httpsOrigin = servesHttps(config);
  const baseHeaders = baseSecurityHeaders(config);
  const islandRenders = createIslandRenderCache({ baseHeaders });

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    if (!isImplementedMethod(request.method)) {
      answerNotImplemented(response, baseHeaders);
      return;
    }
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
      // It fails only when the connection does (the client went away, or was cut off with 408 by the
      // time-out): then there is no one to answer, and nothing worth a log line per stalled client.
      const read = await readBoundedBody(request, bodyLimitBytes).catch(() => undefined);
      if (!read) return;
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
  // Given at creation: Node reads headersTimeout's default and the checking interval only then.
  const server = createServer(
    { requestTimeout: timeoutMs, headersTimeout: timeoutMs, connectionsCheckingInterval: checkingIntervalFor(timeoutMs) },
    serve,
  );
  // `Expect: 100-continue`: a client announcing a body over the limit gets its 413 before sending it.
  server.on('checkContinue', (request: IncomingMessage, response: ServerResponse) => {
    if (!(Number(request.headers['content-length']) > bodyLimitBytes)) response.writeContinue();
    serve(request, response);
  });
  server.on('connect', (_request: IncomingMessage, socket: Duplex) => answerConnect(socket, baseHeaders));
  return server;
}
