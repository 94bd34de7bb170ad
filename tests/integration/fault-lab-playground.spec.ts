import { stepOf, type DiagnosisCode } from '../../src/diagnosis/codes.ts';
import { diagnosisText } from '../../src/diagnosis/strings.ts';
import { stepAnchor } from '../../src/guide/steps.ts';
import { scenarioMeanings, type NaverAction } from '../../src/playground/fault-lab/scenarios.ts';
import type { NaverChoice } from '../../src/sandbox-driver/index.ts';
import { defaultLogtoVersion, logtoVersionFromEnv } from '../../src/local-tenant/config/logto-version.ts';
import { freePort } from '../../src/launcher/free-port.ts';
import { httpScenarioRuns, scenarioLanguage } from '../support/fault-lab-runs.ts';
import { test as base, expect } from '../support/fixtures.ts';
import { startTestTenant } from '../support/local-tenant.ts';
import { checklistIn, diagnosesIn, PlaygroundReader, signedInIn } from '../support/playground-http.ts';
import { testSiteOrigin } from '../support/ports.ts';
import { startSiteInstance } from '../support/site-instance.ts';
import { logtoVersionProfile, logtoVersions, type LogtoVersion } from '../support/tenant-versions.ts';

/**
 * The fault-lab scenarios that come back to the playground's callback, over HTTP: what the reader does
 * (choose it with "Break it on purpose", Run checks where the preflight sees it, Sign in, the scenario's
 * action at the Naver mock) as the panel's no-JS forms and the sandbox driver do it, and what the panel
 * then shows, read from the playground page. The browser runs the rest (tests/support/fault-lab-runs.ts).
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

/** The diagnoses found in the ID token or token exchange: the reader must never look signed in. */
const tokenFaults: readonly DiagnosisCode[] = ['id_token_signature', 'id_token_issuer', 'id_token_audience', 'id_token_expired', 'clock_skew', 'tenant_unavailable'];

/** The reader's part at Naver, for the driver. */
const atNaver: Record<Exclude<NaverAction, 'pick-non-member'>, NaverChoice> = {
  agree: { action: 'agree', shareEmail: true },
  'untick-email': { action: 'agree', shareEmail: false },
  cancel: { action: 'cancel' },
  none: { action: 'agree', shareEmail: true },
};

/** The version the web server's tenant plays; the site Playwright serves talks to it. */
const servedVersion: LogtoVersion = logtoVersionFromEnv(process.env['LOGTO_VERSION']) ?? defaultLogtoVersion;

/** A tenant playing `version` and a site instance whose built-in tenant it is (the site's port chosen first, for the apps' redirect URIs). */
async function startStack(version: LogtoVersion) {
  const port = await freePort();
  const siteOrigin = `http://localhost:${port}`;
  const tenant = await startTestTenant(undefined, { siteOrigin, logtoVersion: version });
  const site = await startSiteInstance({
    PORT: String(port),
    SITE_ORIGIN: siteOrigin,
    SANDBOX_ENDPOINT: tenant.endpoint,
    COOKIE_SECRET: 'fault-lab-playground-test-secret-0123456789abcdef',
  }).catch(async (error: unknown) => {
    await tenant.close();
    throw error;
  });
  return { siteOrigin, close: async () => Promise.all([site.close(), tenant.close()]).then(() => undefined) };
}

for (const version of logtoVersions) {
  const test = base.extend<{}, { siteOrigin: string }>({
    siteOrigin: [
      async ({}, use) => {
        if (version === servedVersion) return use(testSiteOrigin);
        const stack = await startStack(version);
        await use(stack.siteOrigin);
        await stack.close();
      },
      { scope: 'worker', timeout: 90_000 },
    ],
  });

  for (const { id, diagnosis: code } of httpScenarioRuns(logtoVersionProfile(version))) {
    const lang = scenarioLanguage(id);
    const { naverAction, preflight } = scenarioMeanings[id];
    if (naverAction === 'pick-non-member') throw new Error(`${id}: a reader who never comes back runs in the browser`);

    test(`Logto ${version}: ${id} → ${code ?? 'signed in'} (${lang}, over HTTP)`, async ({ siteOrigin }) => {
      const reader = new PlaygroundReader(siteOrigin, lang);
      await reader.chooseScenario(id);
      if (preflight && code) {
        await reader.runChecks();
        const flagged = checklistIn(await reader.panelHtml()).filter((item) => item.status === 'fail' || item.status === 'warn');
        expect(flagged.length, 'Run checks flags something').toBeGreaterThan(0);
        expect(flagged.flatMap((item) => item.stepLinks), 'and links to the step that fixes it').toContain(stepOf(code));
      }

      const outcome = await reader.signIn(atNaver[naverAction]);
      // The playground's own checks stop the sign-in before Logto only where there is nothing to do at Naver.
      expect(outcome).toBe(naverAction === 'none' ? 'stopped before Logto' : 'came back');

      const html = await reader.panelHtml();
      const shown = diagnosesIn(html);
      if (code === null) {
        expect(signedInIn(html)).toBe('true');
        expect(shown).toEqual([]);
        return;
      }
      const found = shown.find((item) => item.code === code);
      expect(found, `${code} among ${shown.map((item) => item.code).join(', ') || 'no diagnoses'}`).toBeDefined();
      expect(found?.title).toBe(diagnosisText(lang, code).title);
      expect(found?.href).toBe(`/${lang}/#${stepAnchor(stepOf(code))}`);
      if (tokenFaults.includes(code)) {
        expect(signedInIn(html)).toBe('false');
        expect(html).not.toContain('data-result');
      }
    });
  }
}
