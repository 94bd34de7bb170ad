/**
 * `?scenario=<id>` on the standalone playground page: the guide's "Break it on purpose" links preselect
 * that scenario in the picker. Anything not in the catalogue is ignored, never echoed.
 */
import { z } from 'zod';
import { faultScenarioIds, type FaultScenarioId } from '../../lib/fault-lab.ts';

const scenarioParamSchema = z.enum(faultScenarioIds);

export function scenarioFromQuery(url: URL): FaultScenarioId | undefined {
  const parsed = scenarioParamSchema.safeParse(url.searchParams.get('scenario'));
  return parsed.success ? parsed.data : undefined;
}

/** Where the guide links a scenario: the standalone playground with it preselected. */
export function scenarioHref(lang: string, id: FaultScenarioId): string {
  return `/${lang}/playground/?scenario=${encodeURIComponent(id)}#playground`;
}
