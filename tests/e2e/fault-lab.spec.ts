import AxeBuilder from '@axe-core/playwright';
import { faultScenarioIds } from '../../src/lib/fault-lab.ts';
import { browserScenarioIds, scenarioLanguage } from '../support/fault-lab-runs.ts';
import { runScenarioInBrowser } from '../support/fault-lab-browser.ts';
import { scenarioMeanings } from '../../src/playground/fault-lab/scenarios.ts';
import { faultLabStrings } from '../../src/playground/fault-lab/strings.ts';
import { expect, test } from '../support/fixtures.ts';
import { testNaverMockOrigin, testSiteOrigin, testTenantEndpoint } from '../support/ports.ts';
import { panel } from '../support/playground-page.ts';

/**
 * One test per fault-lab scenario, as a reader meets it (tests/support/fault-lab-browser.ts runs it).
 * Languages rotate so each is covered. The
 * scenarios whose diagnosis a browser adds nothing to run over HTTP (tests/integration/fault-lab-playground.spec.ts).
 */

// Each scenario is its own app with its own cookies: the tests can share the run's workers.
// A scenario is several page loads and a sign-in on a shared, busy machine: more than the default 30 s.
test.describe.configure({ mode: 'parallel', timeout: 60_000 });

// The scenarios a browser adds something to; the others run over HTTP (tests/support/fault-lab-runs.ts).
for (const id of browserScenarioIds) {
  const lang = scenarioLanguage(id);
  const code = scenarioMeanings[id].diagnosis;

  test(`${id} → ${code ?? 'signed in'} (${lang})`, async ({ page }) => {
    await runScenarioInBrowser(page, { site: testSiteOrigin, sandbox: testTenantEndpoint, naverMock: testNaverMockOrigin }, id, lang);
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
