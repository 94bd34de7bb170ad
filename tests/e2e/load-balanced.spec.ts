import { expect, test } from '@playwright/test';
import { defaultNaverTestUsers } from '../../src/local-tenant/naver-mock/config.ts';
import { startRoundRobinProxy, type LoadBalancedSite } from '../support/load-balancer.ts';
import { startTestTenant, type LocalTenant } from '../support/local-tenant.ts';
import { answerAtNaver, panel, saveSettings, startSignIn } from '../support/playground-page.ts';

// The README's promise: run several instances with one COOKIE_SECRET behind any load balancer, no
// sticky sessions. Here a proxy sends each request to the next of two instances in turn, so the
// settings, the sign-in, Logto's callback and the sign-out keep landing on the other instance.

let tenant: LocalTenant;
let site: LoadBalancedSite;

test.beforeAll(async () => {
  const proxy = await startRoundRobinProxy();
  tenant = await startTestTenant(undefined, proxy.origin);
  site = await proxy.attach(
    { COOKIE_SECRET: 'load-balanced-test-secret-0123456789abcdef', PLAYGROUND_MODE: 'LOCAL', LOCAL_TENANT_ENDPOINT: tenant.endpoint },
    2,
  );
});

test.afterAll(async () => {
  await site?.close();
  await tenant?.close();
});

test('two instances behind a round-robin balancer run the whole flow for one reader', async ({ page }) => {
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
