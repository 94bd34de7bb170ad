import { causeOfReason } from '../diagnosis/from-checks.ts';
import { stepOf } from '../diagnosis/codes.ts';
import type { StepId } from '../guide/steps.ts';
import { createProbes } from '../tenant/probes.ts';
import { checkAppType, checkCredentials, checkPostSignOutUri, checkRedirectUri } from './checks/app.ts';
import { checkClock, checkDiscovery, checkEndpoints, checkIssuer, checkJwks } from './checks/endpoint.ts';
import { checkNaverCallbackUrl, checkNaverClientId, checkNaverConnector } from './checks/naver.ts';
import { blocked, outcome } from './outcome.ts';
import type { CheckId, CheckOutcome, CheckResult, PreflightDeps, PreflightInput, PreflightProbes } from './types.ts';

export interface CheckDefinition {
  id: CheckId;
  /** The step a result points at when its reason names no cause (a skip, an unexpected answer). */
  home: StepId;
  /** The step a pass proves done; none when passing proves nothing the reader did (see naver.callback-url). */
  verifies?: StepId;
  /** Checks that must pass (or only warn) first; otherwise this one is skipped as blocked. */
  needs: readonly CheckId[];
  run: (probes: PreflightProbes) => Promise<CheckOutcome>;
}

/** Every check, in the order they are shown; a check only needs checks listed before it. */
export const checkDefinitions: readonly CheckDefinition[] = [
  { id: 'endpoint.discovery', home: 'prerequisites', verifies: 'prerequisites', needs: [], run: checkDiscovery },
  { id: 'endpoint.issuer', home: 'integrate-sdk', verifies: 'integrate-sdk', needs: ['endpoint.discovery'], run: checkIssuer },
  { id: 'endpoint.clock', home: 'prerequisites', verifies: 'prerequisites', needs: ['endpoint.discovery'], run: (probes) => checkClock(probes) },
  { id: 'endpoint.endpoints', home: 'integrate-sdk', verifies: 'integrate-sdk', needs: ['endpoint.discovery'], run: checkEndpoints },
  { id: 'endpoint.jwks', home: 'integrate-sdk', verifies: 'integrate-sdk', needs: ['endpoint.discovery'], run: checkJwks },
  { id: 'app.credentials', home: 'integrate-sdk', verifies: 'integrate-sdk', needs: ['endpoint.discovery'], run: checkCredentials },
  { id: 'app.type', home: 'create-logto-app', verifies: 'create-logto-app', needs: ['endpoint.discovery'], run: checkAppType },
  { id: 'app.redirect-uri', home: 'integrate-sdk', verifies: 'integrate-sdk', needs: ['endpoint.discovery'], run: checkRedirectUri },
  { id: 'app.post-sign-out-uri', home: 'integrate-sdk', verifies: 'integrate-sdk', needs: ['endpoint.discovery'], run: checkPostSignOutUri },
  // The public sign-in experience lists enabled connectors only: a pass proves the connector is in the
  // sign-in experience; a failure starts at adding it (its cause says so).
  { id: 'naver.connector', home: 'add-naver-connector', verifies: 'enable-in-sign-in-experience', needs: ['endpoint.discovery'], run: checkNaverConnector },
  {
    id: 'naver.client-id',
    home: 'configure-connector',
    verifies: 'configure-connector',
    // The interaction that yields Logto's Naver URL starts at /oidc/auth with the playground's redirect URI.
    needs: ['naver.connector', 'app.redirect-uri'],
    run: checkNaverClientId,
  },
  {
    id: 'naver.callback-url',
    home: 'register-naver-app',
    // It reads the URL Logto sends to Naver, which the reader must register there; nothing public shows
    // whether they did, so a pass verifies nothing.
    needs: ['naver.connector', 'app.redirect-uri'],
    run: checkNaverCallbackUrl,
  },
];

const definitionOf = (id: CheckId): CheckDefinition => checkDefinitions.find((definition) => definition.id === id)!;

/** The step a result points at: its cause's step, else what a pass verifies, else the check's own step. */
export function stepOfOutcome(definition: CheckDefinition, found: CheckOutcome): StepId {
  const cause = causeOfReason(found.reason.key);
  if (cause) return stepOf(cause);
  return (found.status === 'pass' ? definition.verifies : undefined) ?? definition.home;
}

const letsDependentsRun = (result: CheckResult) => result.status === 'pass' || result.status === 'warn';

/** A set of checks with everything they need, in display order. */
function withNeeds(only: readonly CheckId[]): CheckDefinition[] {
  const wanted = new Set<CheckId>();
  const add = (id: CheckId) => {
    if (wanted.has(id)) return;
    wanted.add(id);
    definitionOf(id).needs.forEach(add);
  };
  only.forEach(add);
  return checkDefinitions.filter((definition) => wanted.has(definition.id));
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
  const definitions = options.only ? withNeeds(options.only) : [...checkDefinitions];
  const running = new Map<CheckId, Promise<CheckResult>>();

  const decide = async (definition: CheckDefinition): Promise<CheckOutcome> => {
    for (const need of definition.needs) {
      const before = await running.get(need);
      if (before && !letsDependentsRun(before)) return blocked(need);
    }
    try {
      return await definition.run(probes);
    } catch (error) {
      return outcome('fail', 'internalError', { error: error instanceof Error ? error.message : String(error) });
    }
  };
  const run = async (definition: CheckDefinition): Promise<CheckResult> => {
    const found = await decide(definition);
    return { id: definition.id, ...found, stepId: stepOfOutcome(definition, found) };
  };

  for (const definition of definitions) running.set(definition.id, run(definition));
  return Promise.all(definitions.map((definition) => running.get(definition.id)!));
}
