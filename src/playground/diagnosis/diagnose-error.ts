/**
 * Maps whatever a flow step threw (@logto/node's errors, jose's, the safe fetch's, plain network
 * errors) to a cause. Pure: it reads names, codes and a few fields, never the error's message, which
 * can carry a server's words we don't control.
 */
import { diagnosis, type Diagnosis } from '../../diagnosis/codes.ts';
import { causeOfNoAnswer } from '../../preflight/outcome.ts';
import { CLOCK_TOLERANCE_SECONDS } from '../../tenant/clock.ts';
import { noAnswerKind } from '../../tenant/http.ts';
import type { HopKind } from '../trace/trace.ts';

export interface ErrorContext {
  /** The hop that failed, when the trace knows it (a discovery 404 means "not Logto", a token 401 a bad secret). */
  failedHop?: HopKind | undefined;
  /** The HTTP status of that hop, when it answered. */
  failedStatus?: number | undefined;
  /** What the tenant's `Date` header said, relative to our clock. */
  serverClockOffsetSeconds?: number | undefined;
  /** The OAuth `error` of the failed response, when the trace saw one. */
  oauthError?: string | undefined;
  /** The `grant_type` the failed token request sent (`refresh_token` for a refresh). */
  failedGrantType?: string | undefined;
  endpoint?: string | undefined;
}

interface ErrorLike {
  name?: unknown;
  code?: unknown;
  kind?: unknown;
  claim?: unknown;
  data?: unknown;
  cause?: unknown;
}

function fieldOf(value: unknown, key: keyof ErrorLike): unknown {
  return value && typeof value === 'object' ? (value as ErrorLike)[key] : undefined;
}

function str(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

function skewed(context: ErrorContext): boolean {
  return Math.abs(context.serverClockOffsetSeconds ?? 0) > CLOCK_TOLERANCE_SECONDS;
}

/** A request that got no answer, judged as the preflight judges one (one table: src/preflight/reasons.ts). */
function fromSafeFetch(error: unknown, context: ErrorContext): Diagnosis {
  return diagnosis(causeOfNoAnswer(noAnswerKind(error)), { endpoint: context.endpoint ?? '' });
}

/** An OAuth error code from the tenant, read in the light of which call failed. */
export function diagnoseOAuthError(error: string, context: ErrorContext, description?: string): Diagnosis {
  const hop = context.failedHop;
  if (hop === 'discovery' || hop === 'jwks') return diagnosis('endpoint_not_logto', { endpoint: context.endpoint, detail: error });
  if (error === 'invalid_client') return diagnosis('app_secret_wrong');
  if (error === 'unauthorized_client' || error === 'unsupported_grant_type') return diagnosis('app_type_m2m');
  if (error === 'invalid_redirect_uri') return diagnosis('redirect_uri_not_registered');
  // App-level access control (Logto 1.41+) refusing the user: at the redirect URI or on a refresh.
  if (error === 'access_denied') return diagnosis('access_control_denied');
  if (error === 'invalid_grant' && context.failedGrantType === 'refresh_token') return diagnosis('refresh_token_dead');
  if (hop === 'userinfo' || error === 'invalid_token') return diagnosis('userinfo_failed', { error });
  if (hop === 'token-exchange' || error === 'invalid_grant') return diagnosis('token_exchange_failed', { error });
  return diagnosis('authorization_error', { error, description });
}

function fromJose(code: string, error: unknown, context: ErrorContext): Diagnosis | undefined {
  switch (code) {
    case 'ERR_JWT_CLAIM_VALIDATION_FAILED': {
      const claim = str(fieldOf(error, 'claim'));
      if (claim === 'iss') return diagnosis('id_token_issuer');
      if (claim === 'aud') return diagnosis('id_token_audience');
      if (claim === 'iat' || claim === 'nbf') return diagnosis('clock_skew', { seconds: context.serverClockOffsetSeconds });
      return diagnosis('id_token_invalid', { claim });
    }
    case 'ERR_JWT_EXPIRED':
      // Expired by our clock: if the tenant's clock disagrees with ours, the clock is the cause.
      return skewed(context)
        ? diagnosis('clock_skew', { seconds: context.serverClockOffsetSeconds })
        : diagnosis('id_token_expired');
    case 'ERR_JWS_SIGNATURE_VERIFICATION_FAILED':
    case 'ERR_JWKS_NO_MATCHING_KEY':
    case 'ERR_JWKS_MULTIPLE_MATCHING_KEYS':
    case 'ERR_JOSE_ALG_NOT_ALLOWED':
    // An algorithm no key of the tenant's JWKS is for (`none`, or HS256 "signed" with the app secret): the
    // token can't have been signed by the tenant.
    case 'ERR_JOSE_NOT_SUPPORTED':
      return diagnosis('id_token_signature', { reason: code });
    case 'ERR_JWKS_TIMEOUT':
      return diagnosis('endpoint_timeout', { endpoint: context.endpoint });
    case 'ERR_JWKS_INVALID':
      return diagnosis('endpoint_not_logto', { endpoint: context.endpoint, detail: 'JWKS' });
    case 'ERR_JWT_INVALID':
    case 'ERR_JWS_INVALID':
      return diagnosis('id_token_invalid', { reason: code });
    default:
      return undefined;
  }
}

function fromLogtoError(code: string, error: unknown, context: ErrorContext): Diagnosis {
  switch (code) {
    case 'callback_uri_verification.state_mismatched':
    case 'callback_uri_verification.missing_state':
      return diagnosis('state_mismatch');
    case 'callback_uri_verification.redirect_uri_mismatched':
      return diagnosis('session_lost');
    case 'callback_uri_verification.error_found': {
      const data = fieldOf(error, 'data') as { error?: unknown; errorDescription?: unknown } | undefined;
      // The callback's `error` is the tenant's own word for what happened, read like any OAuth error.
      if (str(data?.error) === 'access_denied') return diagnoseOAuthError('access_denied', context);
      return diagnosis('authorization_error', { error: str(data?.error) ?? '', description: str(data?.errorDescription) });
    }
    case 'callback_uri_verification.missing_code':
      return diagnosis('authorization_error', { error: 'missing_code' });
    case 'id_token.invalid_iat':
      return diagnosis('clock_skew', { seconds: context.serverClockOffsetSeconds });
    case 'id_token.invalid_token':
      return diagnosis('id_token_invalid');
    case 'unexpected_response_error': {
      const oauth = str(fieldOf(fieldOf(error, 'data'), 'error' as keyof ErrorLike)) ?? context.oauthError;
      if (oauth) return diagnoseOAuthError(oauth, context);
      return context.failedHop === 'discovery'
        ? diagnosis('endpoint_not_logto', { endpoint: context.endpoint })
        : diagnosis('unexpected', { name: code });
    }
    default:
      return diagnosis('unexpected', { name: code });
  }
}

function fromLogtoRequestError(code: string, context: ErrorContext): Diagnosis {
  // Logto wraps oidc-provider errors as `oidc.<error>`; bodies that weren't JSON become `http_error_<status>`.
  if (code.startsWith('oidc.')) return diagnoseOAuthError(code.slice('oidc.'.length), context);
  if (context.oauthError) return diagnoseOAuthError(context.oauthError, context);
  if (context.failedHop === 'discovery' || /^http_error_/.test(code)) {
    if (context.failedHop === 'userinfo') return diagnosis('userinfo_failed', { error: code });
    if (context.failedHop === 'token-exchange') return diagnosis('token_exchange_failed', { error: code });
    return diagnosis('endpoint_not_logto', { endpoint: context.endpoint, detail: code });
  }
  return diagnosis('unexpected', { name: code });
}

/** The tenant's own endpoints: a 5xx from one of them is the tenant failing, not a setting. */
const tenantHops: readonly (HopKind | undefined)[] = ['discovery', 'jwks', 'token-exchange', 'userinfo', 'revocation'];

export function diagnoseError(error: unknown, context: ErrorContext = {}): Diagnosis {
  const name = str(fieldOf(error, 'name'));
  const code = str(fieldOf(error, 'code'));
  if ((context.failedStatus ?? 0) >= 500 && tenantHops.includes(context.failedHop)) {
    return diagnosis('tenant_unavailable', { status: context.failedStatus, hop: context.failedHop });
  }

  if (name === 'SafeFetchError') return fromSafeFetch(error, context);
  if (name === 'ConfigurationError') return diagnosis('server_misconfigured');
  if (name === 'LogtoClientError') {
    if (code === 'fetch_user_info_failed') return diagnosis('userinfo_failed', { error: code });
    return diagnosis('session_lost');
  }
  if (name === 'LogtoRequestError' && code) return fromLogtoRequestError(code, context);
  if (name === 'LogtoError' && code) return fromLogtoError(code, error, context);
  if (code?.startsWith('ERR_J')) {
    const mapped = fromJose(code, error, context);
    if (mapped) return mapped;
  }
  // undici wraps connection failures as `TypeError: fetch failed` with the real reason as `cause`.
  const cause = fieldOf(error, 'cause');
  if (str(fieldOf(cause, 'name')) === 'SafeFetchError') return diagnoseError(cause, context);
  if (name === 'TypeError' && cause) return diagnosis('endpoint_unreachable', { endpoint: context.endpoint });
  return diagnosis('unexpected', { name: name ?? 'Error' });
}
