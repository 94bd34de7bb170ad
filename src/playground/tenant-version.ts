/**
 * The tenant's Logto version family as the panel knows it: the signals of the last "Run checks"
 * (endpoint.version, stored with its result) together with the header of the last verified ID token.
 * Decided by src/tenant/version-family.ts; this only gathers what the reader's cookies hold.
 */
import type { CheckResult } from '../preflight/types.ts';
import { parseSignals, verdictOf, type VersionSignal, type VersionVerdict } from '../tenant/version-family.ts';
import type { PlaygroundResult } from './result/result.ts';

function idTokenSignal(result: PlaygroundResult | undefined): VersionSignal[] {
  const typ = result?.idToken.typ;
  if (typ === undefined) return [];
  if (typ === null) return ['ID token without typ'];
  return typ === 'JWT' ? ['ID token typ JWT'] : [];
}

export function tenantVersionOf(input: { preflight?: readonly CheckResult[] | undefined; result?: PlaygroundResult | undefined }): VersionVerdict {
  const checked = input.preflight?.find((result) => result.id === 'endpoint.version');
  return verdictOf([...parseSignals(checked?.details?.['signals']), ...idTokenSignal(input.result)]);
}
