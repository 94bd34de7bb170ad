import type { Context } from 'koa';
import { boundedBodyParser } from '../http/body-parser.ts';

/** An answer the mock gives instead of handling the request: `{error, error_description}` with `status`. */
export class NaverRequestError extends Error {
  readonly status: number;

  constructor(status: number, description: string) {
    super(description);
    this.name = 'NaverRequestError';
    this.status = status;
  }
}

/** Naver's form posts are tiny; the shared bounded parser refuses anything bigger before it is buffered. */
export const naverFormParser = boundedBodyParser(['form'], (failure) =>
  failure === 'too-large'
    ? new NaverRequestError(413, 'request body too large')
    : new NaverRequestError(400, 'malformed request body'),
);

/**
 * The query merged with a form body: Naver accepts parameters in either place. The body wins. The form
 * is read from the raw text as URLSearchParams reads it (flat names, the last value wins), as Naver does,
 * not as `qs` would nest `a[b]`.
 */
export function readParams(ctx: Context): URLSearchParams {
  const params = new URLSearchParams(ctx.querystring);
  if (ctx.method === 'POST' && ctx.is('application/x-www-form-urlencoded') && typeof ctx.request.rawBody === 'string') {
    for (const [key, value] of new URLSearchParams(ctx.request.rawBody)) params.set(key, value);
  }
  return params;
}

/**
 * What an outage looks like from the connector's side: HTTP 503. Naver's own outage body cannot be known
 * offline; this is a plausible one.
 */
export const naverOutageBody = { error: 'server_error', error_description: 'Service temporarily unavailable' } as const;

export function sendJson(ctx: Context, status: number, body: unknown): void {
  ctx.status = status;
  ctx.set('cache-control', 'no-store');
  ctx.type = 'application/json;charset=utf-8';
  ctx.body = JSON.stringify(body);
}

/** Pages never load scripts; forms post back here and Naver then redirects to the app's callback. */
export function sendHtml(ctx: Context, status: number, html: string): void {
  ctx.status = status;
  ctx.set({
    'cache-control': 'no-store',
    'content-security-policy': "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'",
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'no-referrer',
  });
  ctx.type = 'text/html;charset=utf-8';
  ctx.body = html;
}

export function redirect(ctx: Context, location: string): void {
  ctx.set('cache-control', 'no-store');
  ctx.redirect(location);
  ctx.status = 302;
}
