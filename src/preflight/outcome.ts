import type { DiagnosisCode } from '../diagnosis/codes.ts';
import type { HttpAnswer, NoAnswerKind, ProbeAnswer } from '../tenant/http.ts';
import type { Parsed } from '../tenant/probes.ts';
import type { CheckId } from './check-definitions.ts';
import { reasonCauses, type CausingReasonKey, type ReasonKey } from './reasons.ts';
import type { CheckOutcome, CheckStatus, ReasonParams } from './types.ts';

/** Small constructors so each check reads as its decision table. */

export function outcome(status: CheckStatus, key: ReasonKey, params: ReasonParams = {}, details?: Record<string, string>): CheckOutcome {
  return details ? { status, reason: { key, params }, details } : { status, reason: { key, params } };
}

/** A check that could not run because another one did not pass: it says so instead of guessing. */
export function blocked(by: CheckId): CheckOutcome {
  return outcome('skip', 'blocked', { by });
}

/** The reason for a request that got no answer, by what kept it from answering. */
const noAnswerReasons = {
  timeout: 'timedOut',
  blocked_address: 'blockedAddress',
  too_large: 'tooLarge',
  invalid_url: 'unreachable',
  network: 'unreachable',
} as const satisfies Record<NoAnswerKind, CausingReasonKey>;

export function noAnswer(answer: Extract<ProbeAnswer, { kind: 'network' }>): CheckOutcome {
  return outcome('fail', noAnswerReasons[answer.failure], { url: answer.url, error: answer.error });
}

/**
 * The cause of a request that got no answer, as the checks judge one: for the playground, whose own
 * requests (the SDK's) can get no answer too.
 */
export function causeOfNoAnswer(kind: NoAnswerKind): DiagnosisCode {
  return reasonCauses[noAnswerReasons[kind]];
}

/** The answer's OIDC/Logto error code for a reason's params, or `-` when the body had none. */
function errorCodeOf(answer: HttpAnswer): string {
  const json = answer.json;
  if (json && typeof json === 'object') {
    const record = json as Record<string, unknown>;
    for (const key of ['error', 'code']) if (typeof record[key] === 'string') return record[key] as string;
  }
  return '-';
}

/** A failure for an answer no decision table expected: no answer at all, a status, or a body of the wrong shape. */
export function unexpected(answer: ProbeAnswer | Parsed<unknown>): CheckOutcome {
  if (answer.kind === 'network') return noAnswer(answer);
  const http = 'answer' in answer ? answer.answer : answer;
  const problem = answer.kind === 'shape' ? answer.problem : errorCodeOf(http);
  // A 5xx is the tenant failing, whatever the request: nothing in the reader's settings explains it.
  if (http.status >= 500) return outcome('fail', 'tenantUnavailable', { url: http.url, status: http.status, problem });
  return outcome('fail', 'unexpectedResponse', { url: http.url, status: http.status, problem });
}
