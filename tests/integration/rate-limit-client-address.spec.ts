import { countedRequest } from '../support/counted-requests.ts';
import { expect, test } from '../support/fixtures.ts';
import { testTenantEndpoint } from '../support/ports.ts';

// Whose budget a request spends: the socket's address, or with TRUST_PROXY the address the trusted
// proxy appended to X-Forwarded-For. A budget of 2 keeps each case short.
const siteEnv = {
  COOKIE_SECRET: 'rate-limit-test-secret-0123456789abcdef',
  SANDBOX_ENDPOINT: testTenantEndpoint,
  RATE_LIMIT_POINTS: '2',
  RATE_LIMIT_WINDOW_SECONDS: '600', // no window runs out mid-test, however slow the machine
};

// Each test starts its own site instance, which takes a while on a busy machine.
test.describe.configure({ timeout: 90_000 });

async function statusesOf(requests: (() => Promise<Response>)[]): Promise<number[]> {
  const statuses: number[] = [];
  for (const request of requests) {
    const response = await request();
    await response.body?.cancel();
    statuses.push(response.status);
  }
  return statuses;
}

test('without TRUST_PROXY a forged X-Forwarded-For does not buy a fresh budget', async ({ startSiteInstance }) => {
  const { origin } = await startSiteInstance(siteEnv);
  const forged = ['198.51.100.1', '198.51.100.2', '198.51.100.3'].map(
    (address, n) => () => countedRequest(n, origin, 'en', { 'X-Forwarded-For': address }),
  );
  expect(await statusesOf(forged)).toEqual([303, 303, 429]);
});

test('with TRUST_PROXY=1 each client behind the proxy has its own budget, IPv6 per /64', async ({ startSiteInstance }) => {
  const { origin } = await startSiteInstance({ ...siteEnv, TRUST_PROXY: '1' });
  const from = (forwardedFor: string, n: number) => () => countedRequest(n, origin, 'en', { 'X-Forwarded-For': forwardedFor });
  expect(
    await statusesOf([
      from('198.51.100.1', 0),
      from('198.51.100.1', 1),
      // What the client wrote itself is left of what the proxy appended, and changes nothing.
      from('203.0.113.9, 198.51.100.1', 2),
      // Another client behind the same proxy.
      from('198.51.100.2', 3),
      // Two addresses of one IPv6 /64 are one subscriber.
      from('2001:db8:1:2::1', 4),
      from('2001:db8:1:2::2', 5),
      from('2001:db8:1:2::3', 6),
      from('2001:db8:1:3::1', 7),
    ]),
  ).toEqual([303, 303, 429, 303, 303, 303, 429, 303]);
});
