import { stepIds, type StepId } from '../guide/steps.ts';
import type { CheckId, CheckResult } from './types.ts';

/**
 * Checks whose pass does not prove their step is done. The callback-URL check reads the URL Logto
 * sends to Naver, which the reader must register at Naver; nothing public shows whether they did.
 */
const passDoesNotVerifyStep: ReadonlySet<CheckId> = new Set(['naver.callback-url']);

/**
 * The guide steps the results verify: a step is verified when at least one check that can prove it
 * passed and no check pointing at it failed, warned or was skipped. In guide order, ready for the
 * panel's `data-verified-steps`.
 */
export function verifiedStepsFromChecks(results: readonly CheckResult[]): StepId[] {
  const proven = new Set<StepId>();
  const doubted = new Set<StepId>();
  for (const result of results) {
    if (result.status !== 'pass') doubted.add(result.stepId);
    else if (!passDoesNotVerifyStep.has(result.id)) proven.add(result.stepId);
  }
  return stepIds.filter((id) => proven.has(id) && !doubted.has(id));
}
