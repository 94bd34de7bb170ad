/**
 * A sign-in in a fault-lab scenario that never came back: the failure happened on Logto's or Naver's pages,
 * which never tell the app. The scenario is known from the App ID in the settings, so the panel can name
 * what the reader just saw there instead of guessing.
 */
import type { FaultScenarioId } from '../../lib/fault-lab.ts';
import type { DiagnosisCode } from '../../diagnosis/codes.ts';
import { faultScenarios, neverComesBackScenarioIds } from './scenarios.ts';

export function comesBackWith(scenario: FaultScenarioId): DiagnosisCode | undefined {
  return (neverComesBackScenarioIds as readonly FaultScenarioId[]).includes(scenario) ? (faultScenarios[scenario].diagnosis ?? undefined) : undefined;
}
