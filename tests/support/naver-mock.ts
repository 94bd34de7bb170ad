/**
 * The Naver mock for connector and mock tests: started on a free port with known apps and the default
 * test users, and the requests a browser or the connector would send it.
 */
import { LOCAL_NAVER_CONNECTOR } from '../../src/lib/local-tenant-defaults.ts';
import { naverEndpointsFor } from '../../src/local-tenant/naver-connector/index.ts';
import type { NaverEndpoints } from '../../src/local-tenant/naver-connector/index.ts';
import { defaultNaverTestUsers, startNaverMock } from '../../src/local-tenant/naver-mock/index.ts';
import type { NaverMockConfigInput, NaverMockServer } from '../../src/local-tenant/naver-mock/index.ts';

type MockApp = NaverMockConfigInput['apps'][number];

/** Two Naver apps the tests use: a well-behaved one, and variants switched on per test. */
export const callbackUrl = `http://localhost:3001/callback/${LOCAL_NAVER_CONNECTOR.id}`;
export const goodApp = { clientId: 'naverGoodClient', clientSecret: 'goodSecret123', callbackUrls: [callbackUrl] };
export const goodConfig = { clientId: goodApp.clientId, clientSecret: goodApp.clientSecret };

export type TestNaverMock = { mock: NaverMockServer; endpoints: NaverEndpoints };

/** The mock on a random loopback port with `goodApp`, the given extra apps and the default test users. */
export async function startTestNaverMock(extraApps: MockApp[] = []): Promise<TestNaverMock> {
  const mock = await startNaverMock({
    port: 0,
    config: { apps: [goodApp, ...extraApps], users: [...defaultNaverTestUsers] },
  });
  return { mock, endpoints: naverEndpointsFor(mock.origin) };
}

type ConsentForm = { clientId: string; redirectUri: string; state: string; action: 'agree' | 'cancel'; userId?: string };

/** Submits the consent form as the browser would (by default: goodApp agrees), and returns Naver's answer. */
export async function submitConsent(endpoints: NaverEndpoints, changes: Partial<ConsentForm> = {}): Promise<Response> {
  const form = { clientId: goodApp.clientId, redirectUri: callbackUrl, state: 'st', action: 'agree', ...changes };
  return fetch(endpoints.authorizationEndpoint, {
    method: 'POST',
    body: new URLSearchParams({
      client_id: form.clientId,
      redirect_uri: form.redirectUri,
      response_type: 'code',
      state: form.state,
      action: form.action,
      ...(form.userId ? { user_id: form.userId } : {}),
    }),
    redirect: 'manual',
  });
}

/** The query Naver appended to the callback, as the tenant hands it to the connector. */
export function callbackQuery(response: Response): Record<string, string> {
  const location = response.headers.get('location');
  if (!location) throw new Error(`expected a redirect, got HTTP ${response.status}`);
  return Object.fromEntries(new URL(location).searchParams);
}

/** Runs consent for `userId` and returns the code. */
export async function codeFor(endpoints: NaverEndpoints, clientId: string, userId: string): Promise<string> {
  const response = await submitConsent(endpoints, { clientId, userId });
  const code = callbackQuery(response)['code'];
  if (!code) throw new Error('no code in the callback');
  return code;
}

/** POSTs a form to Naver's token endpoint and returns the status and JSON body. */
export async function postToken(endpoints: NaverEndpoints, params: Record<string, string>) {
  const response = await fetch(endpoints.tokenEndpoint, { method: 'POST', body: new URLSearchParams(params) });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}
