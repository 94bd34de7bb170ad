import type { StepId } from '../guide/steps.ts';
import type { PreflightReasonKey } from '../i18n/strings/preflight.ts';
import type { ProbeDeps, ProbeInput, Probes } from '../tenant/probes.ts';

/** The checks, in the order they run and are shown. One source of truth for their ids. */
export const checkIds = [
  'endpoint.discovery',
  'endpoint.issuer',
  'endpoint.clock',
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
  /**
   * The guide step that fixes a failure (the step of the cause its reason names, src/diagnosis/
   * from-checks.ts), or that a pass confirms. Set by the runner, never by a check.
   */
  stepId: StepId;
  reason: Reason;
  /** Facts worth showing or copying (e.g. the Naver callback URL); never a secret. */
  details?: Record<string, string> | undefined;
}

/** What a check decides; the runner adds the id and the step. */
export type CheckOutcome = Omit<CheckResult, 'id' | 'stepId'>;

/** The reader's settings the checks look at, plus what only the checks need. */
export interface PreflightInput extends ProbeInput {
  /** When given, the client_id Logto sends to Naver must be this one. */
  expectedNaverClientId?: string | undefined;
}

export type PreflightDeps = ProbeDeps;

/** The probes the checks read, with the checks' own input. */
export type PreflightProbes = Probes<PreflightInput>;
