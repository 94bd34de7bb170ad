/**
 * The picker's refusal, as the panel model carries it: a posted scenario that is not in the catalogue (a
 * stale page, a crafted post) comes back as a flash error under `scenario`, which the picker shows and
 * the settings form does not (it is not one of its fields).
 */
export const UNKNOWN_SCENARIO = 'scenarioUnknown';

/** The settings form's own errors: the picker's refusal is the picker's to show. */
export function withoutScenarioError(errors: Record<string, string>): Record<string, string> {
  const { scenario: _scenario, ...rest } = errors;
  return rest;
}
