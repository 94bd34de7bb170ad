/**
 * Which fault-lab scenarios the suite drives in a browser and which over HTTP. A browser adds something
 * where the reader's part happens on pages (Naver's, Logto's) or in the page script; the site's own
 * diagnosis of a scenario that comes back to the callback is the same over HTTP. So the browser keeps:
 * every scenario whose reader never comes back (what they see there is the point), the one that must
 * sign in (`jwks-rotated`), and the first scenario of each kind of reader action at Naver; the rest run
 * over HTTP (tests/integration/fault-lab-playground.spec.ts). Derived from the one table, so a new
 * scenario lands in one of the two without anyone choosing.
 */
import { faultScenarioIds, faultScenarios, type FaultScenarioId } from '../../src/lib/fault-lab.ts';
import type { LogtoVersionProfile } from '../../src/local-tenant/config/logto-version.ts';
import type { Lang } from '../../src/i18n/languages.ts';
import { neverComesBack, scenarioMeanings } from '../../src/playground/fault-lab/scenarios.ts';

const firstOfEachNaverAction = new Set(
  [...new Map(faultScenarioIds.filter((id) => !neverComesBack(id)).map((id) => [scenarioMeanings[id].naverAction, id] as const).reverse()).values()],
);

function inBrowser(id: FaultScenarioId): boolean {
  return neverComesBack(id) || scenarioMeanings[id].diagnosis === null || firstOfEachNaverAction.has(id);
}

export const browserScenarioIds: FaultScenarioId[] = faultScenarioIds.filter(inBrowser);
export const httpScenarioIds: FaultScenarioId[] = faultScenarioIds.filter((id) => !inBrowser(id));

const rotation: readonly Lang[] = ['ja', 'en', 'ko'];

/** The language a scenario's run reads the panel in: rotated over the catalogue, so each is covered. */
export function scenarioLanguage(id: FaultScenarioId): Lang {
  return rotation[faultScenarioIds.indexOf(id) % rotation.length]!;
}

/** One scenario's run over HTTP against a tenant playing one Logto version: what the panel should then show. */
export interface HttpScenarioRun {
  id: FaultScenarioId;
  /** The scenario's diagnosis, or null where this version signs the reader in (nothing to diagnose). */
  diagnosis: (typeof scenarioMeanings)[FaultScenarioId]['diagnosis'];
}

/**
 * A fault the tenant's version cannot have, per the version table: app-level access control before
 * 1.41. Such a tenant lets the reader in, as a real one would, so the scenario comes back signed in and
 * runs over HTTP like the others that come back.
 */
function withoutItsFault(id: FaultScenarioId, profile: LogtoVersionProfile): boolean {
  return 'accessControl' in faultScenarios[id].fault && !profile.appLevelAccessControl;
}

/** The HTTP runs against a tenant of `profile`'s version: the catalogue's, plus those this version signs in. */
export function httpScenarioRuns(profile: LogtoVersionProfile): HttpScenarioRun[] {
  return faultScenarioIds.flatMap((id): HttpScenarioRun[] => {
    if (withoutItsFault(id, profile)) return [{ id, diagnosis: null }];
    return httpScenarioIds.includes(id) ? [{ id, diagnosis: scenarioMeanings[id].diagnosis }] : [];
  });
}

/**
 * The browser runs against a tenant of `profile`'s version: the catalogue's, less those the version
 * cannot break (they come back signed in and run over HTTP: httpScenarioRuns).
 */
export function browserScenarioRuns(profile: LogtoVersionProfile): FaultScenarioId[] {
  const runs = browserScenarioIds.filter((id) => !withoutItsFault(id, profile));
  // A version for which nothing runs would pass by running nothing.
  if (runs.length === 0) throw new Error(`no browser-driven fault-lab scenario runs on Logto ${profile.version}`);
  return runs;
}
