/**
 * The audit-log diagnosis against the local tenant, scenario by scenario: each fault-lab scenario that
 * never comes back is run through the sandbox driver (the sign-in page's calls, Naver's consent form, the
 * callback page's calls), then the log is read as the panel and the CLI read it (`readLastSignIn`: a
 * Management API token for the demo credential, `GET /api/logs` through the safe fetch) and the cause
 * and its step are asserted. Where the records say the log cannot tell (a refusal on Naver's own page),
 * the answer must be "the log doesn't say".
 */
import type { DiagnosisCode } from '../../src/diagnosis/codes.ts';
import { stepOf } from '../../src/diagnosis/codes.ts';
import { LOCAL_MANAGEMENT_API_APP } from '../../src/lib/local-tenant-defaults.ts';
import { createSafeFetch } from '../../src/lib/safe-fetch.ts';
import { callbackConnectorData } from '../../src/local-tenant/pages/client/experience-flow.ts';
import { neverComesBackScenarioIds, type NeverComesBackScenarioId } from '../../src/playground/fault-lab/scenarios.ts';
import { readLastSignIn } from '../../src/preflight/audit-log/read-last-sign-in.ts';
import type { AuditLogFinding } from '../../src/preflight/audit-log/finding.ts';
import { afterNaver, appOf, playgroundRedirectUri, submitNaverConsent, toNaver } from '../support/fault-lab-flow.ts';
import { test as base, expect, workerFixture } from '../support/fixtures.ts';
import { browserRequest, startTestTenant, testBrowserUserAgent } from '../support/local-tenant.ts';
import type { LocalTenant } from '../support/local-tenant.ts';

const test = base.extend<{}, { tenant: LocalTenant }>({
  tenant: workerFixture(() => startTestTenant(), (tenant) => tenant.close()),
});

const fetch = createSafeFetch({ mode: 'LOCAL' });
const demoCredential = { appId: LOCAL_MANAGEMENT_API_APP.id, appSecret: LOCAL_MANAGEMENT_API_APP.secret };

/** What the reader does in each scenario, and what the log says then (../shared/reference/real-logto-faults.md). */
const scenarios: Record<NeverComesBackScenarioId, { cause: DiagnosisCode | 'silent' | 'completed'; run: (tenant: LocalTenant, scenario: NeverComesBackScenarioId) => Promise<unknown> }> = {
  'wrong-naver-client-id': { cause: 'silent', run: toNaver },
  'naver-callback-url-mismatch': { cause: 'silent', run: toNaver },
  'naver-app-in-development': { cause: 'silent', run: toNaver },
  'wrong-naver-client-secret': { cause: 'naver_client_secret_wrong', run: (tenant, scenario) => afterNaver(tenant, scenario) },
  'wrong-naver-client-secret-401': { cause: 'naver_client_secret_wrong', run: (tenant, scenario) => afterNaver(tenant, scenario) },
  'naver-token-endpoint-down': { cause: 'naver_unavailable', run: (tenant, scenario) => afterNaver(tenant, scenario) },
  'naver-profile-api-down': { cause: 'naver_unavailable', run: (tenant, scenario) => afterNaver(tenant, scenario) },
  // Logto 1.41+ access control: the log shows the refused sign-in as a finished one, and nothing after it
  // (real-logto-1.42/ACCESS-CONTROL.md), so the log can only say Logto finished it; what the reader saw names it.
  'app-access-denied': { cause: 'completed', run: (tenant, scenario) => afterNaver(tenant, scenario) },
  'cancel-at-naver': { cause: 'naver_cancelled', run: (tenant, scenario) => afterNaver(tenant, scenario, { action: 'cancel' }) },
  // The sign-in page knows the sign-in mode, so it stops at the identification (recorded): no Register after it.
  'sign-in-only-new-user': {
    cause: 'sign_in_only',
    run: async (tenant, scenario) => {
      const flow = await toNaver(tenant, scenario);
      const naver = await submitNaverConsent(flow.jar, flow.authorizationUri, { action: 'agree', user_id: tenant.config.naver.users[1]!.id });
      const connectorData = callbackConnectorData(new URL(naver.headers.get('location') ?? '').searchParams, flow.callback);
      await flow.http('POST', `/api/experience/verification/social/${flow.connectorId}/verify`, { connectorData, verificationId: flow.verificationId });
      const identification = await browserRequest(flow.jar, `${tenant.endpoint}/api/experience/identification`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ verificationId: flow.verificationId }),
      });
      expect(identification.status).toBe(404);
    },
  },
};

async function lastSignIn(tenant: LocalTenant, scenario: NeverComesBackScenarioId, startedAt: number, userAgent: string | undefined = testBrowserUserAgent): Promise<AuditLogFinding> {
  return readLastSignIn({ endpoint: tenant.endpoint, appId: appOf(scenario).appId, credential: demoCredential, startedAt, userAgent }, { fetch });
}

for (const scenario of neverComesBackScenarioIds) {
  test(`${scenario}: the log ${scenarios[scenario].cause === 'silent' ? "doesn't say" : scenarios[scenario].cause === 'completed' ? 'shows a finished sign-in' : `names ${scenarios[scenario].cause}`}`, async ({ tenant }) => {
    const { cause, run } = scenarios[scenario];
    const startedAt = Date.now();
    await run(tenant, scenario);
    const finding = await lastSignIn(tenant, scenario, startedAt);
    if (cause === 'silent') {
      expect(finding).toMatchObject({ kind: 'silent', logKey: 'Interaction.SignIn.Verification.Social.Create' });
      return;
    }
    if (cause === 'completed') {
      expect(finding).toMatchObject({ kind: 'completed' });
      return;
    }
    expect(finding).toMatchObject({ kind: 'cause', cause });
    expect(finding.kind === 'cause' && stepOf(finding.cause)).toBe(stepOf(cause));
    // The CLI knows no user agent: the browser's entries are still told from the server's own.
    expect(await lastSignIn(tenant, scenario, startedAt, undefined)).toEqual(finding);
  });
}

test('the last attempt wins: a cancel after a finished sign-in on the same app is the cancel', async ({ tenant }) => {
  const startedAt = Date.now();
  await afterNaver(tenant, 'cancel-at-naver', { action: 'agree' });
  const first = await lastSignIn(tenant, 'cancel-at-naver', startedAt);
  // The cancel scenario's app, agreed: a normal sign-in whose experience Logto finished (…Submit ✓).
  expect(first.kind).toBe('completed');
  const again = Date.now();
  await afterNaver(tenant, 'cancel-at-naver', { action: 'cancel' });
  expect(await lastSignIn(tenant, 'cancel-at-naver', again)).toMatchObject({ kind: 'cause', cause: 'naver_cancelled' });
});

test('Naver unreachable after 동의하기: naver_unavailable, from RequestError ECONNREFUSED', async ({ startTenant }) => {
  const tenant = await startTenant();
  const startedAt = Date.now();
  await afterNaver(tenant, 'cancel-at-naver', { action: 'agree' }, () => tenant.stopNaverMock());
  expect(await lastSignIn(tenant, 'cancel-at-naver', startedAt)).toMatchObject({ kind: 'cause', cause: 'naver_unavailable', evidence: 'ECONNREFUSED' });
});

test('a wrong Management API secret, or the reader app as the credential: the log is unreadable, and says why', async ({ tenant }) => {
  const appId = appOf('cancel-at-naver').appId;
  const wrong = await readLastSignIn(
    { endpoint: tenant.endpoint, appId, credential: { appId: LOCAL_MANAGEMENT_API_APP.id, appSecret: 'not-the-secret-at-all-0000000000' }, startedAt: Date.now() },
    { fetch },
  );
  expect(wrong).toMatchObject({ kind: 'unreadable', reason: 'credential_refused' });
  const app = appOf('cancel-at-naver');
  const notM2m = await readLastSignIn({ endpoint: tenant.endpoint, appId, credential: { appId: app.appId, appSecret: app.appSecret }, startedAt: Date.now() }, { fetch });
  expect(notM2m).toMatchObject({ kind: 'unreadable', reason: 'credential_refused' });
});

test('more entries than a page: the attempt is found by paging back through the Link header', async ({ tenant }) => {
  const scenario = 'naver-token-endpoint-down';
  const startedAt = Date.now();
  await afterNaver(tenant, scenario);
  // Newer entries of the same app from the server (undici): Run checks' walk, many times over.
  for (let index = 0; index < 60; index += 1) await toNaverAsServer(tenant, scenario);
  const finding = await lastSignIn(tenant, scenario, startedAt);
  expect(finding).toMatchObject({ kind: 'cause', cause: 'naver_unavailable' });
});

/** The sign-in page's calls as the playground's Run checks makes them: from the server, with undici's user agent. */
async function toNaverAsServer(tenant: LocalTenant, scenario: NeverComesBackScenarioId) {
  const url = new URL(`${tenant.endpoint}/oidc/auth`);
  url.search = new URLSearchParams({
    client_id: appOf(scenario).appId,
    redirect_uri: playgroundRedirectUri,
    response_type: 'code',
    scope: 'openid',
    direct_sign_in: 'social:naver',
  }).toString();
  await fetch(url, { redirect: 'manual' });
}
