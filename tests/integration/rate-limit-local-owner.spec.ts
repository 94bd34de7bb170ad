/**
 * A LOCAL server on loopback doesn't throttle its owner: a team's Playwright suite of the guide flow
 * against `npm start` signs in far more than 30 times a minute from one address. The site is started
 * with the README's defaults (no RATE_LIMIT_POINTS, no PLAYGROUND_MODE, HOST=localhost) and signed in
 * 100 times over HTTP, each time as a new reader, the way a browser without JavaScript would: the
 * playground's sign-in post, the tenant's sign-in page and Naver consent (the browserless driver), and
 * Logto's return to the callback. Each sign-in makes two counted requests.
 */
import { format } from '../../src/i18n/define-strings.ts';
import { playgroundStrings } from '../../src/playground/strings.ts';
import { defaultNaverTestUsers } from '../../src/local-tenant/naver-mock/config.ts';
import { expect, test } from '../support/fixtures.ts';
import { browserRequest, CookieJar, signInThroughTenant } from '../support/local-tenant.ts';
import { freePort } from '../../src/launcher/index.ts';

const signIns = 100;
const inParallel = 4;

/** One new reader's whole sign-in; returns the statuses of its two counted requests and what the panel then says. */
async function signInOnce(site: string): Promise<{ counted: number[]; signedIn: boolean }> {
  const jar = new CookieJar();
  const start = await browserRequest(jar, `${site}/playground/sign-in`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', origin: site },
    body: new URLSearchParams({ lang: 'en', returnTo: '/en/playground/' }).toString(),
  });
  await start.body?.cancel();
  const authorizationUrl = start.headers.get('location') ?? '';
  if (start.status !== 303 || !authorizationUrl.startsWith('http')) return { counted: [start.status], signedIn: false };
  const { callbackUrl } = await signInThroughTenant(jar, authorizationUrl, { appOrigin: site });
  const back = await browserRequest(jar, callbackUrl);
  await back.body?.cancel();
  const panel = await (await browserRequest(jar, `${site}/en/playground/`)).text();
  const nickname = defaultNaverTestUsers[0]!.nickname;
  return { counted: [start.status, back.status], signedIn: panel.includes(format(playgroundStrings.en.signedInState, { name: nickname })) };
}

test('100 sign-ins in a row from one address: never a 429', async ({ startTenant, startSiteInstance }) => {
  test.setTimeout(240_000);
  // The site's port is chosen first, so the tenant's demo app can register the site's redirect URIs.
  const port = await freePort();
  const site = `http://localhost:${port}`;
  const tenant = await startTenant(undefined, { siteOrigin: site });
  // README defaults. RATE_LIMIT_POINTS is given empty, which means unset, so that one exported in the
  // shell running the tests can't change what is tested.
  await startSiteInstance({ PORT: String(port), SANDBOX_ENDPOINT: tenant.endpoint, RATE_LIMIT_POINTS: '' });

  const started = performance.now();
  // The first sign-in registers the Naver test user; the others, in parallel, sign in as that user
  // (two first sign-ins at once would both try to register it).
  const outcomes: Awaited<ReturnType<typeof signInOnce>>[] = [await signInOnce(site)];
  let next = 1;
  const reader = async () => {
    while (next < signIns) {
      next += 1;
      outcomes.push(await signInOnce(site));
    }
  };
  await Promise.all(Array.from({ length: inParallel }, reader));
  const seconds = (performance.now() - started) / 1000;
  console.log(`${signIns} sign-ins (${signIns * 2} counted requests) in ${seconds.toFixed(1)} s`);

  expect(outcomes).toHaveLength(signIns);
  const statuses = outcomes.flatMap((outcome) => outcome.counted);
  expect(statuses.filter((status) => status === 429), 'requests refused with 429').toEqual([]);
  expect(statuses).toEqual(Array(signIns * 2).fill(303));
  expect(outcomes.filter((outcome) => !outcome.signedIn), 'sign-ins that did not end signed in').toEqual([]);
});
