import type { StepId } from '../guide/steps.ts';
import type { PreflightReasonKey } from '../i18n/strings/preflight.ts';

/** The checks, in the order they run and are shown. One source of truth for their ids. */
export const checkIds = [
  'endpoint.discovery',
  'endpoint.issuer',
  'endpoint.endpoints',
  'endpoint.jwks',
  'app.credentials',
  'app.type',
  'app.redirect-uri',
  'app.post-sign-out-uri',
  'naver.connector',
  'naver.client-id',
  'naver.callback-url',
] as const;
export type CheckId = (typeof checkIds)[number];

export const checkStatuses = ['pass', 'fail', 'warn', 'skip'] as const;
export type CheckStatus = (typeof checkStatuses)[number];

export type ReasonParams = Record<string, string | number>;

/** Why a check came out as it did: a key into the preflight strings plus the values it mentions. */
export interface Reason {
  key: PreflightReasonKey;
  params: ReasonParams;
}

export interface CheckResult {
  id: CheckId;
  status: CheckStatus;
  /** The guide step that fixes a failure (or that a pass confirms). */
  stepId: StepId;
  reason: Reason;
  /** Facts worth showing or copying (e.g. the Naver callback URL); never a secret. */
  details?: Record<string, string>;
}

/** What a check reports; the runner adds the id. */
export type CheckOutcome = Omit<CheckResult, 'id'>;

/** A fetch the checks can be given: the safe outbound fetch in the site and the CLI, a fake in unit tests. */
export type PreflightFetch = (url: string, init?: RequestInit) => Promise<Response>;

/** The reader's settings the checks look at. `endpoint` is the tenant's origin, without `/oidc`. */
export interface PreflightInput {
  endpoint: string;
  appId: string;
  appSecret: string;
  /** The playground's redirect URI and post sign-out URI (src/playground/uris.ts). */
  redirectUri: string;
  postSignOutRedirectUri: string;
  /** The direct sign-in target whose connector is checked; `naver` unless told otherwise. */
  target: string;
  /** When given, the client_id Logto sends to Naver must be this one. */
  expectedNaverClientId?: string | undefined;
}

export interface PreflightDeps {
  fetch: PreflightFetch;
  /** Random values for state and PKCE; injectable so tests can pin them. */
  randomToken?: () => string;
}
