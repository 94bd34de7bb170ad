/**
 * One fault-lab scenario over HTTP, as a reader meets it (the scenarios that come back to the callback,
 * tests/support/fault-lab-runs.ts): choose it with "Break it on purpose", Run checks where the preflight
 * sees it, Sign in, the scenario's action at the Naver mock, as the panel's no-JS forms and the sandbox
 * driver do it; then what the panel shows, read from the playground page, checked against the run's
 * expected diagnosis. The reader says where (the test servers' site, tests/integration/fault-lab-playground.spec.ts,
 * or a public stack's, tests/integration/public-stack-http.spec.ts).
 */
import { expect } from '@playwright/test';
import { stepOf, type DiagnosisCode } from '../../src/diagnosis/codes.ts';
import { diagnosisText } from '../../src/diagnosis/strings.ts';
import { stepAnchor } from '../../src/guide/steps.ts';
import { scenarioMeanings, type NaverAction } from '../../src/playground/fault-lab/scenarios.ts';
import type { NaverChoice } from '../../src/sandbox-driver/index.ts';
import type { HttpScenarioRun } from './fault-lab-runs.ts';
import { checklistIn, diagnosesIn, signedInIn, type PlaygroundReader } from './playground-http.ts';

/** The diagnoses found in the ID token or token exchange: the reader must never look signed in. */
const tokenFaults: readonly DiagnosisCode[] = ['id_token_signature', 'id_token_issuer', 'id_token_audience', 'id_token_expired', 'clock_skew', 'tenant_unavailable'];

/** The reader's part at Naver, for the driver. */
const atNaver: Record<Exclude<NaverAction, 'pick-non-member'>, NaverChoice> = {
  agree: { action: 'agree', shareEmail: true },
  'untick-email': { action: 'agree', shareEmail: false },
  cancel: { action: 'cancel' },
  none: { action: 'agree', shareEmail: true },
};

/** `run` by `reader` (in the reader's language), with its expectations. */
export async function runScenarioOverHttp(reader: PlaygroundReader, { id, diagnosis: code }: HttpScenarioRun): Promise<void> {
  const { lang } = reader;
  const { naverAction, preflight } = scenarioMeanings[id];
  if (naverAction === 'pick-non-member') throw new Error(`${id}: a reader who never comes back runs in the browser`);

  await reader.chooseScenario(id);
  if (preflight && code) {
    await reader.runChecks();
    const flagged = checklistIn(await reader.panelHtml()).filter((item) => item.status === 'fail' || item.status === 'warn');
    expect(flagged.length, `${id}: Run checks flags something`).toBeGreaterThan(0);
    expect(flagged.flatMap((item) => item.stepLinks), `${id}: and links to the step that fixes it`).toContain(stepOf(code));
  }

  const outcome = await reader.signIn(atNaver[naverAction]);
  // The playground's own checks stop the sign-in before Logto only where there is nothing to do at Naver.
  expect(outcome, id).toBe(naverAction === 'none' ? 'stopped before Logto' : 'came back');

  const html = await reader.panelHtml();
  const shown = diagnosesIn(html);
  if (code === null) {
    expect(signedInIn(html), id).toBe('true');
    expect(shown, id).toEqual([]);
    return;
  }
  const found = shown.find((item) => item.code === code);
  expect(found, `${id}: ${code} among ${shown.map((item) => item.code).join(', ') || 'no diagnoses'}`).toBeDefined();
  expect(found?.title, id).toBe(diagnosisText(lang, code).title);
  expect(found?.href, id).toBe(`/${lang}/#${stepAnchor(stepOf(code))}`);
  if (tokenFaults.includes(code)) {
    expect(signedInIn(html), id).toBe('false');
    expect(html, id).not.toContain('data-result');
  }
}
