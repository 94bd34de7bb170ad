import type { TenantConfig, TenantConnector } from '../config/schema.ts';
import { getAuthorizationUri, getUserInfo, naverConnectorConfigSchema } from '../naver-connector/index.ts';
import type { NaverEndpoints, NaverUserInfo } from '../naver-connector/index.ts';
import { RequestError } from '../http/request-error.ts';

/** The two calls Logto makes to a social connector during sign-in. */
type SocialConnectorRuntime = {
  getAuthorizationUri(input: { state: string; redirectUri: string }): string;
  getUserInfo(input: { connectorData: unknown }): Promise<NaverUserInfo>;
};

/** A connector the tenant has; any other id is Logto's 404 `entity.not_found` (recorded for a deleted connector). */
export function findConnector(config: TenantConfig, connectorId: string): TenantConnector {
  const connector = config.connectors.find((candidate) => candidate.id === connectorId);
  if (!connector) throw new RequestError('entity.not_found', 404);
  return connector;
}

/** Only the Naver connector is installed in the local tenant; other targets can be listed but not run. */
export function connectorRuntime(connector: TenantConnector, naverEndpoints: NaverEndpoints): SocialConnectorRuntime {
  if (connector.target !== 'naver') {
    throw new RequestError('connector.not_implemented', 501, { values: { method: 'getAuthorizationUri' } });
  }
  const config = naverConnectorConfigSchema.parse({ clientId: connector.clientId, clientSecret: connector.clientSecret });
  return {
    getAuthorizationUri: (input) => getAuthorizationUri(config, naverEndpoints, input),
    getUserInfo: (input) => getUserInfo(config, naverEndpoints, input),
  };
}
