import type { Lang } from '../i18n/languages.ts';
import { format } from '../i18n/define-strings.ts';
import { preflightCheckTitles, preflightReasons, preflightUiStrings } from './strings.ts';
import type { StepId } from '../guide/steps.ts';
import { checkDefinitions, isCheckId, type CheckId } from './check-definitions.ts';
import type { CheckResult, CheckStatus } from './types.ts';
import { verifiersOf } from './verified-steps.ts';

/** Turning results into words in the reader's language, for the checklist, the CLI and the bundle. */

export function checkTitle(id: CheckId, lang: Lang): string {
  return preflightCheckTitles[lang][id];
}

const statusKeys = {
  pass: 'statusPass',
  fail: 'statusFail',
  warn: 'statusWarn',
  skip: 'statusSkip',
} as const satisfies Record<CheckStatus, keyof (typeof preflightUiStrings)['en']>;

export function statusLabel(status: CheckStatus, lang: Lang): string {
  return preflightUiStrings[lang][statusKeys[status]];
}

/** The reason as a sentence. A `by` param naming another check is shown as that check's title. */
export function reasonText(result: Pick<CheckResult, 'reason'>, lang: Lang): string {
  const { key, params } = result.reason;
  const by = params['by'];
  const values = isCheckId(by) ? { ...params, by: checkTitle(by, lang) } : params;
  return format(preflightReasons[lang][key], values);
}

export function countByStatus(results: readonly CheckResult[]): Record<CheckStatus, number> {
  const counts: Record<CheckStatus, number> = { pass: 0, fail: 0, warn: 0, skip: 0 };
  for (const result of results) counts[result.status] += 1;
  return counts;
}

export function summaryText(results: readonly CheckResult[], lang: Lang): string {
  return format(preflightUiStrings[lang].summary, countByStatus(results));
}

/** What can verify a step, as the guide lists it under the step: check titles, then the sign-in. */
export function stepVerifierLabels(step: StepId, lang: Lang): string[] {
  const { checks, signIn } = verifiersOf(step);
  const ui = preflightUiStrings[lang];
  // A check that proves the step only when it had the reader's value to compare says so (`provenBy`).
  const label = (id: CheckId) => (checkDefinitions[id].provenBy ? format(ui.verifiedWhenCompared, { check: checkTitle(id, lang) }) : checkTitle(id, lang));
  return [...checks.map(label), ...(signIn ? [ui.verifiedBySignIn] : [])];
}
