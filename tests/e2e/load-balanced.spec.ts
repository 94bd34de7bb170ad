import { defaultNaverTestUsers } from '../../src/local-tenant/naver-mock/config.ts';
import { expect, test as base } from '../support/fixtures.ts';
import type { RoundRobinProxy } from '../../src/launcher/round-robin-proxy.ts';
import type { LocalTenant } from '../support/local-tenant.ts';
import { answerAtNaver, panel, saveSettings, startSignIn } from '../support/playground-page.ts';

// The README's promise: run several instances with one COOKIE_SECRET behind any load balancer, no
// sticky sessions. Here a proxy sends each request to the next of two instances in turn, so the
// settings, the sign-in, Logto's callback and the sign-out keep landing on the other instance.

const test = base.extend<{ balanced: { site: RoundRobinProxy; tenant: LocalTenant } }>({
  // The proxy first, so the tenant and the instances know the public origin; the fixtures close all three.
  balanced: [
    async ({ roundRobinProxy, startTenant, startSiteInstance }, use) => {
      const tenant = await startTenant(undefined, { siteOrigin: roundRobinProxy.origin });
      const env = {
        COOKIE_SECRET: 'load-balanced-test-secret-0123456789abcdef',
        PLAYGROUND_MODE: 'LOCAL',
        SANDBOX_ENDPOINT: tenant.endpoint,
        SITE_ORIGIN: roundRobinProxy.origin,
      };
      for (let i = 0; i < 2; i += 1) roundRobinProxy.add((await startSiteInstance(env)).origin);
      await use({ site: roundRobinProxy, tenant });
    },
    { timeout: 90_000 },
  ],
});

test('two instances behind a round-robin balancer run the whole flow for one reader', async ({ page, balanced }) => {
  const { site, tenant } = balanced;
  const user = defaultNaverTestUsers[2];
  await page.goto(`${site.origin}/en/playground/`);
  await expect(panel(page)).toBeVisible();
  await saveSettings(page, { endpoint: tenant.endpoint });
  await expect(panel(page).locator('[data-diagnosis]')).toHaveCount(0);

  await startSignIn(page, tenant.naverMockOrigin);
  await answerAtNaver(page, { nickname: user.nickname });
  await page.waitForURL(`${site.origin}/en/playground/`);
  await expect(panel(page).locator('[data-flow-state]')).toHaveText(`Signed in as ${user.nickname}.`);
  await expect(panel(page).locator('[data-identity-user-id]')).toHaveText(user.id);

  await panel(page).locator('[data-sign-out]').click();
  await page.waitForURL(`${site.origin}/en/playground/`);
  await expect(panel(page).locator('[data-flow-state]')).toHaveText('Signed out: Logto ended its session and sent you back.');

  // Both instances really took part.
  expect(site.served.every((count) => count > 2)).toBe(true);
});
