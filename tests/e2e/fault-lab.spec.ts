import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { stepOf, type DiagnosisCode } from '../../src/diagnosis/codes.ts';
import { stepAnchor } from '../../src/guide/steps.ts';
import type { Lang } from '../../src/i18n/languages.ts';
import { diagnosisText } from '../../src/diagnosis/strings.ts';
import { faultLabStrings, scenarioText, whatYouSaw } from '../../src/playground/fault-lab/strings.ts';
import { faultScenarioIds, type FaultScenarioId } from '../../src/lib/fault-lab.ts';
import { browserScenarioIds, scenarioLanguage } from '../support/fault-lab-runs.ts';
import { scenarioMeanings, neverComesBack } from '../../src/playground/fault-lab/scenarios.ts';
import { expect, test } from '../support/fixtures.ts';
import { testNaverMockOrigin, testSiteOrigin, testTenantEndpoint } from '../support/ports.ts';
import { openPlayground, panel } from '../support/playground-page.ts';

/**
 * One test per fault-lab scenario, as a reader meets it: choose it with "Break it on purpose" (no typing),
 * press Sign in (after Run checks where the preflight can see it), do what the scenario asks at the Naver
 * mock, come back, and read the diagnosis and its step link. Languages rotate so each is covered. The
 * scenarios whose diagnosis a browser adds nothing to run over HTTP (tests/integration/fault-lab-playground.spec.ts).
 */

// Each scenario is its own app with its own cookies: the tests can share the run's workers.
// A scenario is several page loads and a sign-in on a shared, busy machine: more than the default 30 s.
test.describe.configure({ mode: 'parallel', timeout: 60_000 });

/** The diagnoses found in the ID token or token exchange: the reader must never look signed in. */
const tokenFaults: readonly DiagnosisCode[] = ['id_token_signature', 'id_token_issuer', 'id_token_audience', 'id_token_expired', 'clock_skew', 'tenant_unavailable'];

async function chooseScenario(page: Page, lang: Lang, id: FaultScenarioId) {
  await openPlayground(page, lang);
  const picker = panel(page).locator('[data-fault-lab]');
  await picker.getByLabel(faultLabStrings[lang].pickerLabel, { exact: true }).selectOption({ label: scenarioText(lang, id).name });
  await picker.locator('[data-choose-scenario]').click();
  await page.waitForURL(`${testSiteOrigin}/${lang}/playground/`);
  await expect(panel(page).locator(`[data-fault-scenario="${id}"]`)).toContainText(scenarioText(lang, id).broken);
}

/** "Run checks": some check fails or warns and links to the step that fixes the scenario's cause. */
async function runChecksExpectingStep(page: Page, code: DiagnosisCode) {
  await panel(page).locator('form[action="/playground/preflight"] button').click();
  await page.waitForLoadState('load');
  const flagged = panel(page).locator('#preflight li:is([data-status="fail"], [data-status="warn"])');
  await expect(flagged.first()).toBeVisible();
  await expect(flagged.locator(`[data-step-link="${stepOf(code)}"]`).first()).toBeVisible();
}

/** On the Naver mock: what the scenario asks the reader to do. */
async function actAtNaver(page: Page, id: FaultScenarioId) {
  switch (scenarioMeanings[id].naverAction) {
    case 'agree':
      await page.getByRole('button', { name: '동의하기' }).click();
      return;
    case 'cancel':
      await page.getByRole('button', { name: '취소' }).click();
      return;
    case 'untick-email':
      await page.getByRole('checkbox', { name: '이메일 주소' }).uncheck();
      await page.getByRole('button', { name: '동의하기' }).click();
      return;
    case 'pick-non-member':
      await page.getByRole('radio', { name: /멤버 아님/ }).first().check();
      await page.getByRole('button', { name: '동의하기' }).click();
      return;
    case 'none':
      return;
  }
}

async function expectDiagnosis(page: Page, lang: Lang, code: DiagnosisCode) {
  const article = panel(page).locator(`[data-diagnosis="${code}"]`);
  await expect(article).toBeVisible();
  await expect(article).toContainText(diagnosisText(lang, code).title);
  await expect(article.getByRole('link')).toHaveAttribute('href', `/${lang}/#${stepAnchor(stepOf(code))}`);
}

// The scenarios a browser adds something to; the others run over HTTP (tests/support/fault-lab-runs.ts).
for (const id of browserScenarioIds) {
  const lang = scenarioLanguage(id);
  const { diagnosis: code, naverAction, preflight } = scenarioMeanings[id];

  test(`${id} → ${code ?? 'signed in'} (${lang})`, async ({ page }) => {
    await chooseScenario(page, lang, id);
    if (preflight && code) await runChecksExpectingStep(page, code);

    await panel(page).locator('[data-sign-in]').click();
    if (naverAction === 'none' && !neverComesBack(id)) {
      // The playground's own checks stop the sign-in before Logto.
      await page.waitForURL(`${testSiteOrigin}/${lang}/playground/`);
    } else {
      await page.waitForURL((url) => url.origin === testNaverMockOrigin);
      const backOnLogto = neverComesBack(id) && naverAction !== 'none' && naverAction !== 'pick-non-member';
      // Logto's toast fades after three seconds: the page's timers wait (Playwright's clock) until it is read.
      if (backOnLogto) {
        await page.clock.install();
        await page.clock.pauseAt(Date.now() + 1000);
      }
      await actAtNaver(page, id);
      if (neverComesBack(id)) {
        // The app never hears back: Naver keeps its error page, or Logto's sign-in page shows its toast
        // (or, for a new account whose email a user of this tenant has, Logto's account-linking page).
        if (backOnLogto) {
          await page.waitForURL((url) => url.origin === testTenantEndpoint);
          await expect(page.getByRole('alert').or(page.locator('#link-account'))).toBeVisible();
          await page.clock.resume();
        } else {
          await expect(page.locator('h1')).toBeVisible();
          expect(new URL(page.url()).origin).toBe(testNaverMockOrigin);
        }
        // As a reader would: back to the playground, which says what they just saw there.
        await page.goto(`/${lang}/playground/`);
        await expect(panel(page).locator('[data-scenario-saw]')).toHaveText(whatYouSaw(lang, id));
      } else {
        await page.waitForURL((url) => url.origin === testSiteOrigin && url.pathname === `/${lang}/playground/`);
      }
    }

    if (code === null) {
      await expect(panel(page)).toHaveAttribute('data-signed-in', 'true');
      await expect(panel(page).locator('[data-diagnosis]')).toHaveCount(0);
      return;
    }
    await expectDiagnosis(page, lang, code);
    if (tokenFaults.includes(code)) {
      await expect(panel(page)).toHaveAttribute('data-signed-in', 'false');
      await expect(panel(page).locator('[data-result]')).toHaveCount(0);
    }
  });
}

test('the guide links each step’s scenarios to the playground with the scenario chosen (ko)', async ({ page }) => {
  await page.goto('/ko/');
  const guideAxe = await new AxeBuilder({ page }).include('[data-break-it]').analyze();
  expect(guideAxe.violations).toEqual([]);
  const link = page.locator('[data-break-it="configure-connector"] a[href*="scenario=wrong-naver-client-secret#"]');
  await expect(link).toHaveAttribute('href', '/ko/playground/?scenario=wrong-naver-client-secret#playground');
  await link.click();
  await expect(panel(page).locator('select[name="scenario"]')).toHaveValue('wrong-naver-client-secret');
  const pickerAxe = await new AxeBuilder({ page }).include('[data-fault-lab]').analyze();
  expect(pickerAxe.violations).toEqual([]);
});

test('an unknown scenario is ignored in the address and refused in a post, in the reader’s language (en)', async ({ page }) => {
  await page.goto('/en/playground/?scenario=not-a-scenario');
  const select = panel(page).locator('select[name="scenario"]');
  await expect(select).toHaveValue(faultScenarioIds[0]);
  await select.evaluate((node: HTMLSelectElement) => {
    node.add(new Option('stale', 'removed-scenario'));
    node.value = 'removed-scenario';
  });
  await panel(page).locator('[data-choose-scenario]').click();
  await page.waitForURL(`${testSiteOrigin}/en/playground/`);
  await expect(panel(page).locator('#pg-scenario-error')).toHaveText(faultLabStrings.en.pickerUnknown);
  await expect(panel(page).locator('form[action="/playground/settings"] .pg-error')).toHaveCount(0);
});
