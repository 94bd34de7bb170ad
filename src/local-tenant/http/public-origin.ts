import type { Context, Next } from 'koa';

/**
 * A server with a configured public origin (TENANT_ORIGIN, NAVER_MOCK_ORIGIN) answers every request as
 * that origin, whatever the client or the proxy says: the Host is pinned and the scheme is told
 * through X-Forwarded-Proto, which the app then trusts because nothing the client sent is left in it.
 * So every URL the tenant builds (oidc-provider's discovery and redirects, the pages) names the public
 * origin, behind a TLS proxy too, and the Secure flag of the cookies follows its scheme. The app must
 * be `proxy: true` with `maxIpsCount` = TRUST_PROXY, so `ctx.ip` (the audit log's) is the entry the
 * outermost trusted proxy appended, the rule of src/lib/trust-proxy.ts; without TRUST_PROXY,
 * X-Forwarded-For goes too and it is the socket's.
 */
export function pinnedOrigin(origin: URL, trustProxyHops = 0) {
  const proto = origin.protocol.slice(0, -1);
  const dropped = ['forwarded', 'x-forwarded-host', 'x-forwarded-port', ...(trustProxyHops > 0 ? [] : ['x-forwarded-for'])];
  return async (ctx: Context, next: Next): Promise<void> => {
    const headers = ctx.req.headers;
    headers.host = origin.host;
    for (const name of dropped) delete headers[name];
    headers['x-forwarded-proto'] = proto;
    await next();
  };
}
