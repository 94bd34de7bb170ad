import type { TenantConnector } from '../config/schema.ts';
import { naverConnectorMetadata } from '../naver-connector/index.ts';

/** The connector package's metadata; only Naver is installed locally, another target gets a bare one. */
function factoryMetadata(target: string, endpoint: string) {
  if (target === naverConnectorMetadata.target) {
    const { factoryId, target: naver, platform, name, description, formItems } = naverConnectorMetadata;
    return {
      id: factoryId,
      target: naver,
      platform,
      name,
      logo: `${endpoint}/assets/naver-logo.svg`,
      logoDark: null,
      description,
      readme: '',
      formItems,
    };
  }
  return { id: target, target, platform: 'Universal', name: { en: target }, logo: '', logoDark: null, description: { en: target }, readme: '', formItems: [] };
}

/**
 * A connector as the Management API answers it (Logto's transpileLogtoConnector): its type, the
 * package's metadata, then the connector's own row (its id, the package id as `connectorId`, and its
 * config, the Client ID and Client Secret in clear, as Logto shows them to a Management API caller).
 */
export function connectorResponse(connector: TenantConnector, endpoint: string) {
  const metadata = factoryMetadata(connector.target, endpoint);
  return {
    type: 'Social',
    ...metadata,
    id: connector.id,
    connectorId: metadata.id,
    syncProfile: false,
    metadata: {},
    isDemo: false,
    config: { clientId: connector.clientId, clientSecret: connector.clientSecret },
  };
}
