import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { LOCAL_DEMO_APP } from '../../src/lib/local-tenant-defaults.ts';
import { pageStrings } from '../../src/local-tenant/pages/strings.ts';
import { testSiteOrigin, testTenantEndpoint } from '../support/ports.ts';

/**
 * The local tenant's own pages (sign-in, register, the sign-in page after a failure at Naver, the Naver
 * mock's consent page), reached as a reader reaches them: through `/oidc/auth` of the tenant the test
 * run started. No serious or critical axe violations, in each language the pages speak.
 */

function authorizationUrl(params: Record<string, string>): string {
  const query = new URLSearchParams({
    client_id: LOCAL_DEMO_APP.id,
    redirect_uri: `${testSiteOrigin}/playground/callback`,
    response_type: 'code',
    scope: 'openid offline_access profile email identities',
    prompt: 'consent',
    code_challenge: 'ML_n9VPw-oQW_ZM0jS53bypYCeizysn4zo1Czyn0awY',
    code_challenge_method: 'S256',
    state: 'a11y-state',
    ...params,
  });
  return `${testTenantEndpoint}/oidc/auth?${query.toString()}`;
}

async function expectNoBlockingViolations(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).analyze();
  const blocking = results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => ({ id: violation.id, targets: violation.nodes.map((node) => node.target.join(' ')) }));
  expect(blocking).toEqual([]);
  // axe really looked at the page (a blank page would pass with nothing to check).
  expect(results.passes.length).toBeGreaterThan(5);
}

for (const lang of ['ja', 'en', 'ko'] as const) {
  const strings = pageStrings[lang];

  test(`${lang}: the tenant's sign-in and register screens pass axe and work by keyboard`, async ({ page }) => {
    await page.goto(authorizationUrl({ ui_locales: lang }));
    await expect(page).toHaveURL(/\/sign-in\?/);
    await expect(page.locator('html')).toHaveAttribute('lang', lang);
    const naver = page.locator('button[data-connector-id]');
    await expect(naver).toHaveText(strings.continueWith.replace('{connector}', lang === 'ko' ? '네이버' : 'Naver'));
    await expectNoBlockingViolations(page);
    // The first focusable thing is the Naver button, with a visible focus ring.
    await page.keyboard.press('Tab');
    await expect(naver).toBeFocused();
    const outline = await naver.evaluate((element) => getComputedStyle(element).outlineStyle);
    expect(outline).not.toBe('none');

    await page.goto(authorizationUrl({ ui_locales: lang, first_screen: 'register' }));
    await expect(page).toHaveURL(/\/register\?/);
    await expect(page.locator('h1')).toContainText(strings.registerTitle.replace('{app}', '').trim());
    await expectNoBlockingViolations(page);
  });

  test(`${lang}: after a cancel at Naver the sign-in page shows a readable, focused alert that passes axe`, async ({ page }) => {
    await page.goto(authorizationUrl({ ui_locales: lang, direct_sign_in: 'social:naver' }));
    // The Naver mock's consent page (Korean, as Naver's is): checked too, since readers land on it.
    const cancel = page.getByRole('button', { name: '취소' });
    await expect(cancel).toBeVisible();
    await expectNoBlockingViolations(page);
    await cancel.click();

    await expect(page).toHaveURL(new RegExp(`^${testTenantEndpoint}/sign-in\\?app_id=${LOCAL_DEMO_APP.id}$`));
    const alert = page.getByRole('alert');
    await expect(alert).toContainText(strings.errorCancelled);
    await expect(alert).toContainText(strings.errorTitle);
    await expect(alert).not.toContainText('{');
    await expect(alert).toBeFocused();
    await expectNoBlockingViolations(page);
  });
}
