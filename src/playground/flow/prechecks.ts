/**
 * What the playground checks before it sends the reader to Logto, so a wrong setting is named here
 * instead of ending on Logto's 400 page or in a silent fallback. The requests are the preflight's
 * probes (src/preflight/probes.ts: discovery, token endpoint with a made-up code, an authorization
 * request without following it, end-session); this module turns their answers into diagnoses.
 */
import { classifyClient } from '../../preflight/checks/app.ts';
import { oidcErrorOf, type ProbeAnswer } from '../../tenant/http.ts';
import { createProbes } from '../../tenant/probes.ts';
import { diagnosis, type Diagnosis } from '../../diagnosis/codes.ts';
import { CLOCK_TOLERANCE_SECONDS } from '../diagnosis/diagnose-error.ts';
import type { Settings } from '../../tenant/settings.ts';
import { fetchSignInExperience, findConnector, type SignInExperienceResult } from '../../tenant/sign-in-experience.ts';
import type { HopKind, TraceRecorder } from '../trace/trace.ts';

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
  serverClockOffsetSeconds?: number | undefined;
}

type ProbeFetch = (url: string, init?: RequestInit) => Promise<Response>;

function probesFor({ settings, redirectUri, postSignOutRedirectUri }: PrecheckInput, fetchFn: ProbeFetch) {
  const { endpoint, appId, appSecret, directSignInTarget: target } = settings;
  return createProbes({ endpoint, appId, appSecret, redirectUri, postSignOutRedirectUri, target }, { fetch: fetchFn });
}

/** The safe-fetch failure kind the traced fetch saw for the last hop of a kind (probes swallow errors). */
function failureKind(recorder: TraceRecorder, kind: HopKind): string | undefined {
  return recorder.hops.findLast((hop) => hop.kind === kind && hop.outcome === 'fail')?.details['failure'];
}

export function diagnoseUnreachable(failure: string | undefined, endpoint: string): Diagnosis {
  if (failure === 'timeout') return diagnosis('endpoint_timeout', { endpoint });
  if (failure === 'blocked_address') return diagnosis('endpoint_blocked', { endpoint });
  if (failure === 'too_large') return diagnosis('endpoint_not_logto', { endpoint, detail: 'response too large' });
  return diagnosis('endpoint_unreachable', { endpoint });
}

/** The enabled connector for the direct sign-in target, or why it can't be used. */
export function diagnoseSignInExperience(
  result: SignInExperienceResult,
  target: string,
  endpoint: string,
  failure: string | undefined,
): { connectorId?: string; problem?: Diagnosis } {
  switch (result.kind) {
    case 'ok': {
      const connector = findConnector(result.experience, target);
      return connector ? { connectorId: connector.id } : { problem: diagnosis('connector_not_enabled', { target }) };
    }
    case 'unreachable':
      return { problem: diagnoseUnreachable(failure, endpoint) };
    case 'status':
    case 'not-logto':
      return { problem: diagnosis('endpoint_not_logto', { endpoint, detail: 'sign-in-exp' }) };
  }
}

/**
 * oidc-provider refuses a grant type the client may not use with `invalid_request` "requested grant
 * type is not allowed for this client" (older versions: `unauthorized_client`): a machine-to-machine app.
 */
function grantRefusal(answer: ProbeAnswer): Diagnosis | undefined {
  const error = answer.kind === 'http' ? oidcErrorOf(answer) : undefined;
  return error?.error === 'invalid_request' && /grant type/i.test(error.error_description ?? '') ? diagnosis('app_type_m2m') : undefined;
}

function oauthErrorOf(answer: ProbeAnswer | undefined): string | undefined {
  return answer ? oidcErrorOf(answer)?.error : undefined;
}

/** Checks the endpoint and the sign-in experience only: what saving the settings needs. */
export async function checkEndpoint(settings: Settings, fetchFn: ProbeFetch, recorder: TraceRecorder) {
  const result = await fetchSignInExperience(settings.endpoint, fetchFn);
  return diagnoseSignInExperience(result, settings.directSignInTarget, settings.endpoint, failureKind(recorder, 'sign-in-exp'));
}

export async function precheckSignIn(
  input: PrecheckInput,
  fetchFn: ProbeFetch,
  recorder: TraceRecorder,
): Promise<PrecheckResult> {
  const { settings } = input;
  const endpoint = settings.endpoint;
  const probes = probesFor(input, fetchFn);
  const warnings: Diagnosis[] = [];

  // Endpoint: reachable, a Logto (OIDC) tenant, the issuer the SDK will expect, a clock we agree with.
  const discovery = await probes.discovery();
  if (discovery.kind === 'network') {
    return { blocking: diagnoseUnreachable(failureKind(recorder, 'discovery'), endpoint), warnings };
  }
  if (discovery.kind !== 'ok') {
    return { blocking: diagnosis('endpoint_not_logto', { endpoint, detail: discovery.kind === 'status' ? `HTTP ${discovery.answer.status}` : discovery.problem }), warnings };
  }
  const expectedIssuer = `${endpoint}/oidc`;
  if (discovery.data.issuer !== expectedIssuer) {
    return { blocking: diagnosis('issuer_mismatch', { expected: expectedIssuer, actual: discovery.data.issuer }), warnings };
  }
  const offset = Number(recorder.hops.findLast((hop) => hop.kind === 'discovery')?.details['serverClockOffsetSeconds']);
  const serverClockOffsetSeconds = Number.isFinite(offset) ? offset : undefined;
  if (serverClockOffsetSeconds !== undefined && Math.abs(serverClockOffsetSeconds) > CLOCK_TOLERANCE_SECONDS) {
    return { blocking: diagnosis('clock_skew', { seconds: serverClockOffsetSeconds }), warnings, serverClockOffsetSeconds };
  }

  // Connector: Logto silently falls back to its own sign-in page when the target isn't enabled.
  const experience = await checkEndpoint(settings, fetchFn, recorder);
  if (experience.problem) return { blocking: experience.problem, warnings, serverClockOffsetSeconds };
  const connectorId = experience.connectorId;

  // App: known, the right secret, a Traditional web app, our redirect URI registered.
  const verdict = await classifyClient(probes);
  const verdictProblem: Record<typeof verdict.kind, Diagnosis | undefined> = {
    confidential: undefined,
    'no-authorization-code': diagnosis('app_type_m2m'),
    public: diagnosis('app_type_spa'),
    'unknown-app': diagnosis('app_id_unknown', { appId: settings.appId }),
    'wrong-secret': diagnosis('app_secret_wrong'),
    rejected: diagnosis('app_rejected'),
    'no-token-endpoint': diagnosis('endpoint_not_logto', { endpoint, detail: 'token_endpoint' }),
    // Judged below with the authorization probe (e.g. an app without redirect URIs fails both).
    unexpected: undefined,
  };
  const blocking = verdict.kind === 'unexpected' ? grantRefusal(verdict.answer) : verdictProblem[verdict.kind];
  if (blocking) return { blocking, warnings, connectorId, serverClockOffsetSeconds };

  const authorize = await probes.authorize();
  const authorizeError = oauthErrorOf(authorize);
  if (authorizeError === 'invalid_redirect_uri') {
    return { blocking: diagnosis('redirect_uri_not_registered', { uri: input.redirectUri }), warnings, connectorId, serverClockOffsetSeconds };
  }
  if (authorizeError === 'invalid_client') {
    return { blocking: diagnosis('app_id_unknown', { appId: settings.appId }), warnings, connectorId, serverClockOffsetSeconds };
  }
  if (authorizeError || verdict.kind === 'unexpected') {
    const error = authorizeError ?? oauthErrorOf(verdict.kind === 'unexpected' ? verdict.answer : undefined) ?? 'token endpoint';
    return { blocking: diagnosis('unexpected', { name: error }), warnings, connectorId, serverClockOffsetSeconds };
  }

  // Sign-out: doesn't stop sign-in, but the reader should know now rather than after signing in.
  const signOutProblem = await precheckSignOut(probes.endSession, input.postSignOutRedirectUri);
  if (signOutProblem) warnings.push(signOutProblem);
  return { warnings, connectorId, serverClockOffsetSeconds };
}

/** Is the post sign-out URI registered? Probed without following, as the browser would be sent there. */
export async function precheckSignOut(
  endSession: () => Promise<ProbeAnswer | undefined>,
  postSignOutRedirectUri: string,
): Promise<Diagnosis | undefined> {
  const answer = await endSession();
  if (!answer || answer.kind === 'network') return undefined;
  if (answer.status >= 200 && answer.status < 400) return undefined;
  const error = oauthErrorOf(answer);
  if (error === 'invalid_request') return diagnosis('post_sign_out_uri_not_registered', { uri: postSignOutRedirectUri });
  return undefined;
}

/** The end-session probe on its own, for the sign-out button. */
export async function precheckSignOutFor(input: PrecheckInput, fetchFn: ProbeFetch): Promise<Diagnosis | undefined> {
  return precheckSignOut(probesFor(input, fetchFn).endSession, input.postSignOutRedirectUri);
}
