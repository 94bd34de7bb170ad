import type { ClientMetadata } from 'oidc-provider';
import type { TenantApp } from '../config/schema.ts';

/**
 * oidc-provider client metadata for a Logto app, as Logto derives it (getConstantClientMetadata):
 * Traditional apps are confidential and authenticate with their secret (basic or post both pass),
 * SPAs and native apps are public clients, M2M apps only use client credentials and have no front-channel
 * URIs. Native apps stay `application_type: web` here: oidc-provider would refuse the playground's http
 * redirect URI for a native client, and the token endpoint answers them as it answers SPAs (recorded).
 */
export function toClientMetadata(app: TenantApp): ClientMetadata {
  const common = {
    client_id: app.id,
    client_name: app.name,
    application_type: 'web' as const,
    id_token_signed_response_alg: 'ES384' as const,
  };
  if (app.type === 'M2M') {
    return {
      ...common,
      client_secret: app.secret,
      token_endpoint_auth_method: 'client_secret_basic',
      grant_types: ['client_credentials'],
      response_types: [],
      redirect_uris: [],
    };
  }
  const interactive = {
    ...common,
    grant_types: ['authorization_code', 'refresh_token'],
    redirect_uris: app.redirectUris,
    post_logout_redirect_uris: app.postLogoutRedirectUris,
  };
  return app.type === 'SPA' || app.type === 'Native'
    ? { ...interactive, token_endpoint_auth_method: 'none' }
    : { ...interactive, client_secret: app.secret, token_endpoint_auth_method: 'client_secret_basic' };
}
