import { stepOf } from '../diagnosis/codes.ts';
import type { StepId } from '../guide/steps.ts';
import { createProbes } from '../tenant/probes.ts';
import { checkDefinitions, checkIds, type CheckDefinition, type CheckId } from './check-definitions.ts';
import { checkAppType, checkCredentials, checkPostSignOutUri, checkRedirectUri } from './checks/app.ts';
import { checkClock, checkDiscovery, checkEndpoints, checkIssuer, checkJwks } from './checks/endpoint.ts';
import { checkNaverCallbackUrl, checkNaverClientId, checkNaverConnector } from './checks/naver.ts';
import { checkNaverAccountCallback, checkVersionFamily } from './checks/version.ts';
import { blocked, outcome } from './outcome.ts';
import { causeOfReason } from './reasons.ts';
import type { CheckOutcome, CheckResult, PreflightDeps, PreflightInput, PreflightProbes } from './types.ts';

/** The decision of each check (./check-definitions.ts): a check without one is a type error. */
const decisions: Record<CheckId, (probes: PreflightProbes) => Promise<CheckOutcome>> = {
  'endpoint.discovery': checkDiscovery,
  'endpoint.issuer': checkIssuer,
  'endpoint.clock': (probes) => checkClock(probes),
  'endpoint.endpoints': checkEndpoints,
  'endpoint.jwks': checkJwks,
  'endpoint.version': checkVersionFamily,
  'app.credentials': checkCredentials,
  'app.type': checkAppType,
  'app.redirect-uri': checkRedirectUri,
  'app.post-sign-out-uri': checkPostSignOutUri,
  'naver.connector': checkNaverConnector,
  'naver.client-id': checkNaverClientId,
  'naver.callback-url': checkNaverCallbackUrl,
  'naver.account-callback': checkNaverAccountCallback,
};

/**
 * What the runner adds to a check's outcome, once: the cause its reason names, and the step the result
 * points at (that cause's step, else what a pass verifies, else the check's own step).
 */
function stamp(id: CheckId, found: CheckOutcome): CheckResult {
  const definition: CheckDefinition = checkDefinitions[id];
  const cause = causeOfReason(found.reason.key);
  const stepId: StepId = cause ? stepOf(cause) : ((found.status === 'pass' ? definition.verifies : undefined) ?? definition.home);
  return { id, ...found, ...(cause ? { cause } : {}), stepId };
}

const letsDependentsRun = (result: CheckResult) => result.status === 'pass' || result.status === 'warn';

/** A set of checks with everything they need, in display order. */
function withNeeds(only: readonly CheckId[]): CheckId[] {
  const wanted = new Set<CheckId>();
  const add = (id: CheckId) => {
    if (wanted.has(id)) return;
    wanted.add(id);
    checkDefinitions[id].needs.forEach(add);
  };
  only.forEach(add);
  return checkIds.filter((id) => wanted.has(id));
}

export interface RunOptions {
  /** Run only these checks (and the ones they need); every check when absent. */
  only?: readonly CheckId[];
}

/**
 * Runs the checks against the reader's tenant and returns one result per check, in display order.
 * Independent checks run concurrently; requests they share are sent once. Never throws: a check that
 * crashes reports `internalError`.
 */
export async function runPreflight(input: PreflightInput, deps: PreflightDeps, options: RunOptions = {}): Promise<CheckResult[]> {
  const probes = createProbes(input, deps);
  const ids = options.only ? withNeeds(options.only) : [...checkIds];
  const running = new Map<CheckId, Promise<CheckResult>>();

  const decide = async (id: CheckId): Promise<CheckOutcome> => {
    for (const need of checkDefinitions[id].needs) {
      const before = await running.get(need);
      if (before && !letsDependentsRun(before)) return blocked(need);
    }
    try {
      return await decisions[id](probes);
    } catch (error) {
      return outcome('fail', 'internalError', { error: error instanceof Error ? error.message : String(error) });
    }
  };

  // In display order, so what a check needs is running before it starts.
  const results = ids.map((id) => {
    const result = decide(id).then((found) => stamp(id, found));
    running.set(id, result);
    return result;
  });
  return Promise.all(results);
}
