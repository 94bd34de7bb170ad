import type { KoaContextWithOIDC } from 'oidc-provider';
import type { TenantConfig } from '../config/schema.ts';

/** The client id a token request names: in the form, or in HTTP Basic (form-encoded, RFC 6749 §2.3.1). */
function requestedClientId(ctx: KoaContextWithOIDC): string | undefined {
  const fromParams = ctx.oidc?.params?.['client_id'];
  if (typeof fromParams === 'string' && fromParams) return fromParams;
  const match = /^Basic\s+(\S+)$/i.exec(ctx.get('authorization'));
  if (!match?.[1]) return undefined;
  const decoded = Buffer.from(match[1], 'base64').toString('utf8');
  const separator = decoded.indexOf(':');
  if (separator <= 0) return undefined;
  try {
    return decodeURIComponent(decoded.slice(0, separator).replace(/\+/g, ' '));
  } catch {
    return undefined;
  }
}

/**
 * A single-page or native app (no secret) that authenticates with a secret anyway: real Logto 1.37 was
 * recorded answering 400 `invalid_client` "client authentication failed", where oidc-provider 9 says 401
 * with a WWW-Authenticate challenge.
 */
export function publicClientAuthLikeLogto(config: TenantConfig) {
  const publicClients = new Set(config.apps.filter((app) => app.type === 'SPA' || app.type === 'Native').map((app) => app.id));
  return async (ctx: KoaContextWithOIDC, next: () => Promise<unknown>): Promise<void> => {
    await next();
    if (ctx.path !== '/token' || ctx.status !== 401) return;
    const body: unknown = ctx.body;
    const invalidClient = typeof body === 'object' && body !== null && 'error' in body && body.error === 'invalid_client';
    const clientId = requestedClientId(ctx);
    if (invalidClient && clientId !== undefined && publicClients.has(clientId)) {
      ctx.status = 400;
      ctx.remove('www-authenticate');
    }
  };
}
