/**
 * The hosted site's sandbox with its real parts (tests/support/public-stack.ts): Redis, two site and
 * two sandbox instances behind round-robin balancers, Chromium on the public host names
 * (guide/sandbox/naver.example.test, `--host-resolver-rules`). `.ci/run` sets REQUIRE_REDIS, so there a
 * missing redis-server fails.
 *
 * The origins are http: the site's Secure cookie flag and HSTS follow SITE_ORIGIN's scheme, so this
 * stack runs them as an http deployment would. TLS terminated at the balancers with a certificate made at
 * test time would be closer to production, but then the sandbox's own calls to its Naver mock (made in
 * this process, through undici) and the sites' calls to the sandbox would have to trust that
 * certificate; that is not built yet.
 */
import { playgroundStrings } from '../../src/playground/strings.ts';
import { sandboxUnavailablePage } from '../../src/local-tenant/http/sandbox-unavailable.ts';
import { defaultNaverTestUsers } from '../../src/local-tenant/naver-mock/config.ts';
import type { Lang } from '../../src/i18n/languages.ts';
import { expect, test as base } from '../support/fixtures.ts';
import { answerAtNaver, panel, startSignIn } from '../support/playground-page.ts';
import { expectBothInstancesServed, publicHostResolverRule, servedSoFar } from '../support/public-stack.ts';
import { runScenarioInBrowser } from '../support/fault-lab-browser.ts';
import { browserScenarioIds, scenarioLanguage } from '../support/fault-lab-runs.ts';
import { findRedisServer, redisMissingMessage } from '../support/redis.ts';

const test = base.extend({
  launchOptions: [
    async ({ launchOptions }, use) => {
      await use({ ...launchOptions, args: [...(launchOptions.args ?? []), publicHostResolverRule] });
    },
    { scope: 'worker' },
  ],
});

test.beforeEach(() => {
  if (findRedisServer()) return;
  if (process.env['REQUIRE_REDIS']) throw new Error(redisMissingMessage);
  test.skip(true, redisMissingMessage);
});

const languages: readonly Lang[] = ['ja', 'en', 'ko'];
const user = defaultNaverTestUsers[1];

test('a reader with no tenant of their own signs in with Naver in ja, en and ko; both instances of each part serve the hops', async ({ newContext, publicStack }) => {
  test.setTimeout(90_000);
  const { origins, balancers } = publicStack;
  for (const lang of languages) {
    // Three readers, one per language, each a browser of its own.
    const page = await (await newContext()).newPage();
    await page.goto(`${origins.site}/${lang}/playground/`);
    await expect(panel(page)).toBeVisible();
    // The built-in tenant is the sandbox's public origin, prefilled: nothing to type.
    await expect(panel(page).locator('input[name="endpoint"]').first()).toHaveValue(origins.sandbox);
    await startSignIn(page, origins.naverMock);
    await answerAtNaver(page, { nickname: user.nickname });
    await page.waitForURL(`${origins.site}/${lang}/playground/`);
    await expect(panel(page).locator('[data-flow-state]')).toHaveText(playgroundStrings[lang].signedInState.replace('{name}', user.nickname));
    // The visitor's own copy of the account: the test user's id with this browser's tag.
    await expect(panel(page).locator('[data-identity-user-id]')).toHaveText(new RegExp(`^${user.id}\\.[\\w-]{22}$`));
  }
  for (const balancer of [balancers.site, balancers.sandbox, balancers.naverMock]) {
    expect(balancer.served).toHaveLength(2);
    expect(balancer.served.every((count) => count > 0), String(balancer.served)).toBe(true);
  }
});

test('one sandbox instance stopped between Naver’s consent and the callback: the flow completes on the other', async ({ page, publicStack }) => {
  const { origins, balancers } = publicStack;
  await page.goto(`${origins.site}/en/playground/`);
  await startSignIn(page, origins.naverMock);
  // The reader is on Naver's consent page; a deploy takes the first instance (tenant and mock) away.
  await publicStack.stopSandbox(0);
  const servedBefore = [...balancers.sandbox.served];
  await answerAtNaver(page, { nickname: user.nickname });
  await page.waitForURL(`${origins.site}/en/playground/`);
  await expect(panel(page).locator('[data-flow-state]')).toHaveText(playgroundStrings.en.signedInState.replace('{name}', user.nickname));
  // Everything after the consent was the second instance's: the first served nothing more.
  expect(servedBefore[0]).toBeGreaterThan(0);
  expect(balancers.sandbox.served[0]).toBe(servedBefore[0]);
  expect(balancers.sandbox.served[1]!).toBeGreaterThan(servedBefore[1]!);
});

test('Redis stopped mid-flow: the reader sees the sandbox’s “unavailable” page in their language, not a 5xx page from the site', async ({ newContext, publicStack }) => {
  const { origins } = publicStack;
  const page = await (await newContext({ locale: 'ko-KR' })).newPage();
  await page.goto(`${origins.site}/ko/playground/`);
  await startSignIn(page, origins.naverMock);
  await publicStack.redis.close();
  const answers: { url: string; status: number }[] = [];
  page.on('response', (response) => answers.push({ url: response.url(), status: response.status() }));
  await answerAtNaver(page, { nickname: user.nickname });
  const title = /<title>([^<]+)<\/title>/.exec(sandboxUnavailablePage('ko'))![1]!;
  await expect(page).toHaveTitle(title);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
  // The page is the sandbox's (503, Retry-After); the site answered nothing with a 5xx.
  expect(new URL(page.url()).origin).not.toBe(origins.site);
  expect(answers.some((answer) => answer.status === 503)).toBe(true);
  expect(answers.filter((answer) => new URL(answer.url).origin === origins.site && answer.status >= 500)).toEqual([]);
});

test('every fault-lab scenario the suite drives in a browser passes on the public stack, with hops served by both instances', async ({ newContext, publicStack }) => {
  test.setTimeout(30_000 + browserScenarioIds.length * 20_000);
  const { origins, balancers } = publicStack;
  for (const id of browserScenarioIds) {
    // Each scenario a reader of its own, in its rotated language, as tests/e2e/fault-lab.spec.ts runs it.
    const page = await (await newContext()).newPage();
    const before = servedSoFar(publicStack);
    await test.step(id, () => runScenarioInBrowser(page, origins, id, scenarioLanguage(id)));
    expectBothInstancesServed(publicStack, before, id);
  }
  for (const balancer of [balancers.site, balancers.sandbox, balancers.naverMock]) expect(balancer.served.every((count) => count > 0)).toBe(true);
});
