/**
 * Which guide steps a finished sign-in proves. A sign-in that came back with the target's identity
 * went through every step up to "test and verify"; one without it proves only the app and SDK steps.
 */
import { stepIds, type StepId } from '../../guide/steps.ts';

const LAST_PROVED: StepId = 'test-and-verify';
const APP_STEPS: readonly StepId[] = ['prerequisites', 'create-logto-app', 'integrate-sdk'];

export function stepsProvedBySignIn(hasTargetIdentity: boolean): StepId[] {
  if (!hasTargetIdentity) return [...APP_STEPS];
  return stepIds.slice(0, stepIds.indexOf(LAST_PROVED) + 1);
}
