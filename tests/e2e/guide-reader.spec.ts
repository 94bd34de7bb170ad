import { expect, test } from '@playwright/test';
import { stepAnchor, stepIds } from '../../src/guide/steps.ts';
import { verifiersOf } from '../../src/preflight/verified-steps.ts';
import { languages } from '../../src/i18n/languages.ts';
import { guideStrings } from '../../src/guide/strings.ts';
import { playgroundStrings } from '../../src/playground/strings.ts';
import { LOCAL_DEMO_APP, LOCAL_NAVER_CONNECTOR } from '../../src/lib/local-tenant-defaults.ts';
import { saveTestTenantSettings } from '../support/playground-form.ts';
import { testNaverMockOrigin, testTenantEndpoint } from '../support/ports.ts';

// A reader's walk through the guide, in each language: read, fill in the settings beside the steps,
// run the sign-in through the local tenant and its Naver mock, and watch the steps turn verified.
for (const lang of languages) {
  test(`${lang}: a reader follows the guide and finishes with Naver sign-in working`, async ({ page }) => {
    test.setTimeout(60_000);
    const g = guideStrings[lang];
    const p = playgroundStrings[lang];
    await page.goto(`/${lang}/`);

    // Read: every step is there, reachable from the step list.
    const nav = page.getByRole('navigation', { name: g.stepsHeading });
    for (const step of stepIds) {
      await nav.locator(`a[href="#${stepAnchor(step)}"]`).click();
      await expect(page.locator(`#${stepAnchor(step)}`)).toBeInViewport();
    }

    // Fill in the settings in the embedded panel, as for one's own tenant.
    const panel = page.locator('[data-playground-region] [data-playground-panel]');
    await expect(panel).toBeAttached();
    await saveTestTenantSettings(panel.locator('form[action="/playground/settings"]'), lang);
    await expect(page).toHaveURL(new RegExp(`/${lang}/`));
    await expect(panel.getByText(p.settingsSaved)).toBeVisible();

    // The guide now shows the reader's values: the Naver callback URL and the sample's .env.
    const callbackUrl = `${testTenantEndpoint}/callback/${LOCAL_NAVER_CONNECTOR.id}`;
    await expect(page.locator(`section[aria-labelledby="${stepAnchor('register-naver-app')}"] [data-fill="callbackUrl"]`)).toHaveText(callbackUrl);
    await expect(page.locator('main [data-fill="connectorId"]').first()).toHaveText(LOCAL_NAVER_CONNECTOR.id);
    const config = page.locator('[data-sample-env="flask"] code');
    await expect(config).toContainText(`LOGTO_ENDPOINT=${testTenantEndpoint}`);
    await expect(config).toContainText(`LOGTO_APP_ID=${LOCAL_DEMO_APP.id}`);
    await expect(page.locator('main')).not.toContainText(LOCAL_DEMO_APP.secret);
    await expect(nav.locator('[data-step-status="test-and-verify"]')).toHaveText(g.statusPending);

    // Run the widget's flow: Naver (the mock) asks for consent; pick a test user and agree.
    await panel.getByRole('button', { name: p.signIn }).click();
    await expect(page).toHaveURL(new RegExp(`^${testNaverMockOrigin}/oauth2.0/authorize`));
    const user = page.getByRole('radio').nth(1);
    await user.check();
    const nickname = (await page.locator(`label[for="${await user.getAttribute('id')}"] span`).first().textContent()) ?? '';
    expect(nickname).not.toBe('');
    await page.getByRole('button', { name: '동의하기' }).click();

    // Back on the guide: signed in, with the Naver identity, and the steps it proves marked.
    await expect(page).toHaveURL(new RegExp(`/${lang}/`));
    await expect(panel).toHaveAttribute('data-signed-in', 'true');
    await expect(panel.locator('[data-identity]')).toContainText(nickname);
    // Every step a sign-in proves (src/preflight/verified-steps.ts): the guide's own list of verifiers.
    const checkable = stepIds.filter((step) => verifiersOf(step).signIn);
    expect(checkable).not.toContain('going-further');
    for (const step of checkable) {
      await expect(nav.locator(`[data-step-status="${step}"]`), step).toHaveText(g.statusVerified);
      await expect(page.locator(`#${stepAnchor(step)} + [data-step-status]`), step).toHaveAttribute('data-state', 'verified');
    }
    await expect(nav.locator('[data-progress]')).toContainText(String(checkable.length));
    expect(await page.content()).not.toContain(LOCAL_DEMO_APP.secret);

    // Sign out: back to signed out, the proof of the steps stays.
    await panel.getByRole('button', { name: p.signOut }).click();
    await expect(page).toHaveURL(new RegExp(`/${lang}/`));
    await expect(panel).toHaveAttribute('data-signed-in', 'false');
    await expect(nav.locator('[data-step-status="test-and-verify"]')).toHaveText(g.statusVerified);
  });
}
