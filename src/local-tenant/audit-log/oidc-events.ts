import type Provider from 'oidc-provider';
import type { KoaContextWithOIDC } from 'oidc-provider';
import type { TenantApp } from '../config/schema.ts';
import { presentedClientCredentials } from '../http/client-credentials.ts';
import { logContextOf } from './koa-audit-log.ts';
import type { LogPayload } from './log-entry.ts';

/** The name Logto gives the secret every new app gets (its `application_secrets` row). */
const defaultSecretName = 'Default secret';

const exchangeTypes: Readonly<Record<string, string>> = {
  authorization_code: 'AuthorizationCode',
  refresh_token: 'RefreshToken',
  client_credentials: 'ClientCredentials',
  'urn:ietf:params:oauth:grant-type:token-exchange': 'TokenExchange',
};

/** Logto's token types, in its order: the entities a revocation touched. */
const tokenTypes = ['AccessToken', 'RefreshToken', 'IdToken'] as const;

/** Logto's stringifyError: the JSON of every own property of the error, stack included. */
function stringifyError(error: Error): string {
  return JSON.stringify(error, Object.getOwnPropertyNames(error));
}

/**
 * Logto's `extractInteractionContext` (event-listeners/utils.ts): the app, the secret it authenticated
 * with (by name), the session, interaction and user, and oidc-provider's parsed parameters as they came:
 * with the authorization code and the PKCE verifier in clear, as real Logto logs them.
 */
function interactionContext(ctx: KoaContextWithOIDC, secrets: ReadonlyMap<string, string>): LogPayload {
  const { entities, params } = ctx.oidc;
  const clientId = entities.Client?.clientId;
  const presented = presentedClientCredentials(ctx, params ?? {});
  const usedDefaultSecret = clientId !== undefined && presented.clientSecret !== undefined && secrets.get(clientId) === presented.clientSecret;
  return {
    applicationId: clientId,
    applicationSecret: usedDefaultSecret ? { name: defaultSecretName } : undefined,
    sessionId: entities.Session?.jti,
    interactionId: entities.Interaction?.jti,
    userId: entities.Account?.accountId,
    params,
  };
}

function bodyField(ctx: KoaContextWithOIDC, key: string): unknown {
  const body: unknown = ctx.body;
  return typeof body === 'object' && body !== null ? (body as Record<string, unknown>)[key] : undefined;
}

/**
 * Logto's OIDC event listeners (packages/core/src/event-listeners): an interaction starting
 * (`Interaction.Create`, with its prompt) and ending (`Interaction.End`), every token request
 * (`ExchangeTokenBy.<grant>`, an error as the JSON string of oidc-provider's error) and every revoked
 * grant (`RevokeToken`). They write into the log context of the request (koa-audit-log.ts), which the
 * mounted provider shares.
 */
export function recordOidcEvents(provider: Provider, apps: readonly TenantApp[]): void {
  const secrets = new Map(apps.map((app) => [app.id, app.secret]));
  const write = (ctx: KoaContextWithOIDC, key: string, payload: LogPayload) => {
    logContextOf(ctx)?.createLog(key).append(payload);
  };

  provider.on('interaction.started', (ctx, prompt) => {
    write(ctx, 'Interaction.Create', { ...interactionContext(ctx, secrets), prompt: { name: prompt.name, reasons: prompt.reasons } });
  });
  provider.on('interaction.ended', (ctx) => {
    write(ctx, 'Interaction.End', interactionContext(ctx, secrets));
  });

  const grant = (ctx: KoaContextWithOIDC, error?: Error) => {
    const grantType = ctx.oidc.params?.['grant_type'];
    const exchange = (typeof grantType === 'string' && exchangeTypes[grantType]) || 'Unknown';
    write(ctx, `ExchangeTokenBy.${exchange}`, {
      ...interactionContext(ctx, secrets),
      result: error ? 'Error' : undefined,
      tokenTypes: [
        bodyField(ctx, 'access_token') ? 'AccessToken' : undefined,
        bodyField(ctx, 'refresh_token') ? 'RefreshToken' : undefined,
        bodyField(ctx, 'id_token') ? 'IdToken' : undefined,
      ].filter(Boolean),
      scope: bodyField(ctx, 'scope'),
      error: error ? stringifyError(error) : undefined,
    });
  };
  provider.on('grant.success', (ctx) => grant(ctx));
  provider.on('grant.error', (ctx, error) => grant(ctx, error));

  provider.on('grant.revoked', (ctx, grantId) => {
    const { entities } = ctx.oidc;
    write(ctx, 'RevokeToken', {
      ...interactionContext(ctx, secrets),
      userId: entities.AccessToken?.accountId ?? entities.RefreshToken?.accountId,
      grantId,
      tokenTypes: tokenTypes.filter((type) => type in entities && entities[type as keyof typeof entities] !== undefined),
    });
  });
}
