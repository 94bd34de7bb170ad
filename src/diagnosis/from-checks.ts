/**
 * The one table from what a preflight check found to the cause the site names for it. The cause decides
 * the guide step that fixes it (./codes.ts), so a check result, the playground's pre-sign-in diagnosis
 * and the step link can never disagree: the runner stamps each result's step from here, and the
 * playground turns failing results into diagnoses with `diagnosisOfCheck`.
 *
 * Reasons not listed name no cause of their own (a pass, a skip, or an answer nothing expected): their
 * results point at their check's own step, and a sign-in blocked by one shows `unexpected`.
 */
import type { PreflightReasonKey } from '../i18n/strings/preflight.ts';
import { diagnosis, type Diagnosis, type DiagnosisCode } from './codes.ts';

export const reasonCauses = {
  // The endpoint
  discoveryUnreachable: 'endpoint_unreachable',
  discoveryTimedOut: 'endpoint_timeout',
  discoveryBlockedAddress: 'endpoint_blocked',
  discoveryHttpStatus: 'endpoint_not_logto',
  discoveryNotOidc: 'endpoint_not_logto',
  unreachable: 'endpoint_unreachable',
  timedOut: 'endpoint_timeout',
  blockedAddress: 'endpoint_blocked',
  tooLarge: 'endpoint_not_logto',
  tenantUnavailable: 'tenant_unavailable',
  issuerMismatch: 'issuer_mismatch',
  clockSkewed: 'clock_skew',
  // No key an SDK can verify the tenant's ID tokens with.
  jwksNoSupportedKey: 'id_token_signature',
  jwksNoKeyForSigningAlg: 'id_token_signature',
  // The app
  credentialsUnknownAppId: 'app_id_unknown',
  credentialsWrongSecret: 'app_secret_wrong',
  credentialsRejected: 'app_rejected',
  credentialsPublicApp: 'app_type_spa',
  appTypeNoAuthorizationCode: 'app_type_m2m',
  appTypePublic: 'app_type_spa',
  redirectUriNotRegistered: 'redirect_uri_not_registered',
  postSignOutUriNotRegistered: 'post_sign_out_uri_not_registered',
  // The connector
  naverConnectorNotEnabled: 'connector_not_enabled',
  naverSignInOnly: 'sign_in_only',
} as const satisfies Partial<Record<PreflightReasonKey, DiagnosisCode>>;

export function causeOfReason(key: PreflightReasonKey): DiagnosisCode | undefined {
  return Object.hasOwn(reasonCauses, key) ? reasonCauses[key as keyof typeof reasonCauses] : undefined;
}

/** The part of a check result a diagnosis is made from (structural, so this module needs no preflight types). */
interface FoundReason {
  reason: { key: PreflightReasonKey; params: Record<string, string | number> };
}

/**
 * The diagnosis for a check that did not pass: its cause with the values its text names (the endpoint the
 * reader typed, and what the tenant answered), or `unexpected` naming what came back.
 */
export function diagnosisOfCheck(result: FoundReason, endpoint: string): Diagnosis {
  const { key, params } = result.reason;
  const cause = causeOfReason(key);
  const detail = params['problem'] ?? (params['status'] === undefined ? params['error'] : `HTTP ${params['status']}`);
  if (!cause) return diagnosis('unexpected', { name: String(params['problem'] ?? params['error'] ?? key) });
  // The endpoint causes name what the reader typed and what came back instead of a URL deep inside it.
  if (cause.startsWith('endpoint_')) return diagnosis(cause, { endpoint, ...(detail === undefined ? {} : { detail }) });
  return diagnosis(cause, params);
}
