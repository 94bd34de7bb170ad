/**
 * Every cause the playground can name, and the guide step that fixes it. One source of truth: the
 * strings (./strings.ts) are keyed by these codes, and the type checker refuses a code without a text
 * in each language.
 */
import type { StepId } from '../guide/steps.ts';

export const diagnosisSteps = {
  // Endpoint
  endpoint_unreachable: 'prerequisites',
  endpoint_timeout: 'prerequisites',
  endpoint_blocked: 'prerequisites',
  endpoint_not_logto: 'prerequisites',
  issuer_mismatch: 'integrate-sdk',
  clock_skew: 'prerequisites',
  // App
  app_id_unknown: 'integrate-sdk',
  app_secret_wrong: 'integrate-sdk',
  app_rejected: 'integrate-sdk',
  app_type_spa: 'create-logto-app',
  app_type_m2m: 'create-logto-app',
  redirect_uri_not_registered: 'integrate-sdk',
  post_sign_out_uri_not_registered: 'integrate-sdk',
  // Connector
  // The public sign-in experience shows no difference between a connector never added and one not in the
  // sign-in experience: the fix starts where both do.
  connector_not_enabled: 'add-naver-connector',
  naver_identity_missing: 'enable-in-sign-in-experience',
  // The connector's Naver credentials (Naver refuses them; the reader sees Naver's or Logto's error page)
  naver_client_id_wrong: 'configure-connector',
  naver_client_secret_wrong: 'configure-connector',
  // The connector's Client ID is not the one the reader's Naver app has (seen before sign-in: the preflight
  // compared the client_id Logto sends to Naver with the Client ID the reader gave)
  naver_client_id_mismatch: 'configure-connector',
  // The Naver app at Naver Developers
  naver_callback_mismatch: 'register-naver-app',
  naver_not_tester: 'register-naver-app',
  naver_email_missing: 'register-naver-app',
  // Sign-in & account: who may sign in
  sign_in_only: 'enable-in-sign-in-experience',
  // The app's own rules (Logto 1.41+: Applications › the app › Rules › Access control): who may use it
  access_control_denied: 'create-logto-app',
  // Naver (the reader never came back: cancelled or refused at Naver)
  sign_in_not_completed: 'register-naver-app',
  authorization_error: 'test-and-verify',
  naver_cancelled: 'test-and-verify',
  // Outages: nothing in the reader's settings to fix
  naver_unavailable: 'test-and-verify',
  tenant_unavailable: 'test-and-verify',
  // Browser session
  session_lost: 'test-and-verify',
  state_mismatch: 'test-and-verify',
  // ID token
  id_token_issuer: 'integrate-sdk',
  id_token_audience: 'integrate-sdk',
  id_token_expired: 'test-and-verify',
  id_token_signature: 'integrate-sdk',
  id_token_invalid: 'integrate-sdk',
  // Token and userinfo calls
  token_exchange_failed: 'integrate-sdk',
  // A refresh token whose grant is gone (Logto 1.42: signing out or revoking the access token revokes it)
  refresh_token_dead: 'integrate-sdk',
  userinfo_failed: 'integrate-sdk',
  // The site itself
  server_misconfigured: 'prerequisites',
  unexpected: 'test-and-verify',
} as const satisfies Record<string, StepId>;

export type DiagnosisCode = keyof typeof diagnosisSteps;
export const diagnosisCodes = Object.keys(diagnosisSteps) as [DiagnosisCode, ...DiagnosisCode[]];

export function isDiagnosisCode(value: unknown): value is DiagnosisCode {
  return typeof value === 'string' && Object.hasOwn(diagnosisSteps, value);
}

/** A cause, with the values its text mentions (never a secret). */
export interface Diagnosis {
  code: DiagnosisCode;
  params: Record<string, string>;
}

export function diagnosis(code: DiagnosisCode, params: Record<string, string | number | undefined> = {}): Diagnosis {
  const clean: Record<string, string> = {};
  for (const [key, value] of Object.entries(params)) if (value !== undefined) clean[key] = String(value);
  return { code, params: clean };
}

export function stepOf(code: DiagnosisCode): StepId {
  return diagnosisSteps[code];
}
