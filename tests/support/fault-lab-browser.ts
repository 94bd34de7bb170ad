/**
 * One fault-lab scenario in Chromium, as a reader meets it: choose it with "Break it on purpose" (no
 * typing), press Sign in (after Run checks where the preflight can see it), do what the scenario asks at
 * the Naver mock, come back, and read the diagnosis and its step link (the expectations are the
 * scenario's meaning, src/playground/fault-lab/scenarios.ts). A sign-in that never comes back is
 * diagnosed as for any tenant: the reader picks what the last page showed (read from that page here), and
 * the panel names the causes of that sight. `origins`: the site, its sandbox and the sandbox's Naver mock,
 * the test servers' (tests/e2e/fault-lab.spec.ts) or a public stack's (tests/e2e/public-stack.spec.ts).
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';
import { stepOf, type DiagnosisCode } from '../../src/diagnosis/codes.ts';
import { stepAnchor } from '../../src/guide/steps.ts';
import type { Lang } from '../../src/i18n/languages.ts';
import { diagnosisText } from '../../src/diagnosis/strings.ts';
import { faultLabStrings, scenarioText } from '../../src/playground/fault-lab/strings.ts';
import { sightWords } from '../../src/diagnosis/observation-strings.ts';
import type { SightId } from '../../src/diagnosis/observations.ts';
import type { FaultScenarioId } from '../../src/lib/fault-lab.ts';
import { scenarioMeanings, neverComesBack, neverComesBackScenarioIds } from '../../src/playground/fault-lab/scenarios.ts';
import { panel, pickWhatYouSaw } from './playground-page.ts';
import { detailMatches, sightsShowing } from './what-you-saw.ts';

export interface FaultLabOrigins {
  site: string;
  sandbox: string;
  naverMock: string;
}

/** The diagnoses found in the ID token or token exchange: the reader must never look signed in. */
const tokenFaults: readonly DiagnosisCode[] = ['id_token_signature', 'id_token_issuer', 'id_token_audience', 'id_token_expired', 'clock_skew', 'tenant_unavailable'];

async function chooseScenario(page: Page, siteOrigin: string, lang: Lang, id: FaultScenarioId) {
  await page.goto(`${siteOrigin}/${lang}/playground/`);
  await expect(panel(page)).toBeVisible();
  const picker = panel(page).locator('[data-fault-lab]');
  await picker.getByLabel(faultLabStrings[lang].pickerLabel, { exact: true }).selectOption({ label: scenarioText(lang, id).name });
  await picker.locator('[data-choose-scenario]').click();
  await page.waitForURL(`${siteOrigin}/${lang}/playground/`);
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
  const step = stepOf(code);
  // A cause no single step fixes links none.
  if (step === null) await expect(article.getByRole('link')).toHaveCount(0);
  else await expect(article.getByRole('link')).toHaveAttribute('href', `/${lang}/#${stepAnchor(step)}`);
}

export async function runScenarioInBrowser(page: Page, origins: FaultLabOrigins, id: FaultScenarioId, lang: Lang): Promise<void> {
  const { diagnosis: code, naverAction, preflight } = scenarioMeanings[id];
  await chooseScenario(page, origins.site, lang, id);
  if (preflight && code) await runChecksExpectingStep(page, code);

  await panel(page).locator('[data-sign-in]').click();
  if (naverAction === 'none' && !neverComesBack(id)) {
    // The playground's own checks stop the sign-in before Logto.
    await page.waitForURL(`${origins.site}/${lang}/playground/`);
  } else {
    await page.waitForURL((url) => url.origin === origins.naverMock);
    const backOnLogto = neverComesBack(id) && naverAction !== 'none' && naverAction !== 'pick-non-member';
    // Logto's toast fades after three seconds: the page's timers wait (Playwright's clock) until it is read.
    if (backOnLogto) {
      await page.clock.install();
      await page.clock.pauseAt(Date.now() + 1000);
    }
    await actAtNaver(page, id);
    if (neverComesBack(id)) {
      // The app never hears back: Naver keeps its error page, or Logto's sign-in page shows its toast.
      // The test reads that page's words as the reader does and finds them in the panel's list.
      let seen: SightId[];
      if (backOnLogto) {
        await page.waitForURL((url) => url.origin === origins.sandbox);
        // Logto's toast; or, for a new account whose email a user of this tenant has, its linking page; or
        // (access control, 1.41+) its "Access denied" page, whose alert is the message under the title.
        const toast = page.getByRole('alert');
        const linking = page.locator('#link-account');
        await expect(toast.or(linking).first()).toBeVisible();
        seen = (await toast.count()) ? sightsShowing(await toast.innerText()) : [];
        if (seen.length === 0) seen = sightsShowing(await page.locator('h1').innerText());
        await page.clock.resume();
      } else {
        const heading = page.locator('h1');
        await expect(heading).toBeVisible();
        expect(new URL(page.url()).origin).toBe(origins.naverMock);
        seen = sightsShowing(await heading.innerText());
        const detail = page.locator('.error-detail code');
        if (await detail.count()) expect(detailMatches(seen[0]!, await detail.innerText()), 'Naver’s detail line').toBe(true);
      }
      expect(seen, 'the page shows exactly one of the panel’s sights').toHaveLength(1);
      // As a reader would: back to the playground, which can't know why and asks.
      await page.goto(`${origins.site}/${lang}/playground/`);
      await expectDiagnosis(page, lang, 'sign_in_not_completed');
      await pickWhatYouSaw(page, seen[0]!);
      const words = sightWords(lang, seen[0]!);
      if (words.tellApart) await expect(panel(page).locator('[data-saw-tell-apart]')).toHaveText(words.tellApart);
      await expect(panel(page).locator('[data-diagnosis="sign_in_not_completed"]')).toHaveCount(0);
      if (id === neverComesBackScenarioIds[0]) {
        const pickerAxe = await new AxeBuilder({ page }).include('[data-saw-picker]').analyze();
        expect(pickerAxe.violations).toEqual([]);
      }
    } else {
      await page.waitForURL((url) => url.origin === origins.site && url.pathname === `/${lang}/playground/`);
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
}
