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
 * `GET /api/.well-known/sign-in-exp`: the public part of the sign-in experience that Logto's sign-in
 * page loads first. Lists the social connectors enabled in the sign-in experience only: the tenant's,
 * or with `appId` that app's own (see app-experience.ts).
 */
export function signInExperienceBody(config: TenantConfig, endpoint: string, appId?: string) {
  const { connectors: enabled, signInMode } = experienceForApp(config, appId);
  const socialSignInConnectorTargets = [...new Set(enabled.map((connector) => connector.target))];
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
    socialSignInConnectorTargets,
    signInMode,
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
