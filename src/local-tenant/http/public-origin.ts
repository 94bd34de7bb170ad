import type { Context, Next } from 'koa';

/**
 * A server with a configured public origin (TENANT_ORIGIN, NAVER_MOCK_ORIGIN) answers every request as
 * that origin, whatever the client or the proxy says: the Host is pinned and the scheme is told
 * through X-Forwarded-Proto, which the app then trusts because nothing the client sent is left in it.
 * So every URL the tenant builds (oidc-provider's discovery and redirects, the pages) names the public
 * origin, behind a TLS proxy too, and the Secure flag of the cookies follows its scheme. The app must
 * be `proxy: true`; the client's address is read before, by the TRUST_PROXY rule (rate-limit.ts).
 */
export function pinnedOrigin(origin: URL) {
  const proto = origin.protocol.slice(0, -1);
  return async (ctx: Context, next: Next): Promise<void> => {
    const headers = ctx.req.headers;
    headers.host = origin.host;
    for (const name of ['forwarded', 'x-forwarded-host', 'x-forwarded-port', 'x-forwarded-for']) delete headers[name];
    headers['x-forwarded-proto'] = proto;
    await next();
  };
}
