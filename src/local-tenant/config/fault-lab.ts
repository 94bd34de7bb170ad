import { faultScenarioIds, faultScenarios, type ConnectorScenarioId, type FaultScenarioId, type TenantFault } from '../../lib/fault-lab.ts';
import { defaultNaverTestUsers } from '../naver-mock/config.ts';
import { defaultExistingUsers } from './existing-users.ts';
import type { LogtoVersionProfile } from './logto-version.ts';
import type { TenantConfigInput } from './schema.ts';

/**
 * The fault lab's part of the built-in tenant: one app per scenario of src/lib/fault-lab.ts, with the
 * catalogue's App ID, set up as a reader would set it up except for the scenario's `fault`; where the
 * fault sits in a connector or at Naver, the app's own Naver connector and Naver app. Each fault is a
 * misconfiguration a real tenant or Naver app can have, written as config; only the ID-token and
 * token-endpoint faults need `simulatedFaults` (a misbehaving tenant). What the tenant's Logto version
 * has decides the rest (access control since 1.41; the Naver apps register every callback URI the
 * version's Console lists).
 */

type AppInput = TenantConfigInput['apps'][number];
type ConnectorInput = NonNullable<TenantConfigInput['connectors']>[number];
type NaverAppInput = TenantConfigInput['naver']['apps'][number];

/** One scenario's share of the tenant. */
type ScenarioParts = { app: AppInput; connector?: ConnectorInput; naverApp?: NaverAppInput };

type Origins = { site: string; endpoint: string };

const faultOf = (scenario: FaultScenarioId): TenantFault => faultScenarios[scenario].fault;

/** The connector id a scenario's app uses, for the tests and anyone who drives the flow by hand. */
export function faultLabConnectorId(scenario: ConnectorScenarioId): string {
  return faultScenarios[scenario].fault.naverConnector.id;
}

function scenarioName(scenario: FaultScenarioId): string {
  return `Fault lab: ${scenario}`;
}

/** The app's own sign-in experience, where the fault gives it one: its own connector (if shown), its mode. */
function appSignInExperience({ app, naverConnector }: TenantFault): AppInput['signInExperience'] {
  if (!naverConnector && !app?.noSocialConnectors) return undefined;
  const shown = naverConnector && !naverConnector.notInSignInExperience ? [naverConnector.id] : [];
  return { socialConnectorIds: shown, ...(app?.signInMode ? { signInMode: app.signInMode } : {}) };
}

function simulatedFaults({ idToken, tokenEndpoint }: TenantFault): AppInput['simulatedFaults'] {
  if (!idToken && !tokenEndpoint) return undefined;
  return { ...(idToken ? { idToken } : {}), ...(tokenEndpoint ? { tokenEndpoint } : {}) };
}

/**
 * `accessControl: 'deny'`: access control on, allowing only the tenant's existing user, so a reader's
 * new Naver user is refused. A version without app-level access control has no such setting: there the
 * app lets everyone in, as such a tenant would.
 */
function accessControl({ accessControl: wanted }: TenantFault, profile: LogtoVersionProfile): AppInput['accessControl'] {
  if (wanted !== 'deny' || !profile.appLevelAccessControl) return undefined;
  return { userIds: [defaultExistingUsers[0].id] };
}

/** A Traditional web app with the playground's redirect and post sign-out URIs, changed as the fault says. */
function scenarioApp(scenario: FaultScenarioId, { site }: Origins, profile: LogtoVersionProfile): AppInput {
  const { appId, appSecret } = faultScenarios[scenario];
  const fault = faultOf(scenario);
  const access = accessControl(fault, profile);
  const experience = appSignInExperience(fault);
  const simulated = simulatedFaults(fault);
  return {
    id: appId,
    secret: fault.app?.secret ?? appSecret,
    name: scenarioName(scenario),
    type: fault.app?.type ?? 'Traditional',
    redirectUris: [...(fault.app?.redirectUris ?? [`${site}/playground/callback`])],
    postLogoutRedirectUris: [...(fault.app?.postLogoutRedirectUris ?? [`${site}/playground/signed-out`, `${site}/`])],
    ...(experience ? { signInExperience: experience } : {}),
    ...(simulated ? { simulatedFaults: simulated } : {}),
    ...(access ? { accessControl: access } : {}),
  };
}

function scenarioParts(scenario: FaultScenarioId, origins: Origins, profile: LogtoVersionProfile): ScenarioParts {
  const app = scenarioApp(scenario, origins, profile);
  const own = faultOf(scenario).naverConnector;
  if (!own) return { app };
  const { callbackUrl, inDevelopment, outages, ...naverApp } = own.naverApp ?? {};
  return {
    app,
    connector: {
      id: own.id,
      target: 'naver',
      clientId: own.says?.clientId ?? own.clientId,
      clientSecret: own.says?.clientSecret ?? own.clientSecret,
      // Only its app's experience shows it, never the tenant's.
      enabledInSignInExperience: false,
    },
    naverApp: {
      clientId: own.clientId,
      clientSecret: own.clientSecret,
      name: scenarioName(scenario),
      callbackUrls:
        callbackUrl === 'app-redirect-uri'
          ? [`${origins.site}/playground/callback`]
          : profile.socialCallbackPaths(own.id).map((path) => `${origins.endpoint}${path}`),
      // Only the first test user (검증용닉네임) is a member (테스터); any other is refused while 개발 중.
      ...(inDevelopment ? { status: 'development', members: [defaultNaverTestUsers[0].id] } : {}),
      ...(outages ? { outages: [...outages] } : {}),
      ...naverApp,
    },
  };
}

/** Every scenario's apps, connectors and Naver apps, to add to the default tenant. */
export function faultLabConfigParts(origins: Origins, profile: LogtoVersionProfile): {
  apps: AppInput[];
  connectors: ConnectorInput[];
  naverApps: NaverAppInput[];
} {
  const parts = faultScenarioIds.map((scenario) => scenarioParts(scenario, origins, profile));
  return {
    apps: parts.map((part) => part.app),
    connectors: parts.flatMap((part) => (part.connector ? [part.connector] : [])),
    naverApps: parts.flatMap((part) => (part.naverApp ? [part.naverApp] : [])),
  };
}
