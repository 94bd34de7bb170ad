import type { NaverConnectorConfig, NaverEndpoints } from './types.ts';

/**
 * The URL Logto sends the browser to. The order (client_id, redirect_uri, response_type, state) is the
 * one real Logto produces; `redirectUri` is `{tenant endpoint}/callback/{connectorId}`.
 */
export function getAuthorizationUri(
  config: NaverConnectorConfig,
  endpoints: NaverEndpoints,
  { state, redirectUri }: { state: string; redirectUri: string },
): string {
  const query = new URLSearchParams({
    client_id: config.clientId,
    redirect_uri: redirectUri,
    response_type: 'code',
    state,
  });
  return `${endpoints.authorizationEndpoint}?${query.toString()}`;
}
