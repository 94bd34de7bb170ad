/**
 * What each fault-lab scenario (src/lib/fault-lab.ts) means for a reader of the site: the diagnosis they
 * end with, what they do at Naver to get there, whether "Run checks" already sees it, and whether their
 * browser comes back to the playground at all. Keyed by the catalogue's ids: a scenario without its row
 * (or a row for no scenario) is a type error. The guide step that fixes a scenario is its diagnosis's
 * step (`scenarioStep`), never stored here, so a scenario can't link to another step than its diagnosis
 * does. The picker, the guide's "Break it on purpose" lists, the README table and the e2e tests all read
 * this one table.
 */
import { faultScenarioIds, type FaultScenarioId } from '../../lib/fault-lab.ts';
import { stepOf, type DiagnosisCode } from '../../diagnosis/codes.ts';
import type { StepId } from '../../guide/steps.ts';

/**
 * What the reader does on the Naver mock's pages:
 * - `agree`: press 동의하기 (agree) on the consent screen;
 * - `cancel`: press 취소 (cancel) there;
 * - `untick-email`: untick 이메일 주소 (email address), then press 동의하기;
 * - `pick-non-member`: sign in as the test user who is not a member of the Naver app;
 * - `none`: nothing: the playground stops before Naver, or Naver shows its error page at once.
 */
export const naverActions = ['agree', 'cancel', 'untick-email', 'pick-non-member', 'none'] as const;
export type NaverAction = (typeof naverActions)[number];

export interface ScenarioMeaning {
  /** The cause the reader ends with; `null` for the one scenario that must sign in (`jwks-rotated`). */
  diagnosis: DiagnosisCode | null;
  naverAction: NaverAction;
  /** "Run checks" names the diagnosis without signing in (the preflight has a check that sees it). */
  preflight: boolean;
  /**
   * The reader's browser comes back to the playground's callback. `false`: the failure happens on
   * Logto's or Naver's pages, which never tell the app; the reader returns to the panel with a sign-in
   * still pending, and the panel says what they saw there (./strings.ts, `saw.<id>`).
   */
  comesBack: boolean;
}

export const scenarioMeanings = {
  'wrong-app-secret': { diagnosis: 'app_secret_wrong', naverAction: 'none', preflight: true, comesBack: true },
  'spa-app': { diagnosis: 'app_type_spa', naverAction: 'none', preflight: true, comesBack: true },
  // A native app has no secret either, and answers the token endpoint exactly like a single-page app.
  'native-app': { diagnosis: 'app_type_spa', naverAction: 'none', preflight: true, comesBack: true },
  'm2m-app': { diagnosis: 'app_type_m2m', naverAction: 'none', preflight: true, comesBack: true },
  'redirect-uri-not-registered': { diagnosis: 'redirect_uri_not_registered', naverAction: 'none', preflight: true, comesBack: true },
  // Only signing out fails: the sign-in goes on to Naver, with the cause named as a warning.
  'post-sign-out-uri-not-registered': { diagnosis: 'post_sign_out_uri_not_registered', naverAction: 'agree', preflight: true, comesBack: true },
  'connector-not-in-sign-in-experience': { diagnosis: 'connector_not_enabled', naverAction: 'none', preflight: true, comesBack: true },
  'no-naver-connector': { diagnosis: 'connector_not_enabled', naverAction: 'none', preflight: true, comesBack: true },
  // Logto's side is right; only Naver knows its apps and their Callback URLs, and the preflight doesn't ask it.
  'wrong-naver-client-id': { diagnosis: 'naver_client_id_wrong', naverAction: 'none', preflight: false, comesBack: false },
  'wrong-naver-client-secret': { diagnosis: 'naver_client_secret_wrong', naverAction: 'agree', preflight: false, comesBack: false },
  'wrong-naver-client-secret-401': { diagnosis: 'naver_client_secret_wrong', naverAction: 'agree', preflight: false, comesBack: false },
  'naver-callback-url-mismatch': { diagnosis: 'naver_callback_mismatch', naverAction: 'none', preflight: false, comesBack: false },
  'naver-app-in-development': { diagnosis: 'naver_not_tester', naverAction: 'pick-non-member', preflight: false, comesBack: false },
  'naver-email-declined': { diagnosis: 'naver_email_missing', naverAction: 'untick-email', preflight: false, comesBack: true },
  'naver-token-endpoint-down': { diagnosis: 'naver_unavailable', naverAction: 'agree', preflight: false, comesBack: false },
  'naver-profile-api-down': { diagnosis: 'naver_unavailable', naverAction: 'agree', preflight: false, comesBack: false },
  // The preflight warns about the mode, but only a new user's sign-in shows the refusal.
  'sign-in-only-new-user': { diagnosis: 'sign_in_only', naverAction: 'agree', preflight: true, comesBack: false },
  // Logto's own "Access denied" page on a first sign-in; the preflight can't see an app's rules without a sign-in.
  'app-access-denied': { diagnosis: 'access_control_denied', naverAction: 'agree', preflight: false, comesBack: false },
  'id-token-unknown-key': { diagnosis: 'id_token_signature', naverAction: 'agree', preflight: false, comesBack: true },
  'id-token-wrong-issuer': { diagnosis: 'id_token_issuer', naverAction: 'agree', preflight: false, comesBack: true },
  'id-token-wrong-audience': { diagnosis: 'id_token_audience', naverAction: 'agree', preflight: false, comesBack: true },
  'id-token-expired': { diagnosis: 'id_token_expired', naverAction: 'agree', preflight: false, comesBack: true },
  'tenant-clock-ahead': { diagnosis: 'clock_skew', naverAction: 'agree', preflight: false, comesBack: true },
  // `alg: HS256` is not an algorithm the tenant's JWKS allows: the signature can't be from the tenant.
  'id-token-hs256': { diagnosis: 'id_token_signature', naverAction: 'agree', preflight: false, comesBack: true },
  // A token endpoint that is down is down for the preflight's probe too: the playground stops before Naver.
  'token-endpoint-503': { diagnosis: 'tenant_unavailable', naverAction: 'none', preflight: true, comesBack: true },
  'cancel-at-naver': { diagnosis: 'naver_cancelled', naverAction: 'cancel', preflight: false, comesBack: false },
  'jwks-rotated': { diagnosis: null, naverAction: 'agree', preflight: false, comesBack: true },
} as const satisfies Record<FaultScenarioId, ScenarioMeaning>;

/** The scenarios whose reader never comes back to the playground's callback. */
export type NeverComesBackScenarioId = {
  [K in FaultScenarioId]: (typeof scenarioMeanings)[K]['comesBack'] extends false ? K : never;
}[FaultScenarioId];

export function neverComesBack(id: FaultScenarioId): id is NeverComesBackScenarioId {
  return !scenarioMeanings[id].comesBack;
}

export const neverComesBackScenarioIds: NeverComesBackScenarioId[] = faultScenarioIds.filter(neverComesBack);

/** The guide step that fixes the scenario: its diagnosis's step (none for the one that must succeed). */
export function scenarioStep(id: FaultScenarioId): StepId | undefined {
  const code = scenarioMeanings[id].diagnosis;
  return code === null ? undefined : stepOf(code);
}

/** The scenarios a guide step's "Break it on purpose" list shows, in catalogue order. */
export function scenariosOfStep(step: StepId): FaultScenarioId[] {
  return faultScenarioIds.filter((id) => scenarioStep(id) === step);
}

/** The scenarios that fail (every one but `jwks-rotated`), in catalogue order. */
export function failingScenarioIds(): FaultScenarioId[] {
  return faultScenarioIds.filter((id) => scenarioMeanings[id].diagnosis !== null);
}
