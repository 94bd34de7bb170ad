/**
 * The fault lab's scenarios driven through a local tenant without a browser: `/oidc/auth` as the
 * playground builds it, the sign-in page's experience API calls up to Naver, Naver's consent form, and
 * the callback page's calls after it.
 */
import { faultScenarioApp } from '../../src/lib/fault-lab.ts';
import type { FaultScenarioId } from '../../src/lib/fault-lab.ts';
import {
  callbackConnectorData,
  finishSocialSignIn,
  listSocialConnectors,
  startSocialSignIn,
} from '../../src/local-tenant/pages/client/experience-flow.ts';
import { browserRequest, CookieJar, experienceHttp, reachSignInPage } from './local-tenant.ts';
import type { LocalTenant } from './local-tenant.ts';
import { testSiteOrigin } from './ports.ts';

export const playgroundRedirectUri = `${testSiteOrigin}/playground/callback`;

export function appOf(scenario: FaultScenarioId) {
  return faultScenarioApp(scenario);
}

/** `/oidc/auth` as the playground builds it (Traditional app with Basic auth: Logto needs no PKCE then). */
export function authUrl(tenant: LocalTenant, scenario: FaultScenarioId, extra: Record<string, string> = {}): string {
  const query = new URLSearchParams({
    client_id: appOf(scenario).appId,
    redirect_uri: playgroundRedirectUri,
    response_type: 'code',
    scope: 'openid offline_access profile email identities',
    prompt: 'consent',
    state: 'fault-lab-state',
    direct_sign_in: 'social:naver',
    ...extra,
  });
  return `${tenant.endpoint}/oidc/auth?${query.toString()}`;
}

/** The sign-in page's calls up to Naver: the app's own connector, the verification, Naver's URL. */
export async function toNaver(tenant: LocalTenant, scenario: FaultScenarioId) {
  const jar = new CookieJar();
  const reached = await reachSignInPage(jar, authUrl(tenant, scenario), testSiteOrigin);
  const http = experienceHttp(jar, tenant.endpoint);
  const [connector] = await listSocialConnectors(http, appOf(scenario).appId);
  if (!connector) throw new Error(`${scenario}: its sign-in experience lists no connector`);
  const callback = `${tenant.endpoint}/callback/${connector.id}`;
  const started = await startSocialSignIn(http, { connectorId: connector.id, redirectUri: callback, state: 'naver-state', interactionEvent: 'SignIn' });
  return { jar, http, reached, connectorId: connector.id, callback, ...started };
}

/** Submits the mock Naver consent form as a browser would, with `fields` (user_id, action, share_email…). */
export async function submitNaverConsent(jar: CookieJar, authorizationUri: string, fields: Record<string, string>) {
  const form = new URLSearchParams(new URL(authorizationUri).searchParams);
  for (const [key, value] of Object.entries(fields)) form.set(key, value);
  return browserRequest(jar, new URL('/oauth2.0/authorize', authorizationUri).toString(), {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: form.toString(),
  });
}

/**
 * Agrees at Naver (as the first test user unless `fields` names another), then runs the callback page's
 * calls; returns what they threw (or the redirect). `beforeCallback` runs between Naver's answer and the
 * verify call (to take Naver down, say).
 */
export async function afterNaver(
  tenant: LocalTenant,
  scenario: FaultScenarioId,
  fields: Record<string, string> = { action: 'agree' },
  beforeCallback: () => Promise<void> = async () => {},
) {
  const flow = await toNaver(tenant, scenario);
  const userId = fields['user_id'] ?? tenant.config.naver.users[0]!.id;
  const naverAnswer = await submitNaverConsent(flow.jar, flow.authorizationUri, { user_id: userId, ...fields });
  const location = naverAnswer.headers.get('location');
  if (naverAnswer.status !== 302 || !location) throw new Error(`Naver answered ${naverAnswer.status}`);
  await beforeCallback();
  const connectorData = callbackConnectorData(new URL(location).searchParams, flow.callback, appOf(scenario).appId);
  const outcome = await finishSocialSignIn(flow.http, {
    connectorId: flow.connectorId,
    verificationId: flow.verificationId,
    connectorData,
    chooseUsername: () => Promise.reject(new Error('no username step in the default tenant')),
  }).then(
    (redirectTo) => ({ redirectTo, error: undefined }),
    (error: unknown) => ({ redirectTo: undefined, error }),
  );
  return { ...flow, connectorData, ...outcome };
}
