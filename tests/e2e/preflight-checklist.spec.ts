import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { LOCAL_DEMO_APP, LOCAL_NAVER_CONNECTOR } from '../../src/lib/local-tenant-defaults.ts';
import { checkIds } from '../../src/preflight/check-definitions.ts';
import { expect, test } from '../support/fixtures.ts';
import { revealSettingsForm } from '../support/playground-form.ts';
import { testTenantEndpoint } from '../support/ports.ts';
import { openPart } from '../support/playground-page.ts';

/** The checklist in the playground panel, against the shared local tenant the test run starts. */

const checklist = (page: Page) => page.locator('#preflight');

async function runChecks(page: Page) {
  await checklist(page).locator('form[action="/playground/preflight"] button[type=submit]').click();
  await expect(checklist(page).locator('[data-check-id]')).toHaveCount(checkIds.length);
}

async function saveSecret(page: Page, secret: string) {
  const form = await revealSettingsForm(page);
  await form.locator('[name=appSecret]').fill(secret);
  await form.locator('button[type=submit]').click();
}

test.describe('preflight checklist in the playground', () => {
  test('"Run checks" on the ready-made settings passes every check and verifies their steps', async ({ page }) => {
    await page.goto('/en/playground/');
    await expect(checklist(page)).toContainText('Not run yet');
    await runChecks(page);
    const statuses = await checklist(page).locator('[data-check-id]').evaluateAll((items) => items.map((item) => item.getAttribute('data-status')));
    expect(statuses).toEqual(checkIds.map(() => 'pass'));
    await expect(checklist(page).locator('[data-check-id="naver.client-id"]')).toContainText(LOCAL_NAVER_CONNECTOR.clientId);
    await expect(checklist(page).locator('[data-check-id="naver.callback-url"]')).toContainText(
      `${testTenantEndpoint}/callback/${LOCAL_NAVER_CONNECTOR.id}`,
    );
    await expect(checklist(page).locator('a[data-step-link]')).toHaveCount(0);
    const verified = (await checklist(page).getAttribute('data-preflight-verified-steps'))?.split(' ');
    // The connector's step needs the reader's Naver Client ID to compare with (preflight-naver-client-id.spec.ts).
    expect(verified).toEqual(['prerequisites', 'create-logto-app', 'integrate-sdk', 'enable-in-sign-in-experience']);
  });

  test('without JavaScript the form still runs the checks (plain POST, 303 back)', async ({ newContext }) => {
    const context = await newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto('/ja/playground/');
    await runChecks(page);
    expect(new URL(page.url()).pathname).toBe('/ja/playground/');
    await expect(checklist(page).locator('[data-preflight-summary]')).toHaveText(`合格 ${checkIds.length}、失敗 0、警告 0、スキップ 0。`);
  });

  test('a wrong secret fails its check, which links to the step that fixes it; the others still report', async ({ page }) => {
    await page.goto('/ko/playground/');
    await saveSecret(page, 'WrongWrongWrongWrongWrongWrong12');
    await runChecks(page);
    const credentials = checklist(page).locator('[data-check-id="app.credentials"]');
    await expect(credentials).toHaveAttribute('data-status', 'fail');
    await expect(credentials).toContainText('시크릿이 틀렸습니다');
    await expect(credentials.locator('a[data-step-link]')).toHaveAttribute('href', '/ko/#step-integrate-sdk');
    await expect(checklist(page).locator('[data-status=pass]')).toHaveCount(checkIds.length - 1);
    expect(await checklist(page).getAttribute('data-preflight-verified-steps')).not.toContain('integrate-sdk');
  });

  test('the support bundle, once opened, is rendered by the server, redacted, and copies with one click', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto('/en/playground/');
    await runChecks(page);
    await openPart(page, 'bundle');
    // The bundle closes the panel, after the checks and what to register (src/playground/panel-sections.ts).
    const bundle = page.locator('[data-panel-section="support"] [data-support-bundle] textarea[readonly]');
    const text = await bundle.inputValue();
    expect(text).toContain(`app id: ${LOCAL_DEMO_APP.id}`);
    expect(text).toContain('PASS  naver.client-id');
    expect(text).toMatch(/@logto\/node \d+\.\d+\.\d+, node v\d+/);
    expect(text).not.toContain(LOCAL_DEMO_APP.secret);
    expect(await page.content()).not.toContain(LOCAL_DEMO_APP.secret);
    await bundle.locator('xpath=following-sibling::button[1]').click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(text.trim());
  });

  test('the checklist has no axe violations', async ({ page }) => {
    await page.goto('/en/playground/');
    await runChecks(page);
    const results = await new AxeBuilder({ page }).include('#preflight').analyze();
    expect(results.violations).toEqual([]);
  });
});
