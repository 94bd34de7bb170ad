import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { stepNumber } from '../../src/guide/steps.ts';
import { LOCAL_NAVER_CONNECTOR } from '../../src/lib/local-tenant-defaults.ts';
import { checkIds } from '../../src/preflight/check-definitions.ts';
import { expect, test } from '../support/fixtures.ts';
import { diagnosisCodes, panel, saveSettings } from '../support/playground-page.ts';
import { revealSettingsForm } from '../support/playground-form.ts';
import { testNaverMockOrigin } from '../support/ports.ts';

/**
 * The Naver Client ID in the panel's settings, and what Run checks may claim from it: the connector's
 * step is verified only when the client_id Logto sends to Naver was compared with the reader's own;
 * and checks run with the tenant stopped pass nothing from answers kept before.
 */

const CONNECTOR_STEP = 'configure-connector';
const checklist = (page: Page) => page.locator('#preflight');
const settingsForm = (page: Page) => page.locator('form[action="/playground/settings"]').first();

async function runChecks(page: Page) {
  await checklist(page).locator('form[action="/playground/preflight"] button[type=submit]').click();
  await expect(checklist(page).locator('[data-check-id]')).toHaveCount(checkIds.length);
}

async function saveNaverClientId(page: Page, value: string) {
  const form = await revealSettingsForm(page);
  await form.locator('input[name="naverClientId"]').fill(value);
  await form.locator('button[type="submit"]').click();
  await page.waitForLoadState('load');
}

const verifiedByChecks = async (page: Page) => ((await checklist(page).getAttribute('data-preflight-verified-steps')) ?? '').split(' ');
const statuses = (page: Page) =>
  checklist(page).locator('[data-check-id]').evaluateAll((items) => items.map((item) => [item.getAttribute('data-check-id'), item.getAttribute('data-status')]));

test.describe('the Naver Client ID and step verification', () => {
  test('without a Naver Client ID every check passes, but the connector’s step is not marked verified', async ({ page }) => {
    await page.goto('/en/playground/');
    await runChecks(page);
    expect(new Set((await statuses(page)).map(([, status]) => status))).toEqual(new Set(['pass']));
    await expect(checklist(page).locator('[data-check-id="naver.client-id"]')).toContainText('Nothing to compare it with');
    expect(await verifiedByChecks(page)).not.toContain(CONNECTOR_STEP);
    expect((await panel(page).getAttribute('data-verified-steps'))?.split(' ')).not.toContain(CONNECTOR_STEP);
  });

  test('a wrong Naver Client ID fails the check, naming the connector’s step', async ({ page }) => {
    await page.goto('/en/playground/');
    const typed = `${LOCAL_NAVER_CONNECTOR.clientId.slice(0, -2)}Zz`;
    await saveNaverClientId(page, typed);
    // Saved: the form is behind Edit again.
    await expect((await revealSettingsForm(page)).locator('input[name="naverClientId"]')).toHaveValue(typed);
    await runChecks(page);
    const check = checklist(page).locator('[data-check-id="naver.client-id"]');
    await expect(check).toHaveAttribute('data-status', 'fail');
    await expect(check).toContainText(`Logto sends client_id ${LOCAL_NAVER_CONNECTOR.clientId} to Naver, not ${typed}`);
    const link = check.locator('a[data-step-link]');
    await expect(link).toHaveAttribute('href', `/en/#step-${CONNECTOR_STEP}`);
    await expect(link).toHaveText(new RegExp(`\\bstep ${stepNumber(CONNECTOR_STEP)}$`));
    // Only that check failed; the rest still report (the Callback URL reminder, naver.account-callback, may
    // warn: a Client ID was given), and the connector's step is not verified.
    const others = (await statuses(page)).filter(([id, status]) => status !== 'pass' && id !== 'naver.account-callback');
    expect(others).toEqual([['naver.client-id', 'fail']]);
    expect(await verifiedByChecks(page)).not.toContain(CONNECTOR_STEP);
  });

  test('the right Naver Client ID passes the check and verifies the connector’s step', async ({ page }) => {
    await page.goto('/ko/playground/');
    await saveNaverClientId(page, LOCAL_NAVER_CONNECTOR.clientId);
    await runChecks(page);
    const check = checklist(page).locator('[data-check-id="naver.client-id"]');
    await expect(check).toHaveAttribute('data-status', 'pass');
    await expect(check).toContainText('내 네이버 앱의 Client ID와 같습니다');
    expect(await verifiedByChecks(page)).toContain(CONNECTOR_STEP);
    expect((await panel(page).getAttribute('data-verified-steps'))?.split(' ')).toContain(CONNECTOR_STEP);
  });

  test('with a wrong Naver Client ID the sign-in stops before Naver, with the connector’s cause', async ({ page }) => {
    await page.goto('/en/playground/');
    await saveNaverClientId(page, 'DBsT0qOPSWuZNwGiqkr9');
    await panel(page).locator('[data-sign-in]').click();
    await page.waitForLoadState('load');
    expect(new URL(page.url()).origin).not.toBe(testNaverMockOrigin);
    expect(await diagnosisCodes(page)).toEqual(['naver_client_id_mismatch']);
    await expect(panel(page).locator(`[data-diagnosis="naver_client_id_mismatch"]`)).toHaveAttribute('data-step', CONNECTOR_STEP);
  });

  test('a value that is not a Client ID is refused with a message in the reader’s language; the block passes axe', async ({ page }) => {
    await page.goto('/ja/playground/');
    await saveNaverClientId(page, 'client_id=SLFjG9pLzJRr88z5PPil');
    const field = settingsForm(page).locator('input[name="naverClientId"]');
    await expect(field).toHaveAttribute('aria-invalid', 'true');
    await expect(settingsForm(page)).toContainText('Client ID だけを貼り付けてください');
    await expect(page.getByLabel('Naver の Client ID')).toHaveValue('client_id=SLFjG9pLzJRr88z5PPil');
    const results = await new AxeBuilder({ page }).include('form[action="/playground/settings"]').analyze();
    expect(results.violations).toEqual([]);
  });
});

test('with the tenant stopped, Run checks passes nothing from the answers it had a moment before', async ({ page, startTenant }) => {
  const tenant = await startTenant();
  await page.goto('/en/playground/');
  await saveSettings(page, { endpoint: tenant.endpoint });
  await runChecks(page);
  expect((await statuses(page)).filter(([, status]) => status !== 'pass')).toEqual([]);

  await tenant.close();
  await runChecks(page);
  expect((await statuses(page)).filter(([, status]) => status === 'pass')).toEqual([]);
  const discovery = checklist(page).locator('[data-check-id="endpoint.discovery"]');
  await expect(discovery).toHaveAttribute('data-status', 'fail');
  await expect(discovery).toContainText('ECONNREFUSED');
  for (const id of ['endpoint.issuer', 'endpoint.clock', 'endpoint.endpoints', 'endpoint.jwks']) {
    await expect(checklist(page).locator(`[data-check-id="${id}"]`)).not.toHaveAttribute('data-status', 'pass');
  }
});
