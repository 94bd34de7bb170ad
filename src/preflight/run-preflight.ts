import type { StepId } from '../guide/steps.ts';
import { checkAppType, checkCredentials, checkPostSignOutUri, checkRedirectUri } from './checks/app.ts';
import { checkDiscovery, checkEndpoints, checkIssuer, checkJwks } from './checks/endpoint.ts';
import { checkNaverCallbackUrl, checkNaverClientId, checkNaverConnector } from './checks/naver.ts';
import { blocked, outcome } from './outcome.ts';
import { createProbes, type Probes } from '../tenant/probes.ts';
import type { CheckId, CheckOutcome, CheckResult, PreflightDeps, PreflightInput } from './types.ts';

interface CheckDefinition {
  id: CheckId;
  /** The step a skipped or crashed check points at. */
  stepId: StepId;
  /** Checks that must pass (or only warn) first; otherwise this one is skipped as blocked. */
  needs: readonly CheckId[];
  run: (probes: Probes) => Promise<CheckOutcome>;
}

/** Every check, in the order they are shown; a check only needs checks listed before it. */
export const checkDefinitions: readonly CheckDefinition[] = [
  { id: 'endpoint.discovery', stepId: 'prerequisites', needs: [], run: checkDiscovery },
  { id: 'endpoint.issuer', stepId: 'integrate-sdk', needs: ['endpoint.discovery'], run: checkIssuer },
  { id: 'endpoint.endpoints', stepId: 'integrate-sdk', needs: ['endpoint.discovery'], run: checkEndpoints },
  { id: 'endpoint.jwks', stepId: 'integrate-sdk', needs: ['endpoint.discovery'], run: checkJwks },
  { id: 'app.credentials', stepId: 'integrate-sdk', needs: ['endpoint.discovery'], run: checkCredentials },
  { id: 'app.type', stepId: 'create-logto-app', needs: ['endpoint.discovery'], run: checkAppType },
  { id: 'app.redirect-uri', stepId: 'integrate-sdk', needs: ['endpoint.discovery'], run: checkRedirectUri },
  { id: 'app.post-sign-out-uri', stepId: 'integrate-sdk', needs: ['endpoint.discovery'], run: checkPostSignOutUri },
  { id: 'naver.connector', stepId: 'add-naver-connector', needs: ['endpoint.discovery'], run: checkNaverConnector },
  {
    id: 'naver.client-id',
    stepId: 'configure-connector',
    // The interaction that yields Logto's Naver URL starts at /oidc/auth with the playground's redirect URI.
    needs: ['naver.connector', 'app.redirect-uri'],
    run: checkNaverClientId,
  },
  {
    id: 'naver.callback-url',
    stepId: 'register-naver-app',
    needs: ['naver.connector', 'app.redirect-uri'],
    run: checkNaverCallbackUrl,
  },
];

const letsDependentsRun = (result: CheckResult) => result.status === 'pass' || result.status === 'warn';

/**
 * Runs every check against the reader's tenant and returns one result per check, in display order.
 * Independent checks run concurrently; requests they share are sent once. Never throws: a check that
 * crashes reports `internalError`.
 */
export async function runPreflight(input: PreflightInput, deps: PreflightDeps): Promise<CheckResult[]> {
  const probes = createProbes(input, deps);
  const running = new Map<CheckId, Promise<CheckResult>>();

  const run = async (definition: CheckDefinition): Promise<CheckResult> => {
    for (const need of definition.needs) {
      const before = await running.get(need);
      if (before && !letsDependentsRun(before)) return { id: definition.id, ...blocked(definition.stepId, need) };
    }
    try {
      return { id: definition.id, ...(await definition.run(probes)) };
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      return { id: definition.id, ...outcome('fail', definition.stepId, 'internalError', { error: message }) };
    }
  };

  for (const definition of checkDefinitions) running.set(definition.id, run(definition));
  return Promise.all(checkDefinitions.map((definition) => running.get(definition.id)!));
}
