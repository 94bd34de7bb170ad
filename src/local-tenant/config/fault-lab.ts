import { faultScenarioApps, faultScenarioIds, WRONG_APP_SECRET_REAL_SECRET } from '../../lib/fault-lab.ts';
import type { FaultScenarioId } from '../../lib/fault-lab.ts';
import { defaultNaverTestUsers } from '../naver-mock/config.ts';
import type { TenantConfigInput } from './schema.ts';

/**
 * The fault lab's part of the built-in tenant: one app per scenario of src/lib/fault-lab.ts, with the
 * catalogue's App ID, and where the fault sits in a connector or at Naver, that app's own Naver connector
 * and Naver app. Each fault is a misconfiguration a real tenant or Naver app can have, written as config;
 * only the ID-token and token-endpoint faults need `simulatedFaults` (a misbehaving tenant).
 */

type AppInput = TenantConfigInput['apps'][number];
type ConnectorInput = NonNullable<TenantConfigInput['connectors']>[number];
type NaverAppInput = TenantConfigInput['naver']['apps'][number];

/** One scenario's share of the tenant. */
type ScenarioParts = { app: AppInput; connector?: ConnectorInput; naverApp?: NaverAppInput };

type Origins = { site: string; endpoint: string };

/**
 * The Naver connectors of the connector-fault scenarios: each its own 21-character id (as Logto Console
 * makes them) and the Naver app it should match. None is in the tenant's sign-in experience: only its
 * app's experience shows it.
 */
const scenarioConnectors = {
  'connector-not-in-sign-in-experience': { id: '7rdmi46qiruowlnwn8c8g', clientId: 'DBsT0qOPSWuZNwGiqkr9', clientSecret: 'a1xVdHatg1' },
  'wrong-naver-client-id': { id: 'vqrgwieopkqahtl8elv5m', clientId: 'gBBUZnu6z5dy1wJaFRqR', clientSecret: '7XbMJWKyT2' },
  'wrong-naver-client-secret': { id: 'u5xype37nvpwn0i937bws', clientId: 'hR1zTTPlSrARvIhjvFNM', clientSecret: 'wdr4oU97r5' },
  'wrong-naver-client-secret-401': { id: 'fuey71xx1dvq7azabte86', clientId: '13hjmhuOq4Jr4bJTh2hQ', clientSecret: 'Cc95QhiRl7' },
  'naver-callback-url-mismatch': { id: 'lnl1ovgzsm2tc4qa5lydj', clientId: 'jdbCdBoq8AoXJTz9Oe6a', clientSecret: 'RhhkAp54Ea' },
  'naver-app-in-development': { id: '3tvk27rnienuez63l4zdn', clientId: '5B55hX5j1uK2gKlusU17', clientSecret: 'dee842HP3w' },
  'naver-email-declined': { id: 'fsagg7ccllos6oh2l9s22', clientId: '0tJ6acDdR54Ku64QUhl0', clientSecret: '73OfLVjm63' },
  'naver-token-endpoint-down': { id: 'ktqa1bjb2umdttol39f22', clientId: 'pHNLl4bej1ZBXg5oRm5g', clientSecret: '5rWeScEKxQ' },
  'naver-profile-api-down': { id: 'amtz3aktv6il0n3glra8w', clientId: 'WRpXgmkRWaxBveKCkqWu', clientSecret: 'scB98srcUJ' },
  'sign-in-only-new-user': { id: 'nybv6o4u4tb9721dr7961', clientId: 'RYT6ZMJbNPvHGUSoIHmr', clientSecret: 'soixVpJwl5' },
} as const satisfies Partial<Record<FaultScenarioId, { id: string; clientId: string; clientSecret: string }>>;

export type ConnectorScenarioId = keyof typeof scenarioConnectors;

/** The connector id a scenario's app uses, for the tests and anyone who drives the flow by hand. */
export function faultLabConnectorId(scenario: ConnectorScenarioId): string {
  return scenarioConnectors[scenario].id;
}

/** What the connector of `wrong-naver-client-id` says instead of its Naver app's Client ID (one character off). */
export const mistypedNaverClientId = 'gBBUZnu6z5dy1wJaFRqB';
/** What the connector of the wrong-secret scenarios says instead of its Naver app's Client Secret. */
const wrongNaverClientSecret = 'Hq3bX8kT0p';

function scenarioName(scenario: FaultScenarioId): string {
  return `Fault lab: ${scenario}`;
}

/** A Traditional web app with the playground's redirect and post sign-out URIs, as a reader creates it. */
function traditionalApp(scenario: FaultScenarioId, { site }: Origins, changes: Partial<AppInput> = {}): AppInput {
  const { appId, appSecret } = faultScenarioApps[scenario];
  return {
    id: appId,
    secret: appSecret,
    name: scenarioName(scenario),
    type: 'Traditional',
    redirectUris: [`${site}/playground/callback`],
    postLogoutRedirectUris: [`${site}/playground/signed-out`, `${site}/`],
    ...changes,
  };
}

/**
 * An app whose experience shows only its own Naver connector, that connector, and the Naver app at the
 * mock; `connector` and `naverApp` change what differs from a correct setup.
 */
function withOwnConnector(
  scenario: ConnectorScenarioId,
  origins: Origins,
  changes: { connector?: Partial<ConnectorInput>; naverApp?: Partial<NaverAppInput>; app?: Partial<AppInput> } = {},
): ScenarioParts {
  const { id, clientId, clientSecret } = scenarioConnectors[scenario];
  return {
    app: traditionalApp(scenario, origins, { signInExperience: { socialConnectorIds: [id] }, ...changes.app }),
    connector: { id, target: 'naver', clientId, clientSecret, enabledInSignInExperience: false, ...changes.connector },
    naverApp: {
      clientId,
      clientSecret,
      name: scenarioName(scenario),
      callbackUrls: [`${origins.endpoint}/callback/${id}`],
      ...changes.naverApp,
    },
  };
}

function scenarioParts(scenario: FaultScenarioId, origins: Origins): ScenarioParts {
  switch (scenario) {
    case 'wrong-app-secret':
      // The app's real secret differs from the one the reader is given (copied from another app, say).
      return { app: traditionalApp(scenario, origins, { secret: WRONG_APP_SECRET_REAL_SECRET }) };
    case 'spa-app':
      return { app: traditionalApp(scenario, origins, { type: 'SPA' }) };
    case 'native-app':
      return { app: traditionalApp(scenario, origins, { type: 'Native' }) };
    case 'm2m-app':
      return { app: traditionalApp(scenario, origins, { type: 'M2M', redirectUris: [], postLogoutRedirectUris: [] }) };
    case 'redirect-uri-not-registered':
      // The URI of Logto's sample app was registered instead of the playground's.
      return { app: traditionalApp(scenario, origins, { redirectUris: ['http://localhost:3000/callback'] }) };
    case 'post-sign-out-uri-not-registered':
      return { app: traditionalApp(scenario, origins, { postLogoutRedirectUris: ['http://localhost:3000/'] }) };
    case 'connector-not-in-sign-in-experience': {
      // The connector is set up and works, but the app's sign-in experience does not show it.
      const parts = withOwnConnector(scenario, origins);
      return { ...parts, app: { ...parts.app, signInExperience: { socialConnectorIds: [] } } };
    }
    case 'no-naver-connector':
      return { app: traditionalApp(scenario, origins, { signInExperience: { socialConnectorIds: [] } }) };
    case 'wrong-naver-client-id':
      return withOwnConnector(scenario, origins, { connector: { clientId: mistypedNaverClientId } });
    case 'wrong-naver-client-secret':
      return withOwnConnector(scenario, origins, { connector: { clientSecret: wrongNaverClientSecret } });
    case 'wrong-naver-client-secret-401':
      return withOwnConnector(scenario, origins, {
        connector: { clientSecret: wrongNaverClientSecret },
        naverApp: { tokenErrorStatus: 401 },
      });
    case 'naver-callback-url-mismatch':
      // The app's own redirect URI was registered at Naver instead of Logto's callback URI.
      return withOwnConnector(scenario, origins, { naverApp: { callbackUrls: [`${origins.site}/playground/callback`] } });
    case 'naver-app-in-development':
      // Only the first test user (검증용닉네임) is a member (테스터); any other is refused while the app is 개발 중.
      return withOwnConnector(scenario, origins, {
        naverApp: { status: 'development', members: [defaultNaverTestUsers[0].id] },
      });
    case 'naver-email-declined':
      return withOwnConnector(scenario, origins, { naverApp: { emailPermission: 'optional' } });
    case 'naver-token-endpoint-down':
      return withOwnConnector(scenario, origins, { naverApp: { outages: ['token'] } });
    case 'naver-profile-api-down':
      return withOwnConnector(scenario, origins, { naverApp: { outages: ['profile'] } });
    case 'sign-in-only-new-user':
      // Its own Naver app gives every test user an id no other app has seen, so each is new here.
      return withOwnConnector(scenario, origins, {
        app: { signInExperience: { socialConnectorIds: [scenarioConnectors[scenario].id], signInMode: 'SignIn' } },
        naverApp: { appScopedUserIds: true },
      });
    case 'id-token-unknown-key':
      return { app: traditionalApp(scenario, origins, { simulatedFaults: { idToken: 'unknown-key' } }) };
    case 'id-token-wrong-issuer':
      return { app: traditionalApp(scenario, origins, { simulatedFaults: { idToken: 'wrong-issuer' } }) };
    case 'id-token-wrong-audience':
      return { app: traditionalApp(scenario, origins, { simulatedFaults: { idToken: 'wrong-audience' } }) };
    case 'id-token-expired':
      return { app: traditionalApp(scenario, origins, { simulatedFaults: { idToken: 'expired' } }) };
    case 'tenant-clock-ahead':
      return { app: traditionalApp(scenario, origins, { simulatedFaults: { idToken: 'clock-ahead' } }) };
    case 'id-token-hs256':
      return { app: traditionalApp(scenario, origins, { simulatedFaults: { idToken: 'hs256' } }) };
    case 'token-endpoint-503':
      return { app: traditionalApp(scenario, origins, { simulatedFaults: { tokenEndpoint: 'unavailable' } }) };
    case 'cancel-at-naver':
      // Correct in every way: the reader presses 취소 at Naver.
      return { app: traditionalApp(scenario, origins) };
    case 'jwks-rotated':
      return { app: traditionalApp(scenario, origins, { simulatedFaults: { idToken: 'rotated-key' } }) };
  }
}

/** Every scenario's apps, connectors and Naver apps, to add to the default tenant. */
export function faultLabConfigParts(origins: Origins): {
  apps: AppInput[];
  connectors: ConnectorInput[];
  naverApps: NaverAppInput[];
} {
  const parts = faultScenarioIds.map((scenario) => scenarioParts(scenario, origins));
  return {
    apps: parts.map((part) => part.app),
    connectors: parts.flatMap((part) => (part.connector ? [part.connector] : [])),
    naverApps: parts.flatMap((part) => (part.naverApp ? [part.naverApp] : [])),
  };
}
