import AxeBuilder from '@axe-core/playwright';
import { faultScenarioIds } from '../../src/lib/fault-lab.ts';
import { defaultLogtoVersion, logtoVersionFromEnv } from '../../src/local-tenant/config/logto-version.ts';
import { browserScenarioRuns, scenarioLanguage } from '../support/fault-lab-runs.ts';
import { runScenarioInBrowser, type FaultLabOrigins } from '../support/fault-lab-browser.ts';
import { scenarioMeanings } from '../../src/playground/fault-lab/scenarios.ts';
import { faultLabStrings } from '../../src/playground/fault-lab/strings.ts';
import { expect, test } from '../support/fixtures.ts';
import { testNaverMockOrigin, testSiteOrigin, testTenantEndpoint } from '../support/ports.ts';
import { panel } from '../support/playground-page.ts';
import { startVersionStack } from '../support/version-stack.ts';
import { logtoVersionProfile, logtoVersions, type LogtoVersion } from '../support/tenant-versions.ts';

/**
 * One test per fault-lab scenario, as a reader meets it (tests/support/fault-lab-browser.ts runs it),
 * in each Logto version the local tenant plays: the one Playwright's web server runs (LOGTO_VERSION,
 * 1.42 by default) through the site it serves, any other through a tenant and a site instance of this
 * file's own, one per worker. Languages rotate so each is covered. The scenarios whose diagnosis a
 * browser adds nothing to, and those a version cannot break, run over HTTP
 * (tests/integration/fault-lab-playground.spec.ts).
 */

// Each scenario is its own app with its own cookies: the tests can share the run's workers.
// A scenario is several page loads and a sign-in on a shared, busy machine: more than the default 30 s.
test.describe.configure({ mode: 'parallel', timeout: 60_000 });

/** The version the web server's tenant plays; the site Playwright serves talks to it. */
const servedVersion: LogtoVersion = logtoVersionFromEnv(process.env['LOGTO_VERSION']) ?? defaultLogtoVersion;

for (const version of logtoVersions) {
  const versionTest = test.extend<{}, { origins: FaultLabOrigins }>({
    origins: [
      async ({}, use) => {
        if (version === servedVersion) return use({ site: testSiteOrigin, sandbox: testTenantEndpoint, naverMock: testNaverMockOrigin });
        const stack = await startVersionStack(version, 'fault-lab-browser-test-secret-0123456789abcdef');
        await use({ site: stack.siteOrigin, sandbox: stack.tenant.endpoint, naverMock: stack.tenant.naverMockOrigin });
        await stack.close();
      },
      { scope: 'worker', timeout: 90_000 },
    ],
  });

  for (const id of browserScenarioRuns(logtoVersionProfile(version))) {
    const lang = scenarioLanguage(id);
    const code = scenarioMeanings[id].diagnosis;
    versionTest(`Logto ${version}: ${id} → ${code ?? 'signed in'} (${lang})`, async ({ page, origins }) => {
      await runScenarioInBrowser(page, origins, id, lang);
    });
  }
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
