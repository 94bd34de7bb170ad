import { stepIds, type StepId } from '../guide/steps.ts';
import { checkDefinitions, checkIds, type CheckId } from './check-definitions.ts';
import type { CheckResult } from './types.ts';

/**
 * What can prove a guide step done: the preflight checks whose pass verifies it, and a sign-in through the
 * playground. The panel marks steps verified from here, and the guide lists a step's verifiers under it
 * ("Checked by") from the same source.
 */

/** Whether a passing result proves its check's step: some passes only say what was seen (`provenBy`). */
export function passProvesStep(result: Pick<CheckResult, 'id' | 'status' | 'stepId' | 'reason'>): boolean {
  const { verifies, provenBy } = checkDefinitions[result.id];
  if (result.status !== 'pass' || verifies !== result.stepId) return false;
  return provenBy === undefined || provenBy.includes(result.reason.key);
}

/**
 * The guide steps the results verify: a step is verified when at least one check that proves it passed
 * (for a reason that proves it) and no check pointing at it failed, warned or was skipped. In guide
 * order, ready for the panel's `data-verified-steps`.
 */
export function verifiedStepsFromChecks(results: readonly CheckResult[]): StepId[] {
  const proven = new Set<StepId>();
  const doubted = new Set<StepId>();
  for (const result of results) {
    if (result.status !== 'pass') doubted.add(result.stepId);
    else if (passProvesStep(result)) proven.add(result.stepId);
  }
  return stepIds.filter((id) => proven.has(id) && !doubted.has(id));
}

const LAST_PROVED_BY_SIGN_IN: StepId = 'test-and-verify';
const APP_STEPS: readonly StepId[] = ['prerequisites', 'create-logto-app', 'integrate-sdk'];

/**
 * Which guide steps a finished sign-in proves. A sign-in that came back with the target's identity went
 * through every step up to "test and verify"; one without it proves only the app and SDK steps.
 */
export function stepsProvedBySignIn(hasTargetIdentity: boolean): StepId[] {
  if (!hasTargetIdentity) return [...APP_STEPS];
  return stepIds.slice(0, stepIds.indexOf(LAST_PROVED_BY_SIGN_IN) + 1);
}

/** What can verify a step: the checks whose pass proves it, and whether a sign-in with the target does. */
export function verifiersOf(step: StepId): { checks: CheckId[]; signIn: boolean } {
  return {
    checks: checkIds.filter((id) => checkDefinitions[id].verifies === step),
    signIn: stepsProvedBySignIn(true).includes(step),
  };
}
