import type { TenantConfig } from '../config/schema.ts';
import { experienceForApp } from './app-experience.ts';
import { naverConnectorMetadata } from '../naver-connector/index.ts';

/** Display data Logto's connector packages ship; only Naver is installed locally. */
function connectorDisplay(target: string, endpoint: string) {
  if (target === naverConnectorMetadata.target) {
    return {
      name: { en: naverConnectorMetadata.name.en, ko: naverConnectorMetadata.name.ko, ja: 'NAVER' },
      logo: `${endpoint}/assets/naver-logo.svg`,
      logoDark: null,
      platform: 'Universal',
    };
  }
  return { name: { en: target }, logo: '', logoDark: null, platform: 'Universal' };
}

/**
 * The sign-in experience as Logto stores it (its `sign_in_experiences` row), what the Management API's
 * `GET /api/sign-in-exp` answers: the tenant's, or an app's own (see app-experience.ts).
 */
export function signInExperienceRow(config: TenantConfig, appId?: string) {
  const { connectors: enabled, signInMode } = experienceForApp(config, appId);
  return {
    tenantId: 'default',
    id: 'default',
    color: { primaryColor: '#5D34F2', isDarkModeEnabled: false, darkPrimaryColor: '#8A6DF5' },
    branding: {},
    languageInfo: { autoDetect: true, fallbackLanguage: 'en' },
    termsOfUseUrl: null,
    privacyPolicyUrl: null,
    signIn: { methods: [] },
    signUp: {
      identifiers: config.signUp.requireUsername ? ['username'] : [],
      password: false,
      verify: false,
    },
    socialSignInConnectorTargets: [...new Set(enabled.map((connector) => connector.target))],
    signInMode,
  };
}

/**
 * `GET /api/.well-known/sign-in-exp`: the public part of the sign-in experience that Logto's sign-in
 * page loads first: the row, and the social connectors enabled in it (the tenant's, or with `appId` that
 * app's own).
 */
export function signInExperienceBody(config: TenantConfig, endpoint: string, appId?: string) {
  const { connectors: enabled } = experienceForApp(config, appId);
  return {
    ...signInExperienceRow(config, appId),
    socialConnectors: enabled.map((connector) => ({
      id: connector.id,
      target: connector.target,
      ...connectorDisplay(connector.target, endpoint),
      isStandard: false,
    })),
    ssoConnectors: [],
    forgotPassword: { phone: false, email: false },
    isDevelopmentTenant: true,
  };
}
