import { expect, test } from '@playwright/test';
import { LOCAL_DEMO_APP } from '../../src/lib/local-tenant-defaults.ts';
import { playgroundStrings } from '../../src/playground/strings.ts';
import { testSiteOrigin, testTenantEndpoint } from '../support/ports.ts';
import { revealSettingsForm } from '../support/playground-form.ts';
import { panel } from '../support/playground-page.ts';

test('the guide embeds the panel as a server island, with its data for the guide and copy buttons', async ({ page }) => {
  await page.goto('/en/');
  const widget = panel(page);
  await expect(widget).toBeVisible();
  await expect(widget).toHaveAttribute('data-endpoint', testTenantEndpoint);
  await expect(widget).toHaveAttribute('data-app-id', LOCAL_DEMO_APP.id);
  await expect(widget).toHaveAttribute('data-site-origin', testSiteOrigin);
  await expect(page.locator('[data-playground-fallback]')).toHaveCount(0);
  await expect(widget.locator('.copy-button').first()).toBeVisible();
  expect(await page.content()).not.toContain(LOCAL_DEMO_APP.secret);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the guide shows the fallback form, which saves and continues on the playground page', async ({ page }) => {
    await page.goto('/ko/');
    const fallback = page.locator('[data-playground-fallback]');
    await expect(fallback).toBeVisible();
    // Prefilled at build time with the local tenant (its port is the build's, so the reader may retype it).
    await expect(fallback.locator('input[name="endpoint"]')).toHaveValue(/^http:\/\/localhost:\d+$/);
    await expect(fallback.locator('input[name="appId"]')).toHaveValue(LOCAL_DEMO_APP.id);
    await fallback.locator('input[name="endpoint"]').fill(testTenantEndpoint);
    await fallback.locator('input[name="interactionMode"][value="signUp"]').check();
    await fallback.locator('button[type="submit"]').click();
    await page.waitForURL(`${testSiteOrigin}/ko/playground/`);
    await expect(panel(page).locator('.pg-notice')).toHaveText(playgroundStrings.ko.settingsSaved);
    // The saved settings read as one line; Edit's link shows the form, as saved.
    await expect((await revealSettingsForm(page)).locator('input[name="interactionMode"][value="signUp"]')).toBeChecked();
    await expect(panel(page)).toHaveAttribute('data-endpoint', testTenantEndpoint);
  });

  test('the sign-in button is a plain form that sends the reader to Logto', async ({ page }) => {
    await page.goto('/en/playground/');
    await panel(page).locator('[data-sign-in]').click();
    await page.waitForURL((url) => url.origin === testTenantEndpoint);
    expect(new URL(page.url()).pathname).toMatch(/^\/direct\/social\/naver/);
  });
});
