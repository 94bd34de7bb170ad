/**
 * Every reason a preflight check can give for its result, and the cause (src/diagnosis/codes.ts) the
 * reason names: the preflight's own vocabulary, and the one table from what a check found to a cause.
 * The runner stamps each result with its reason's cause and that cause's step (run-preflight.ts), and
 * everything downstream (the checklist, the playground's pre-checks, the CLI) reads the stamp. The
 * reasons' texts (./strings.ts) are keyed by these keys, so a reason without its words is a type error.
 *
 * `null`: the reason names no cause of its own (a pass, a skip, or an answer nothing expected). Its
 * result points at its check's own step, and a sign-in blocked by one shows `unexpected`.
 */
import type { DiagnosisCode } from '../diagnosis/codes.ts';

export const reasonCauses = {
  // Any check
  blocked: null,
  unexpectedResponse: null,
  internalError: null,
  // A request that got no answer (./outcome.ts `noAnswer`)
  unreachable: 'endpoint_unreachable',
  timedOut: 'endpoint_timeout',
  blockedAddress: 'endpoint_blocked',
  tooLarge: 'endpoint_not_logto',
  // Any answer of 5xx: the tenant is failing
  tenantUnavailable: 'tenant_unavailable',
  // endpoint.discovery
  discoveryOk: null,
  discoveryUnreachable: 'endpoint_unreachable',
  discoveryTimedOut: 'endpoint_timeout',
  discoveryBlockedAddress: 'endpoint_blocked',
  discoveryHttpStatus: 'endpoint_not_logto',
  discoveryNotOidc: 'endpoint_not_logto',
  // endpoint.issuer
  issuerMatches: null,
  issuerMismatch: 'issuer_mismatch',
  // endpoint.clock
  clockOk: null,
  clockSkewed: 'clock_skew',
  clockUnknown: null,
  // endpoint.endpoints
  endpointsPresent: null,
  endpointsMissing: null,
  endpointsNoPkceS256: null,
  // endpoint.jwks: no key an SDK can verify the tenant's ID tokens with
  jwksOk: null,
  jwksNoSupportedKey: 'id_token_signature',
  jwksNoKeyForSigningAlg: 'id_token_signature',
  // endpoint.version: the family, whatever it is (never a failure)
  versionRecent: null,
  versionOlder: null,
  versionUnknown: null,
  // app.credentials
  credentialsOk: null,
  credentialsPublicApp: 'app_type_spa',
  credentialsUnknownAppId: 'app_id_unknown',
  credentialsWrongSecret: 'app_secret_wrong',
  credentialsRejected: 'app_rejected',
  // app.type
  appTypeTraditional: null,
  appTypeNoAuthorizationCode: 'app_type_m2m',
  appTypePublic: 'app_type_spa',
  appTypeConfidentialWithRedirect: null,
  appTypeUnconfirmed: null,
  // app.redirect-uri, app.post-sign-out-uri
  redirectUriRegistered: null,
  redirectUriNotRegistered: 'redirect_uri_not_registered',
  postSignOutUriRegistered: null,
  postSignOutUriNotRegistered: 'post_sign_out_uri_not_registered',
  // naver.connector
  naverConnectorEnabled: null,
  naverConnectorNotEnabled: 'connector_not_enabled',
  naverSignInOnly: 'sign_in_only',
  // naver.client-id, naver.callback-url
  naverInteractionFailed: null,
  naverClientIdOk: null,
  naverClientIdNotCompared: null,
  naverClientIdMismatch: 'naver_client_id_mismatch',
  naverClientIdMissing: null,
  naverCallbackUrlOk: null,
  naverCallbackUrlUnexpected: null,
  naverCallbackUrlMissing: null,
  // naver.account-callback
  naverAccountCallbackOneUri: null,
  naverAccountCallbackListed: null,
  naverAccountCallbackReminder: null,
  naverAccountCallbackReminderIfListed: null,
} as const satisfies Record<string, DiagnosisCode | null>;

export type ReasonKey = keyof typeof reasonCauses;

/** Every reason key, for schemas that read stored results back. */
export const reasonKeys = Object.keys(reasonCauses) as [ReasonKey, ...ReasonKey[]];

/** The reasons that name a cause. */
export type CausingReasonKey = { [K in ReasonKey]: (typeof reasonCauses)[K] extends null ? never : K }[ReasonKey];

export function causeOfReason(key: ReasonKey): DiagnosisCode | undefined {
  return reasonCauses[key] ?? undefined;
}
