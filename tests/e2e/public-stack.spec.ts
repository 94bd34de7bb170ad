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
import { defaultNaverTestUsers } from '../../src/local-tenant/naver-mock/config.ts';
import type { Lang } from '../../src/i18n/languages.ts';
import { expect, test as base } from '../support/fixtures.ts';
import { answerAtNaver, panel, startSignIn } from '../support/playground-page.ts';
import { publicHostResolverRule } from '../support/public-stack.ts';
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
