/**
 * What the playground checks before it sends the reader to Logto, so a wrong setting is named here
 * instead of ending on Logto's 400 page or in a silent fallback. It judges nothing itself: it runs the
 * preflight checks it needs (src/preflight/) and turns the ones that did not pass into diagnoses from
 * the cause the preflight stamped on each result.
 */
import type { Diagnosis } from '../../diagnosis/codes.ts';
import type { CheckId } from '../../preflight/check-definitions.ts';
import { diagnosisOfCheck } from '../../preflight/diagnosis-of-check.ts';
import { runPreflight } from '../../preflight/run-preflight.ts';
import type { CheckResult } from '../../preflight/types.ts';
import type { TenantFetch } from '../../tenant/http.ts';
import type { Settings } from '../../tenant/settings.ts';

export interface PrecheckInput {
  settings: Settings;
  redirectUri: string;
  postSignOutRedirectUri: string;
}

export interface PrecheckResult {
  /** The first cause that would make the sign-in fail; the reader is not sent to Logto. */
  blocking?: Diagnosis | undefined;
  /** Problems that don't stop sign-in (e.g. sign-out will fail later). */
  warnings: Diagnosis[];
  connectorId?: string | undefined;
}

/** What a sign-in needs, in the order a reader should fix it: the endpoint, the connector, then the app. */
const SIGN_IN_CHECKS = [
  'endpoint.discovery',
  'endpoint.issuer',
  'endpoint.clock',
  // Read now, the JWKS is at hand (cached) when the callback verifies the ID token.
  'endpoint.jwks',
  'naver.connector',
  'app.credentials',
  'app.type',
  'app.redirect-uri',
] as const satisfies readonly CheckId[];
/**
 * With the reader's Naver Client ID, a connector holding another one is named before Naver shows its error
 * page (which never comes back to the app): the check runs after the app's, which it needs.
 */
const NAVER_CLIENT_ID_CHECK = 'naver.client-id' satisfies CheckId;
/** Sign-out will fail later, but sign-in works: a warning, found now rather than after signing in. */
const SIGN_OUT_CHECK = 'app.post-sign-out-uri' satisfies CheckId;
/** What saving the settings needs: a Logto tenant with the target's connector (and its id, for the guide). */
const SETTINGS_CHECKS = ['naver.connector'] as const satisfies readonly CheckId[];

const fails = (result: CheckResult | undefined): result is CheckResult => result?.status === 'fail';
const warns = (result: CheckResult | undefined): result is CheckResult => result?.status === 'warn';

async function run({ settings, redirectUri, postSignOutRedirectUri }: PrecheckInput, fetch: TenantFetch, only: readonly CheckId[]) {
  const { endpoint, appId, appSecret, directSignInTarget: target, naverClientId: expectedNaverClientId } = settings;
  const input = { endpoint, appId, appSecret, redirectUri, postSignOutRedirectUri, target, expectedNaverClientId };
  const results = await runPreflight(input, { fetch }, { only });
  const byId = new Map(results.map((result) => [result.id, result]));
  return {
    /**
     * The first check in `order` that failed, as a diagnosis. One whose finding names a cause comes before
     * one that only saw an unexpected answer: an app without redirect URIs puzzles the token probe, but the
     * authorization probe says exactly what is wrong.
     */
    firstProblem: (order: readonly CheckId[]) => {
      const failed = order.map((id) => byId.get(id)).filter(fails);
      const found = failed.find((result) => result.cause) ?? failed[0];
      return found && diagnosisOfCheck(found, endpoint);
    },
    /** The first check in `order` that failed with a cause its finding names, as a diagnosis. */
    namedProblem: (order: readonly CheckId[]) => {
      const found = order.map((id) => byId.get(id)).find((result) => fails(result) && result.cause);
      return found && diagnosisOfCheck(found, endpoint);
    },
    /** Every check in `order` that warned: things that don't stop a sign-in, said before it. */
    warnings: (order: readonly CheckId[]) => order.map((id) => byId.get(id)).filter(warns).map((found) => diagnosisOfCheck(found, endpoint)),
    connectorId: byId.get('naver.connector')?.details?.['connectorId'],
  };
}

/** Everything a sign-in needs; the probes run concurrently and each request is sent once. */
export async function precheckSignIn(input: PrecheckInput, fetch: TenantFetch): Promise<PrecheckResult> {
  const clientIdCheck: CheckId[] = input.settings.naverClientId ? [NAVER_CLIENT_ID_CHECK] : [];
  const checked = await run(input, fetch, [...SIGN_IN_CHECKS, ...clientIdCheck, SIGN_OUT_CHECK]);
  // Only a Client ID that differs stops the sign-in there; an authorize URL the probe could not get
  // (its own interaction failing) is left to the sign-in itself.
  const blocking = checked.firstProblem(SIGN_IN_CHECKS) ?? checked.namedProblem(clientIdCheck);
  if (blocking) return { blocking, warnings: [], connectorId: checked.connectorId };
  const signOut = checked.firstProblem([SIGN_OUT_CHECK]);
  return { warnings: [...checked.warnings(SIGN_IN_CHECKS), ...(signOut ? [signOut] : [])], connectorId: checked.connectorId };
}

/** The endpoint and the connector only: what saving the settings checks. */
export async function precheckSettings(input: PrecheckInput, fetch: TenantFetch) {
  const checked = await run(input, fetch, SETTINGS_CHECKS);
  const problem = checked.firstProblem(['endpoint.discovery', ...SETTINGS_CHECKS]);
  return { problems: problem ? [problem] : checked.warnings(SETTINGS_CHECKS), connectorId: checked.connectorId };
}

/** Is the post sign-out URI registered? For the sign-out button, before the reader is sent to Logto. */
export async function precheckSignOut(input: PrecheckInput, fetch: TenantFetch): Promise<Diagnosis | undefined> {
  return (await run(input, fetch, [SIGN_OUT_CHECK])).firstProblem([SIGN_OUT_CHECK]);
}
