import { LOCAL_DEMO_APP, LOCAL_NAVER_CONNECTOR } from '../lib/local-tenant-defaults.ts';
import { defaultScopes, type Settings } from './settings.ts';

/**
 * The settings a newcomer starts with: the local tenant's ready-made app, so one click signs in. Its
 * connector id is known too, so the guide can show the Naver Callback URL before anything is saved.
 */
export function defaultSettings(localTenantEndpoint: string): Settings {
  return {
    endpoint: new URL(localTenantEndpoint).origin,
    appId: LOCAL_DEMO_APP.id,
    appSecret: LOCAL_DEMO_APP.secret,
    directSignInTarget: LOCAL_NAVER_CONNECTOR.target,
    interactionMode: 'signIn',
    scopes: [...defaultScopes],
    connectorId: LOCAL_NAVER_CONNECTOR.id,
  };
}
