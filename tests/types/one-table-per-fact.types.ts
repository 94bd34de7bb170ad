/**
 * Type-level tests of the tables that hold one fact each: a key added to a table's vocabulary without
 * what is keyed by it (its text, its meaning) is refused by the type checker. Checked by `npm run
 * typecheck`; a `@ts-expect-error` line that stops being an error fails tsc. Nothing here runs.
 */
import { defineStrings } from '../../src/i18n/define-strings.ts';
import type { Lang } from '../../src/i18n/languages.ts';
import type { FaultScenarioId } from '../../src/lib/fault-lab.ts';
import { faultLabConnectorId } from '../../src/local-tenant/config/fault-lab.ts';
import type { CheckId } from '../../src/preflight/check-definitions.ts';
import type { ReasonKey } from '../../src/preflight/reasons.ts';
import { preflightCheckTitles, preflightReasons } from '../../src/preflight/strings.ts';
import { scenarioMeanings, type NeverComesBackScenarioId, type ScenarioMeaning } from '../../src/playground/fault-lab/scenarios.ts';
import { playgroundStrings } from '../../src/playground/strings.ts';
import type { SettingsMessageKey } from '../../src/tenant/settings.ts';

// Strings keyed by a concern's vocabulary: exactly its keys, in every language.
type Colour = 'red' | 'blue';
export const colours = defineStrings<Record<Colour, string>>({
  en: { red: 'Red', blue: 'Blue' },
  ja: { red: '赤', blue: '青' },
  ko: { red: '빨강', blue: '파랑' },
});
export const coloursByLang: Record<Lang, Record<Colour, string>> = colours;
// @ts-expect-error Property 'blue' is missing in en: the vocabulary has a key the strings lack
export const colourMissing = defineStrings<Record<Colour, string>>({ en: { red: 'Red' }, ja: { red: '赤', blue: '青' }, ko: { red: '빨강', blue: '파랑' } });
// @ts-expect-error 'green' is not a colour: the strings may not invent keys
export const colourExtra = defineStrings<Record<Colour, string>>({ en: { red: 'Red', blue: 'Blue', green: 'Green' }, ja: { red: '赤', blue: '青' }, ko: { red: '빨강', blue: '파랑' } });

// Every preflight reason (src/preflight/reasons.ts) has its text; a new reason without one is refused.
export const reasonTexts: Record<ReasonKey, string> = preflightReasons.ja;
// @ts-expect-error Property 'newReason' is missing
export const newReasonWithoutText: Record<ReasonKey | 'newReason', string> = preflightReasons.en;

// Every check (src/preflight/check-definitions.ts) has its title; a new check without one is refused.
export const checkTitles: Record<CheckId, string> = preflightCheckTitles.ko;
// @ts-expect-error Property '"naver.new-check"' is missing
export const newCheckWithoutTitle: Record<CheckId | 'naver.new-check', string> = preflightCheckTitles.en;

// Every fault-lab scenario (src/lib/fault-lab.ts) has its meaning for the reader; a new one without it is refused.
export const meanings: Record<FaultScenarioId, ScenarioMeaning> = scenarioMeanings;
// @ts-expect-error Property '"new-scenario"' is missing
export const newScenarioWithoutMeaning: Record<FaultScenarioId | 'new-scenario', ScenarioMeaning> = scenarioMeanings;

// Whether a reader comes back is read from the table: a cancel at Naver never does, a rotated key does.
export const cancelled: NeverComesBackScenarioId = 'cancel-at-naver';
// @ts-expect-error 'jwks-rotated' comes back to the callback
export const rotated: NeverComesBackScenarioId = 'jwks-rotated';

// Only a scenario whose fault gives its app its own Naver connector has a connector id.
export const ownConnector: string = faultLabConnectorId('wrong-naver-client-id');
// @ts-expect-error 'spa-app' has no connector of its own
export const noOwnConnector: string = faultLabConnectorId('spa-app');

// Every message the settings schemas give has its text in the playground's strings.
export const settingsMessages: Record<SettingsMessageKey, string> = playgroundStrings.en;
// @ts-expect-error Property 'endpointTooFunny' is missing
export const newSettingsMessage: Record<SettingsMessageKey | 'endpointTooFunny', string> = playgroundStrings.en;
