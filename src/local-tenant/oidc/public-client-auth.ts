import type { KoaContextWithOIDC } from 'oidc-provider';
import type { TenantConfig } from '../config/schema.ts';
import { presentedClientCredentials } from '../http/client-credentials.ts';

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
    const { clientId } = presentedClientCredentials(ctx, ctx.oidc?.params ?? {});
    if (invalidClient && clientId !== undefined && publicClients.has(clientId)) {
      ctx.status = 400;
      ctx.remove('www-authenticate');
    }
  };
}
