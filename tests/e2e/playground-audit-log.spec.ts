/**
 * The audit-log path in the panel, as a reader meets it on the built-in tenant (its demo Management API
 * credential prefilled): a sign-in that ends on Logto's page, back to the playground, "Ask the tenant"
 * (a plain form post), and the cause with its step. The answer and the credential's fieldset pass axe;
 * nothing of the log's contents (Naver's callback data) nor the M2M secret reaches the browser from the
 * site.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { stepOf } from '../../src/diagnosis/codes.ts';
import { LOCAL_MANAGEMENT_API_APP } from '../../src/lib/local-tenant-defaults.ts';
import { faultLabStrings, scenarioText } from '../../src/playground/fault-lab/strings.ts';
import type { FaultScenarioId } from '../../src/lib/fault-lab.ts';
import { playgroundStrings } from '../../src/playground/strings.ts';
import { defaultNaverTestUsers } from '../../src/local-tenant/naver-mock/config.ts';
import { expect, test } from '../support/fixtures.ts';
import { testNaverMockOrigin, testSiteOrigin, testTenantEndpoint } from '../support/ports.ts';
import { answerAtNaver, openPlayground, panel, startSignIn } from '../support/playground-page.ts';
import { revealSettingsForm } from '../support/playground-form.ts';

test.describe.configure({ timeout: 90_000 });

/** Every body the site sent the browser (not Logto's or Naver's pages, which show their own words). */
function siteResponses(page: Page): { bodies: string[]; pending: Promise<void>[] } {
  const seen = { bodies: [] as string[], pending: [] as Promise<void>[] };
  page.on('response', (response) => {
    if (!response.url().startsWith(testSiteOrigin)) return;
    seen.pending.push(
      (async () => {
        const body = await response.body().then((bytes) => bytes.toString('utf8')).catch(() => '');
        seen.bodies.push(`${response.url()}\n${JSON.stringify(await response.allHeaders())}\n${body}`);
      })(),
    );
  });
  return seen;
}

/** Logto's page after its call to Naver failed: back on `/sign-in` (the callback page's verify call is logged by then). */
async function onLogtoSignInPage(page: Page) {
  await page.waitForURL((url) => url.origin === testTenantEndpoint && url.pathname.startsWith('/sign-in'));
}

async function chooseScenario(page: Page, id: FaultScenarioId) {
  await openPlayground(page, 'en');
  const picker = panel(page).locator('[data-fault-lab]');
  await picker.getByLabel(faultLabStrings.en.pickerLabel, { exact: true }).selectOption({ label: scenarioText('en', id).name });
  await picker.locator('[data-choose-scenario]').click();
  await page.waitForURL(`${testSiteOrigin}/en/playground/`);
}

test('cancel at Naver: back on the playground, "Ask the tenant" names naver_cancelled and its step; axe passes', async ({ page }) => {
  const seen = siteResponses(page);
  await chooseScenario(page, 'cancel-at-naver');
  // The demo credential is prefilled: its App ID in the field, its secret only masked.
  const t = playgroundStrings.en;
  const settings = await revealSettingsForm(page);
  await expect(settings.getByLabel(t.m2mAppIdLabel)).toHaveValue(LOCAL_MANAGEMENT_API_APP.id);
  await expect(settings.getByLabel(t.m2mAppSecretLabel)).toHaveValue('');
  await startSignIn(page, testNaverMockOrigin);
  await answerAtNaver(page, 'cancel');
  // Logto's own sign-in page (its toast); the reader comes back by hand.
  await onLogtoSignInPage(page);
  await openPlayground(page, 'en');
  const answer = panel(page).locator('[data-audit-log-answer]');
  await expect(answer).toHaveAttribute('data-audit-log-answer', 'not-asked');
  await answer.getByRole('button', { name: t.askTenantButton }).click();
  await page.waitForURL(`${testSiteOrigin}/en/playground/`);
  await expect(answer).toHaveAttribute('data-audit-log-answer', 'cause');
  const cause = answer.locator('[data-diagnosis]');
  await expect(cause).toHaveAttribute('data-diagnosis', 'naver_cancelled');
  await expect(cause).toHaveAttribute('data-step', stepOf('naver_cancelled'));
  await expect(answer.locator('[data-audit-log-finding]')).toContainText('access_denied');
  await expect(answer.locator('[data-audit-log-finding]')).toContainText('Interaction.SignIn.Verification.Social.Submit');

  await revealSettingsForm(page);
  const results = await new AxeBuilder({ page }).include('.pg-audit-log').include('[data-management-api]').analyze();
  expect(results.violations).toEqual([]);

  await Promise.all(seen.pending);
  const sent = seen.bodies.join('\n');
  expect(sent).not.toContain(LOCAL_MANAGEMENT_API_APP.secret);
  // The log's entry held Naver's callback data in clear; the audit-log answer shows only the code it reduced
  // it to. (The "what did you see" list beside it quotes Logto's toast for a cancel, Naver's words included,
  // as static text: so the answer itself is what is read here.)
  await expect(page.locator('.pg-audit-log')).not.toContainText('Canceled By User');
});

test('wrong Naver secret (401): the log names naver_client_secret_wrong at the connector step', async ({ page }) => {
  await chooseScenario(page, 'wrong-naver-client-secret-401');
  await startSignIn(page, testNaverMockOrigin);
  await answerAtNaver(page, { nickname: defaultNaverTestUsers[0].nickname });
  await onLogtoSignInPage(page);
  await openPlayground(page, 'en');
  await panel(page).locator('[data-ask-tenant]').click();
  await page.waitForURL(`${testSiteOrigin}/en/playground/`);
  const cause = panel(page).locator('[data-audit-log-answer] [data-diagnosis]');
  await expect(cause).toHaveAttribute('data-diagnosis', 'naver_client_secret_wrong');
  await expect(cause).toHaveAttribute('data-step', 'configure-connector');
});

test('cleared credential: no "Ask the tenant" after a sign-in that did not come back', async ({ page }) => {
  await chooseScenario(page, 'wrong-naver-client-id');
  const form = await revealSettingsForm(page);
  await form.locator('input[name="m2mAppId"]').fill('');
  await form.locator('button[type="submit"]').click();
  await page.waitForURL(`${testSiteOrigin}/en/playground/`);
  await expect((await revealSettingsForm(page)).getByLabel(playgroundStrings.en.m2mAppIdLabel)).toHaveValue('');
  await startSignIn(page, testNaverMockOrigin).catch(() => undefined);
  await openPlayground(page, 'en');
  await expect(panel(page).locator('[data-flow-state]')).toBeVisible();
  await expect(panel(page).locator('[data-audit-log-answer]')).toHaveCount(0);
});
