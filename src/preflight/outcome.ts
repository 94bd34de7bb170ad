import type { StepId } from '../guide/steps.ts';
import type { PreflightReasonKey } from '../i18n/strings/preflight.ts';
import type { ProbeAnswer } from '../tenant/http.ts';
import type { Parsed } from '../tenant/probes.ts';
import type { CheckId, CheckOutcome, CheckStatus, ReasonParams } from './types.ts';

/** Small constructors so each check reads as its decision table. */

export function outcome(
  status: CheckStatus,
  stepId: StepId,
  key: PreflightReasonKey,
  params: ReasonParams = {},
  details?: Record<string, string>,
): CheckOutcome {
  return details ? { status, stepId, reason: { key, params }, details } : { status, stepId, reason: { key, params } };
}

/** A check that could not run because another one did not pass: it says so instead of guessing. */
export function blocked(stepId: StepId, by: CheckId): CheckOutcome {
  return outcome('skip', stepId, 'blocked', { by });
}

/** The answer's OIDC/Logto error code for a reason's params, or `-` when the body had none. */
function errorCodeOf(answer: Extract<ProbeAnswer, { kind: 'http' }>): string {
  const json = answer.json;
  if (json && typeof json === 'object') {
    const record = json as Record<string, unknown>;
    for (const key of ['error', 'code']) if (typeof record[key] === 'string') return record[key] as string;
  }
  return '-';
}

/** A failure for an answer no decision table expected: no answer at all, a status, or a body of the wrong shape. */
export function unexpected(stepId: StepId, answer: ProbeAnswer | Parsed<unknown>): CheckOutcome {
  if (answer.kind === 'network') return outcome('fail', stepId, 'unreachable', { url: answer.url, error: answer.error });
  const http = 'answer' in answer ? answer.answer : answer;
  const problem = answer.kind === 'shape' ? answer.problem : errorCodeOf(http);
  return outcome('fail', stepId, 'unexpectedResponse', { url: http.url, status: http.status, problem });
}
