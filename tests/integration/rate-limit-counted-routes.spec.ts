/**
 * The rate limit counts a route, not a method: HEAD (which Astro answers with the GET handler, so a
 * HEAD of the callback runs the token exchange) costs what the route's own request costs, on every
 * counted route, and "Break it on purpose" (which saves settings and runs their checks) is counted
 * like the settings form. One instance with a budget of 1; TRUST_PROXY gives each case its own client
 * address, so each starts with a fresh budget.
 */
import { permissionsPolicy } from '../../src/server/security-headers.ts';
import { rateLimitStrings } from '../../src/rate-limit/strings.ts';
import { countedCallback, countedFormPosts, countedPost } from '../support/counted-requests.ts';
import { expect, test } from '../support/fixtures.ts';
import { testTenantEndpoint } from '../support/ports.ts';

const siteEnv = {
  COOKIE_SECRET: 'rate-limit-test-secret-0123456789abcdef',
  SANDBOX_ENDPOINT: testTenantEndpoint,
  RATE_LIMIT_POINTS: '1',
  RATE_LIMIT_WINDOW_SECONDS: '600', // no window runs out mid-test, however slow the machine
  TRUST_PROXY: '1',
};

// The instance takes a while to start on a busy machine.
test.describe.configure({ timeout: 90_000 });

let nextClient = 0;
/** A client address of its own (the one the trusted proxy appended), so a fresh budget of 1. */
const newClient = () => ({ 'X-Forwarded-For': `198.51.100.${(nextClient += 1)}` });

async function statusOf(response: Promise<Response>): Promise<number> {
  const answered = await response;
  await answered.body?.cancel();
  return answered.status;
}

/** Each counted route asked for the way a reader asks (`usual`) or with another method (`as`). */
const routes = [
  ...countedFormPosts.map((path) => ({
    path,
    usual: (origin: string, headers: Record<string, string>) => countedPost(path, origin, 'en', { headers }),
    as: (method: string, origin: string, headers: Record<string, string>) => countedPost(path, origin, 'en', { headers, method }),
  })),
  {
    path: '/playground/callback',
    usual: (origin: string, headers: Record<string, string>) => countedCallback(origin, 'en', { headers }),
    as: (method: string, origin: string, headers: Record<string, string>) => countedCallback(origin, 'en', { headers, method }),
  },
];

test('on every counted route a HEAD spends the budget, and a spent budget refuses the HEAD', async ({ startSiteInstance }) => {
  const { origin } = await startSiteInstance(siteEnv);
  const answers: Record<string, number[]> = {};
  for (const route of routes) {
    // HEAD first: it is counted, so the reader's own request after it finds the budget spent.
    const first = newClient();
    const afterHead = [await statusOf(route.as('HEAD', origin, first)), await statusOf(route.usual(origin, first))];
    // The usual request first: the HEAD after it is refused like any other request over the budget.
    const second = newClient();
    const headAfter = [await statusOf(route.usual(origin, second)), await statusOf(route.as('HEAD', origin, second))];
    answers[route.path] = [afterHead[1]!, headAfter[0]!, headAfter[1]!];
  }
  // [the usual request after a HEAD, the usual request on a fresh budget, a HEAD after it]
  expect(answers).toEqual(Object.fromEntries(routes.map((route) => [route.path, [429, 303, 429]])));
});

test('"Break it on purpose" is counted: with the budget spent, the scenario post gets the 429 page', async ({ startSiteInstance }) => {
  const { origin } = await startSiteInstance(siteEnv);
  const reader = newClient();
  expect(await statusOf(countedPost('/playground/settings', origin, 'ja', { headers: reader }))).toBe(303);
  const limited = await countedPost('/playground/scenario', origin, 'ja', { headers: reader });
  expect(limited.status).toBe(429);
  expect(Number(limited.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
  expect(limited.headers.get('permissions-policy')).toBe(permissionsPolicy);
  const page = await limited.text();
  expect(page).toContain('<html lang="ja"');
  expect(page).toContain(rateLimitStrings.ja.title);

  // And it spends the budget itself: the settings post after it is refused.
  const another = newClient();
  expect(await statusOf(countedPost('/playground/scenario', origin, 'en', { headers: another }))).toBe(303);
  expect(await statusOf(countedPost('/playground/settings', origin, 'en', { headers: another }))).toBe(429);
});
