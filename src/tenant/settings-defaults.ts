import { LOCAL_DEMO_APP, LOCAL_MANAGEMENT_API_APP, LOCAL_NAVER_CONNECTOR } from '../lib/local-tenant-defaults.ts';
import { defaultScopes, type Settings, type SettingsFormValues } from './settings.ts';

/**
 * The settings a newcomer starts with: the local tenant's ready-made app, so one click signs in. Its
 * connector id is known too, so the guide can show the Naver Callback URL before anything is saved.
 * Where the site offers the audit-log diagnosis, its demo Management API credential too, like the demo app.
 */
export function defaultSettings(sandboxEndpoint: string, { auditLog = true }: { auditLog?: boolean } = {}): Settings {
  return {
    ...(auditLog ? { managementApi: demoManagementApi() } : {}),
    endpoint: new URL(sandboxEndpoint).origin,
    appId: LOCAL_DEMO_APP.id,
    appSecret: LOCAL_DEMO_APP.secret,
    directSignInTarget: LOCAL_NAVER_CONNECTOR.target,
    interactionMode: 'signIn',
    scopes: [...defaultScopes],
    connectorId: LOCAL_NAVER_CONNECTOR.id,
  };
}

/** The local tenant's demo Management API credential, as settings hold one. */
export function demoManagementApi() {
  return { appId: LOCAL_MANAGEMENT_API_APP.id, appSecret: LOCAL_MANAGEMENT_API_APP.secret };
}

/**
 * The settings form as a reader without settings meets it (a site without a sandbox): blank but for the
 * choices every tenant shares (Naver's connector target, sign-in, the default scopes).
 */
export function blankSettingsForm(): SettingsFormValues {
  return {
    endpoint: '',
    appId: '',
    directSignInTarget: LOCAL_NAVER_CONNECTOR.target,
    interactionMode: 'signIn',
    scopes: [...defaultScopes],
    naverClientId: '',
    m2mAppId: '',
  };
}
