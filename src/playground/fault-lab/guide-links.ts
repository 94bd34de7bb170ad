/**
 * The guide's "Break it on purpose" list under a step: each fault-lab scenario whose diagnosis that step
 * fixes, named in the reader's language, linking to the standalone playground with it chosen. The guide
 * page hands the list to its step (the guide itself knows nothing of the fault lab).
 */
import type { StepId } from '../../guide/steps.ts';
import type { Lang } from '../../i18n/languages.ts';
import { scenarioHref } from './scenario-param.ts';
import { scenariosOfStep } from './scenarios.ts';
import { scenarioText } from './strings.ts';

export interface ScenarioLink {
  id: string;
  name: string;
  href: string;
}

export function scenarioLinksOfStep(lang: Lang, step: StepId): ScenarioLink[] {
  return scenariosOfStep(step).map((id) => ({ id, name: scenarioText(lang, id).name, href: scenarioHref(lang, id) }));
}
