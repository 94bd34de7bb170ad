import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { format } from '../../src/i18n/define-strings.ts';
import { accessControlWalk, consoleLabels } from '../../src/guide/console-labels.ts';
import { versionFamilyNames } from '../../src/guide/strings.ts';
import { LOCAL_NAVER_CONNECTOR } from '../../src/lib/local-tenant-defaults.ts';
import { checkIds } from '../../src/preflight/check-definitions.ts';
import { playgroundStrings } from '../../src/playground/strings.ts';
import { isVersionFamily, type VersionFamily } from '../../src/tenant/version-family.ts';
import { expect, test } from '../support/fixtures.ts';
import { panel } from '../support/playground-page.ts';
import { revealSettingsForm } from '../support/playground-form.ts';
import { testTenantEndpoint } from '../support/ports.ts';

/**
 * The tenant's Logto version in the panel, the Callback URLs it lists to register at Naver, and the guide
 * following it. The family is whatever the checks detect on the shared local tenant (its profile is the
 * tenant's business); each assertion follows from the family the panel names.
 */

const signInUri = `${testTenantEndpoint}/callback/${LOCAL_NAVER_CONNECTOR.id}`;
const accountUri = `${testTenantEndpoint}/account/callback/social/${LOCAL_NAVER_CONNECTOR.id}`;
const checklist = (page: Page) => page.locator('#preflight');
const naverUris = (page: Page) => panel(page).locator('[data-naver-uris]');

async function family(page: Page): Promise<VersionFamily> {
  const value = await panel(page).getAttribute('data-tenant-version');
  expect(isVersionFamily(value), `data-tenant-version="${value}"`).toBe(true);
  return value as VersionFamily;
}

async function runChecksWithClientId(page: Page) {
  const settings = await revealSettingsForm(page);
  await settings.locator('input[name="naverClientId"]').fill(LOCAL_NAVER_CONNECTOR.clientId);
  await settings.locator('button[type="submit"]').click();
  await page.waitForLoadState('load');
  await checklist(page).locator('form[action="/playground/preflight"] button[type=submit]').click();
  await expect(checklist(page).locator('[data-check-id]')).toHaveCount(checkIds.length);
}

test('before any check the version is unknown and both Callback URLs are listed; after them, the panel names what it detected', async ({ page }) => {
  const t = playgroundStrings.en;
  await page.goto('/en/playground/');
  expect(await family(page)).toBe('unknown');
  await expect(panel(page).locator('[data-tenant-version-name]')).toContainText(format(t.tenantVersionLabel, { name: versionFamilyNames.en.unknown }));
  await expect(naverUris(page).locator('[data-copy-value]')).toHaveText([signInUri, accountUri]);
  await expect(naverUris(page).locator('[data-naver-uris-note]')).toHaveText(t.naverUrisUnknown);

  await runChecksWithClientId(page);
  const detected = await family(page);
  // Saved settings name a known family in their summary line (src/playground/components/TenantSettings.astro).
  const named = panel(page).locator(detected === 'unknown' ? '.pg-version[data-tenant-version-name]' : '[data-tenant-summary] [data-tenant-version-name]');
  await expect(named).toContainText(versionFamilyNames.en[detected]);
  const version = checklist(page).locator('[data-check-id="endpoint.version"]');
  await expect(version).toHaveAttribute('data-status', 'pass');
  const reminder = checklist(page).locator('[data-check-id="naver.account-callback"]');
  if (detected === '1.41-or-earlier') {
    await expect(naverUris(page).locator('[data-copy-value]')).toHaveText([signInUri]);
    await expect(reminder).toHaveAttribute('data-status', 'pass');
  } else {
    // A reminder with the exact values, never a pass: nothing public shows what Naver holds.
    await expect(naverUris(page).locator('[data-copy-value]')).toHaveText([signInUri, accountUri]);
    await expect(reminder).toHaveAttribute('data-status', 'warn');
    await expect(reminder).toContainText(signInUri);
    await expect(reminder).toContainText(accountUri);
    await expect(reminder.locator('a[data-step-link]')).toHaveAttribute('href', '/en/#step-register-naver-app');
  }
  const results = await new AxeBuilder({ page }).include('[data-naver-uris]').include('[data-tenant-version-name]').analyze();
  expect(results.violations).toEqual([]);
});

test('the guide shows both Consoles’ wording until the panel knows the version, then only the tenant’s', async ({ page }) => {
  await page.goto('/en/');
  const step4 = page.locator('section[aria-labelledby="step-add-naver-connector"]');
  const passages = (version: string) => step4.locator(`.for-console[data-console-version="${version}"]`);
  // Prerendered, before the panel says anything: both passages, each headed by its version.
  await expect(passages('1.42').first()).toBeVisible();
  await expect(passages('1.37').first()).toBeVisible();
  await expect(passages('1.42').first()).toContainText(versionFamilyNames.en['1.42-or-later']);
  const sentence = step4.locator('[data-console-label="connectors.guide.callback_uri_description"]');
  await expect(sentence).toContainText('Add all displayed URIs');
  await expect(sentence).toContainText('Add this URI');

  await page.goto('/en/playground/');
  await runChecksWithClientId(page);
  const detected = await family(page);
  await page.goto('/en/');
  await expect(page.locator('[data-guide]')).toHaveAttribute('data-tenant-version', detected);
  if (detected === 'unknown') {
    await expect(passages('1.37').first()).toBeVisible();
    await expect(passages('1.42').first()).toBeVisible();
  } else {
    const [shown, hidden] = detected === '1.42-or-later' ? ['1.42', '1.37'] : ['1.37', '1.42'];
    await expect(passages(shown).first()).toBeVisible();
    await expect(passages(hidden).first()).toBeHidden();
    await expect(sentence.locator(`[data-console-version="${shown}"]`)).toBeVisible();
    await expect(sentence.locator(`[data-console-version="${hidden}"]`)).toBeHidden();
  }
  // Whatever the shared tenant's profile, each known family hides the other's wording: the panel's
  // attribute changes as a re-rendered island would change it, and the guide follows.
  const region = page.locator('[data-playground-region] [data-playground-panel]');
  for (const [known, shown, hidden] of [['1.42-or-later', '1.42', '1.37'], ['1.41-or-earlier', '1.37', '1.42']] as const) {
    await region.evaluate((element, value) => element.setAttribute('data-tenant-version', value), known);
    await expect(page.locator('[data-guide]')).toHaveAttribute('data-tenant-version', known);
    await expect(passages(shown).first()).toBeVisible();
    await expect(passages(hidden).first()).toBeHidden();
    await expect(sentence.locator(`[data-console-version="${shown}"]`)).toBeVisible();
    await expect(sentence.locator(`[data-console-version="${hidden}"]`)).toBeHidden();
  }
  await region.evaluate((element) => element.setAttribute('data-tenant-version', 'not-a-family'));
  await expect(page.locator('[data-guide]')).toHaveAttribute('data-tenant-version', 'unknown');
  await expect(passages('1.37').first()).toBeVisible();
  await expect(passages('1.42').first()).toBeVisible();
  // The 1.42 passage fills in the reader's Account Center callback.
  await expect(passages('1.42').locator('[data-fill="accountCallbackUrl"]').first()).toHaveText(accountUri);
});

test('step 2’s Access control walk-through is for a 1.42 Console: shown for it, hidden once the tenant is 1.41 or earlier', async ({ page }) => {
  await page.goto('/en/');
  const step2 = page.locator('section[aria-labelledby="step-create-logto-app"]');
  const walk = step2.locator('.for-console[data-console-version="1.42"]').filter({ hasText: consoleLabels['application_details.access_control.title'].text.en });
  await expect(walk).toBeVisible();
  for (const key of [...accessControlWalk.path, ...accessControlWalk.allowUser]) await expect(walk).toContainText(consoleLabels[key].text.en);
  const region = page.locator('[data-playground-region] [data-playground-panel]');
  await region.evaluate((element) => element.setAttribute('data-tenant-version', '1.41-or-earlier'));
  await expect(walk).toBeHidden();
  await region.evaluate((element) => element.setAttribute('data-tenant-version', '1.42-or-later'));
  await expect(walk).toBeVisible();
});
