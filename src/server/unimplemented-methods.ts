/**
 * The methods this site implements, decided once, before static files and Astro: GET and HEAD (pages,
 * files, Logto's return to the callback) and POST (the playground's forms). Any other method is
 * answered 501 Not Implemented with the security headers and a one-line plain body, and nothing is
 * logged. RFC 9110 §9.1: a method the server implements for no resource gets 501; 405 (which must list
 * the target's methods in `Allow`) is for a method implemented elsewhere but not on this resource, which
 * only Astro's routes know. Before this, Astro built a WHATWG Request from a TRACE, which throws, so
 * every TRACE became a 500 with a stack trace (and its URL, query included) in the log.
 *
 * CONNECT never reaches the request handler (Node emits it as 'connect' and, with no listener, leaves
 * the socket open and silent), so it gets the same answer written on the socket.
 */
import type { OutgoingHttpHeaders, ServerResponse } from 'node:http';
import type { Duplex } from 'node:stream';

const implementedMethods: ReadonlySet<string> = new Set(['GET', 'HEAD', 'POST']);

const notImplementedBody = 'Not implemented: this site answers GET, HEAD and POST only.\n';

function notImplementedHeaders(baseHeaders: Readonly<Record<string, string>>): OutgoingHttpHeaders {
  return {
    ...baseHeaders,
    'content-type': 'text/plain; charset=utf-8',
    'content-length': String(Buffer.byteLength(notImplementedBody)),
    'cache-control': 'no-store',
  };
}

export function isImplementedMethod(method: string | undefined): boolean {
  return method !== undefined && implementedMethods.has(method);
}

/** The 501 for a request whose method `isImplementedMethod` refused. */
export function answerNotImplemented(response: ServerResponse, baseHeaders: Readonly<Record<string, string>>): void {
  response.writeHead(501, notImplementedHeaders(baseHeaders)).end(notImplementedBody);
}

/** The same 501 for CONNECT, written on the raw socket, which is then closed. */
export function answerConnect(socket: Duplex, baseHeaders: Readonly<Record<string, string>>): void {
  const headers = Object.entries({ ...notImplementedHeaders(baseHeaders), connection: 'close' })
    .map(([name, value]) => `${name}: ${String(value)}\r\n`)
    .join('');
  socket.on('error', () => socket.destroy());
  socket.end(`HTTP/1.1 501 Not Implemented\r\n${headers}\r\n${notImplementedBody}`);
}
