import type { DiagnosisCode } from '../diagnosis/codes.ts';
import type { StepId } from '../guide/steps.ts';
import type { ProbeDeps, ProbeInput, Probes } from '../tenant/probes.ts';
import type { CheckId } from './check-definitions.ts';
import type { ReasonKey } from './reasons.ts';

export const checkStatuses = ['pass', 'fail', 'warn', 'skip'] as const;
export type CheckStatus = (typeof checkStatuses)[number];

export type ReasonParams = Record<string, string | number>;

/** Why a check came out as it did: one of the preflight's reasons (./reasons.ts) plus the values it mentions. */
export interface Reason {
  key: ReasonKey;
  params: ReasonParams;
}

export interface CheckResult {
  id: CheckId;
  status: CheckStatus;
  /**
   * The cause the reason names (./reasons.ts), when it names one. Stamped by the runner, once, and read
   * by everything downstream; never worked out again from the reason.
   */
  cause?: DiagnosisCode | undefined;
  /**
   * The guide step that fixes a failure (the step of its cause), or that a pass confirms. Set by the
   * runner, never by a check.
   */
  stepId: StepId;
  reason: Reason;
  /** Facts worth showing or copying (e.g. the Naver callback URL); never a secret. */
  details?: Record<string, string> | undefined;
}

/** What a check decides; the runner adds the id, the cause and the step. */
export type CheckOutcome = Omit<CheckResult, 'id' | 'cause' | 'stepId'>;

/** The reader's settings the checks look at, plus what only the checks need. */
export interface PreflightInput extends ProbeInput {
  /** When given, the client_id Logto sends to Naver must be this one. */
  expectedNaverClientId?: string | undefined;
}

export type PreflightDeps = ProbeDeps;

/** The probes the checks read, with the checks' own input. */
export type PreflightProbes = Probes<PreflightInput>;
