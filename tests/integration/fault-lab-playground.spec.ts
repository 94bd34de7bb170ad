import { defaultLogtoVersion, logtoVersionFromEnv } from '../../src/local-tenant/config/logto-version.ts';
import { httpScenarioRuns, scenarioLanguage } from '../support/fault-lab-runs.ts';
import { runScenarioOverHttp } from '../support/fault-lab-http.ts';
import { test as base } from '../support/fixtures.ts';
import { PlaygroundReader } from '../support/playground-http.ts';
import { testSiteOrigin } from '../support/ports.ts';
import { startVersionStack } from '../support/version-stack.ts';
import { logtoVersionProfile, logtoVersions, type LogtoVersion } from '../support/tenant-versions.ts';

/**
 * The fault-lab scenarios that come back to the playground's callback, over HTTP (the run and its
 * expectations: tests/support/fault-lab-http.ts). The browser runs the rest (tests/support/fault-lab-runs.ts).
 *
 * In each Logto version the local tenant plays: the one Playwright's web server runs (LOGTO_VERSION, 1.42
 * by default) through the site it serves, any other through a tenant and a site instance of this file's
 * own, started once per worker. What a version cannot break (app-level access control before 1.41)
 * comes back signed in there (fault-lab-runs.ts, from the version table).
 */

// One after another: the scenario apps share the demo Naver connector, so two first sign-ins at once would
// both register the same Naver account in the shared test tenant, and one would lose (422
// user.identity_already_in_use, as real Logto answers). A reader never races themselves.
base.describe.configure({ mode: 'default' });

/** The version the web server's tenant plays; the site Playwright serves talks to it. */
const servedVersion: LogtoVersion = logtoVersionFromEnv(process.env['LOGTO_VERSION']) ?? defaultLogtoVersion;


for (const version of logtoVersions) {
  const test = base.extend<{}, { siteOrigin: string }>({
    siteOrigin: [
      async ({}, use) => {
        if (version === servedVersion) return use(testSiteOrigin);
        const stack = await startVersionStack(version, 'fault-lab-playground-test-secret-0123456789abcdef');
        await use(stack.siteOrigin);
        await stack.close();
      },
      { scope: 'worker', timeout: 90_000 },
    ],
  });

  for (const run of httpScenarioRuns(logtoVersionProfile(version))) {
    const lang = scenarioLanguage(run.id);
    test(`Logto ${version}: ${run.id} → ${run.diagnosis ?? 'signed in'} (${lang}, over HTTP)`, async ({ siteOrigin }) => {
      await runScenarioOverHttp(new PlaygroundReader(siteOrigin, lang), run);
    });
  }
}
