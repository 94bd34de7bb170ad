/**
 * Pages the server answers itself, before Astro: small, self-contained HTML in the reader's language
 * (the path's language prefix, else Accept-Language), with nothing about what the request carried.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { languageOfRequest } from '../i18n/languages.ts';
import { format } from '../i18n/define-strings.ts';
import { serverStrings } from './strings.ts';

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** The path of a request URL; never throws on a malformed one. */
function pathOf(request: IncomingMessage): string {
  return (request.url ?? '/').split('?')[0] ?? '/';
}

/**
 * 413 for a body over the limit. The connection is not cut: Node discards the rest of the upload as it
 * arrives without keeping it (the server's requestTimeout bounds how long), so the client reads this
 * answer; closing early makes clients that are still sending see a reset instead of the page.
 */
export function answerTooLarge(request: IncomingMessage, response: ServerResponse, limitBytes: number): void {
  const lang = languageOfRequest(pathOf(request), request.headers['accept-language']);
  const t = serverStrings[lang];
  const body = `<!doctype html>
<html lang="${lang}">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escapeHtml(t.tooLargeTitle)}</title></head>
<body>
<main>
<h1>${escapeHtml(t.tooLargeTitle)}</h1>
<p>${escapeHtml(format(t.tooLargeBody, { limit: Math.round(limitBytes / 1024) }))}</p>
<p><a href="/${lang}/">${escapeHtml(t.backToGuide)}</a></p>
</main>
</body>
</html>
`;
  response.writeHead(413, {
    'Content-Type': 'text/html; charset=utf-8',
    'Content-Length': Buffer.byteLength(body),
    'Cache-Control': 'no-store',
    'Content-Language': lang,
  });
  response.end(request.method === 'HEAD' ? undefined : body);
}
