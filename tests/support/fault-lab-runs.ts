/**
 * Which fault-lab scenarios the suite drives in a browser and which over HTTP. A browser adds something
 * where the reader's part happens on pages (Naver's, Logto's) or in the page script; the site's own
 * diagnosis of a scenario that comes back to the callback is the same over HTTP. So the browser keeps:
 * every scenario whose reader never comes back (what they see there is the point), the one that must
 * sign in (`jwks-rotated`), and the first scenario of each kind of reader action at Naver; the rest run
 * over HTTP (tests/integration/fault-lab-playground.spec.ts). Derived from the one table, so a new
 * scenario lands in one of the two without anyone choosing.
 */
import { faultScenarioIds, type FaultScenarioId } from '../../src/lib/fault-lab.ts';
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
