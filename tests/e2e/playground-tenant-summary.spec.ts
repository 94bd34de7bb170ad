import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import { LOCAL_DEMO_APP } from '../../src/lib/local-tenant-defaults.ts';
import type { Lang } from '../../src/i18n/languages.ts';
import { panelSections } from '../../src/playground/panel-sections.ts';
import { playgroundStrings } from '../../src/playground/strings.ts';
import { expect, test } from '../support/fixtures.ts';
import { panel, saveSettings } from '../support/playground-page.ts';
import { testTenantEndpoint } from '../support/ports.ts';

/**
 * "Your tenant" once settings are saved: one line saying what they are, and "Edit settings", a disclosure
 * that opens by keyboard with a visible focus ring, with JavaScript and without; the sections shown in the
 * declared order on a phone's width, standalone and beside the guide; axe on the saved state.
 */

const phone = { width: 375, height: 812 };
const tenantSection = (scope: Locator) => scope.locator('[data-panel-section="tenant"]');

/**
 * Reaches Edit by keyboard from the element before it, opens it, and finds the form shown: fetched into
 * it with JavaScript; without, by its link, which renders it in place on the playground page.
 */
async function openEditByKeyboard(page: Page, scope: Locator, lang: Lang, { scripted }: { scripted: boolean }) {
  const t = playgroundStrings[lang];
  const tenant = tenantSection(scope);
  const form = tenant.locator('form[action="/playground/settings"]');
  const edit = tenant.locator('details[data-settings-edit] > summary');
  await expect(edit).toHaveText(t.editSettings);
  await expect(form).toBeHidden();
  // The focusable element before Edit is the panel's last one above it, "Back to the guide" on this page.
  await page.getByRole('link', { name: t.backToGuide }).focus();
  await page.keyboard.press('Tab');
  await expect(edit).toBeFocused();
  await expect(edit).toHaveCSS('outline-style', 'solid');
  await page.keyboard.press('Enter');
  if (!scripted) {
    const link = tenant.getByRole('link', { name: t.partShow });
    await expect(link).toBeVisible();
    await expect(form).toHaveCount(0);
    await page.keyboard.press('Tab');
    await expect(link).toBeFocused();
    await page.keyboard.press('Enter');
    await page.waitForURL(new RegExp(`/${lang}/playground/\\?show=settings#pg-part-settings$`));
  }
  await expect(form).toBeVisible();
  await expect(form.getByLabel(t.endpointLabel)).toHaveValue(testTenantEndpoint);
  // Its posts come back to this page.
  await expect(form.locator('input[name="returnTo"]')).toHaveValue(`/${lang}/playground/`);
}

async function expectSummary(scope: Locator) {
  const summary = tenantSection(scope).locator('[data-tenant-summary]');
  await expect(summary).toBeVisible();
  await expect(summary.locator('[data-summary-endpoint]')).toHaveText(testTenantEndpoint);
  await expect(summary.locator('[data-summary-app-id]')).toHaveText(LOCAL_DEMO_APP.id);
  await expect(summary.locator('[data-summary-app="demo"]')).toBeVisible();
}

test('with JavaScript: saved settings are one line, Edit opens the form by keyboard (en)', async ({ page }) => {
  await page.goto('/en/playground/');
  // Nothing saved yet: the form itself, no summary.
  await expect(tenantSection(panel(page)).locator('[data-tenant-summary]')).toHaveCount(0);
  await expect(tenantSection(panel(page)).locator('form[action="/playground/settings"]')).toBeVisible();
  await saveSettings(page, { endpoint: testTenantEndpoint, appId: LOCAL_DEMO_APP.id });
  await expectSummary(panel(page));
  await openEditByKeyboard(page, panel(page), 'en', { scripted: true });
});

test('without JavaScript: the same line, and Edit is a plain disclosure that opens by keyboard (ja)', async ({ newContext }) => {
  const context = await newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/ja/playground/');
  await saveSettings(page, { endpoint: testTenantEndpoint, appId: LOCAL_DEMO_APP.id });
  expect(new URL(page.url()).pathname).toBe('/ja/playground/');
  await expectSummary(panel(page));
  await openEditByKeyboard(page, panel(page), 'ja', { scripted: false });
  // A refused save: the form rendered open with its messages, though the page was not asked to show it.
  await saveSettings(page, { endpoint: 'http://example.com/console' });
  expect(new URL(page.url()).search).toBe('');
  const refused = tenantSection(panel(page)).locator('details[data-settings-edit]');
  await expect(refused).toHaveAttribute('open', '');
  await expect(refused.locator('#pg-endpoint-error')).toHaveText(playgroundStrings.ja.endpointNotOrigin);
  // A save from the form rendered in place comes back to the playground, Edit closed again.
  await saveSettings(page, { endpoint: testTenantEndpoint, target: 'naver' });
  expect(new URL(page.url()).pathname).toBe('/ja/playground/');
  await expect(tenantSection(panel(page)).locator('details[data-settings-edit]')).not.toHaveAttribute('open');
});

test('on a phone, standalone and beside the guide, the sections read top to bottom in the declared order, settings first', async ({ page }) => {
  await page.setViewportSize(phone);
  await page.goto('/en/playground/');
  await saveSettings(page, { endpoint: testTenantEndpoint, appId: LOCAL_DEMO_APP.id });
  for (const path of ['/en/playground/', '/en/']) {
    await page.goto(path);
    const shown = page.locator('[data-playground-panel]');
    await expect(shown.locator('[data-tenant-summary]')).toBeAttached();
    const tops: number[] = [];
    for (const id of panelSections) {
      const box = await shown.locator(`[data-panel-section="${id}"]`).boundingBox();
      expect(box, `${path}: ${id} is laid out`).not.toBeNull();
      tops.push(box?.y ?? Number.NaN);
    }
    expect(tops, `${path}: each section below the one before`).toEqual([...tops].sort((a, b) => a - b));
    expect(new Set(tops).size).toBe(tops.length);
  }
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`saved settings, Edit open, on a phone, ${colorScheme}: no serious or critical axe violations in the panel`, async ({ page }) => {
    await page.setViewportSize(phone);
    await page.emulateMedia({ colorScheme });
    await page.goto('/en/playground/');
    await saveSettings(page, { endpoint: testTenantEndpoint, appId: LOCAL_DEMO_APP.id });
    await expectSummary(panel(page));
    const analyze = async () => {
      const results = await new AxeBuilder({ page }).include('[data-playground-panel]').analyze();
      expect(results.passes.length).toBeGreaterThan(10);
      return results.violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical').map((violation) => violation.id);
    };
    expect(await analyze()).toEqual([]);
    await tenantSection(panel(page)).locator('details[data-settings-edit] > summary').click();
    await expect(tenantSection(panel(page)).locator('form[action="/playground/settings"]')).toBeVisible();
    expect(await analyze()).toEqual([]);
  });
}
