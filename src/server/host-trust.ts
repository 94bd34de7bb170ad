/**
 * Which origin a request is for, decided by the server and never by the client: SITE_ORIGIN when set;
 * in LOCAL mode a loopback Host is kept too (a reader may open http://127.0.0.1:4321 or
 * http://localhost:4321). Everything else a client can forge (another Host, X-Forwarded-Host/-Proto/
 * -Port, Forwarded) is replaced or removed before Astro sees the request, so it can't change the URIs
 * the panel shows, the origin check, or the cookies' Secure flag.
 */
import type { IncomingMessage } from 'node:http';
import type { Socket } from 'node:net';
import type { ServerConfig } from './env.ts';
import { isLoopbackHost } from '../lib/loopback-host.ts';

const forwardedHeaders = ['forwarded', 'x-forwarded-host', 'x-forwarded-proto', 'x-forwarded-port', 'x-forwarded-for'];

/** The origin to serve this request as; `listeningPort` is the port actually bound (PORT=0 picks one). */
export function requestOrigin(hostHeader: string | undefined, config: ServerConfig, listeningPort = config.port): URL {
  const fallback = config.siteOrigin ?? new URL(`http://localhost:${listeningPort}`);
  if (!hostHeader) return fallback;
  let asked: URL;
  try {
    asked = new URL(`http://${hostHeader}`);
  } catch {
    return fallback;
  }
  // The configured origin itself (keeps its scheme: behind a TLS proxy it is https).
  if (config.siteOrigin && asked.host === config.siteOrigin.host) return config.siteOrigin;
  if (config.mode === 'LOCAL' && isLoopbackHost(asked.hostname)) return new URL(asked.origin);
  return fallback;
}

/**
 * Rewrites the request so Astro sees exactly `origin`: Host pinned, forwarded headers gone, and the
 * scheme told through the socket's `encrypted` flag, which is where the Node adapter reads it (Astro's
 * allowedDomains is empty, so it reads no forwarded header). Set per request: requests on one
 * keep-alive connection are handed over one at a time.
 */
export function presentAs(request: IncomingMessage, origin: URL): void {
  request.headers.host = origin.host;
  for (const name of forwardedHeaders) delete request.headers[name];
  // Node's http server keeps `rawHeaders` too; Astro builds its Request from `headers`, but keep both true.
  const raw = request.rawHeaders;
  for (let i = raw.length - 2; i >= 0; i -= 2) {
    const name = raw[i]!.toLowerCase();
    if (forwardedHeaders.includes(name)) raw.splice(i, 2);
    else if (name === 'host') raw[i + 1] = origin.host;
  }
  (request.socket as Socket & { encrypted?: boolean }).encrypted = origin.protocol === 'https:';
}
