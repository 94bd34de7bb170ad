import { oidcErrorOf, type ProbeAnswer } from '../../tenant/http.ts';
import { blocked, outcome, unexpected } from '../outcome.ts';
import type { CheckOutcome, PreflightProbes } from '../types.ts';

/**
 * App checks. They read how the tenant answers requests no real sign-in would make:
 * a token request with a made-up code (once with the secret, once without), an authorization request
 * with the playground's redirect URI, and an end-session request with its post sign-out URI.
 */

/** What the token and authorization answers together say about the App ID and secret. */
export type ClientVerdict =
  /** The secret authenticates the app and it may use the authorization code grant. */
  | { kind: 'confidential' }
  /** The secret authenticates the app, but it may not use the authorization code grant (an M2M app). */
  | { kind: 'no-authorization-code' }
  /** The app refuses the secret but accepts no authentication at all: a public (SPA or native) app. */
  | { kind: 'public' }
  | { kind: 'unknown-app' }
  | { kind: 'wrong-secret' }
  /** invalid_client both ways, and the authorization endpoint did not tell whether the app exists. */
  | { kind: 'rejected' }
  | { kind: 'no-token-endpoint' }
  | { kind: 'unexpected'; answer: ProbeAnswer };

const errorOf = (answer: ProbeAnswer) => oidcErrorOf(answer)?.error;
const isRedirect = (answer: ProbeAnswer) => answer.kind === 'http' && answer.status >= 300 && answer.status < 400;

/**
 * The client authenticated but may not use the authorization code grant. oidc-provider (and so Logto 1.37,
 * recorded in the reference notes) says `invalid_request` "requested grant type is not allowed for this
 * client"; older versions and other servers say `unauthorized_client` or `unsupported_grant_type`.
 */
function refusesAuthorizationCode(answer: ProbeAnswer): boolean {
  const error = oidcErrorOf(answer);
  if (error?.error === 'unauthorized_client' || error?.error === 'unsupported_grant_type') return true;
  return error?.error === 'invalid_request' && /grant type/i.test(error.error_description ?? '');
}

export async function classifyClient(probes: PreflightProbes): Promise<ClientVerdict> {
  const withSecret = await probes.token('client_secret_basic');
  if (!withSecret) return { kind: 'no-token-endpoint' };
  const secretError = errorOf(withSecret);
  if (secretError === 'invalid_grant') return { kind: 'confidential' };
  if (refusesAuthorizationCode(withSecret)) return { kind: 'no-authorization-code' };
  if (secretError !== 'invalid_client') return { kind: 'unexpected', answer: withSecret };

  const withoutSecret = await probes.token('none');
  const publicError = withoutSecret && errorOf(withoutSecret);
  if (publicError === 'invalid_grant') return { kind: 'public' };
  if (publicError !== 'invalid_client') return withoutSecret ? { kind: 'unexpected', answer: withoutSecret } : { kind: 'rejected' };

  // Both refused: the authorization endpoint knows whether the client exists (invalid_client if not).
  const authorize = await probes.authorize();
  if (!authorize || authorize.kind === 'network') return { kind: 'rejected' };
  const authorizeError = errorOf(authorize);
  if (authorizeError === 'invalid_client') return { kind: 'unknown-app' };
  if (isRedirect(authorize) || authorizeError === 'invalid_redirect_uri') return { kind: 'wrong-secret' };
  return { kind: 'rejected' };
}

export async function checkCredentials(probes: PreflightProbes): Promise<CheckOutcome> {
  const verdict = await classifyClient(probes);
  const appId = probes.input.appId;
  switch (verdict.kind) {
    case 'confidential':
    case 'no-authorization-code':
      return outcome('pass', 'credentialsOk', { appId });
    case 'public':
      return outcome('skip', 'credentialsPublicApp', { appId });
    case 'unknown-app':
      return outcome('fail', 'credentialsUnknownAppId', { appId });
    case 'wrong-secret':
      return outcome('fail', 'credentialsWrongSecret', { appId });
    case 'rejected':
      return outcome('fail', 'credentialsRejected', { appId });
    case 'no-token-endpoint':
      return blocked('endpoint.endpoints');
    case 'unexpected':
      return unexpected(verdict.answer);
  }
}

export async function checkAppType(probes: PreflightProbes): Promise<CheckOutcome> {
  const verdict = await classifyClient(probes);
  switch (verdict.kind) {
    case 'confidential':
      return outcome('pass', 'appTypeTraditional');
    case 'no-authorization-code':
      return outcome('fail', 'appTypeNoAuthorizationCode');
    case 'public':
      return outcome('fail', 'appTypePublic');
    case 'unknown-app':
      return blocked('app.credentials');
    case 'wrong-secret': {
      // It demands a secret (so not an SPA) and has redirect URIs (so not M2M): a Traditional web app.
      const authorize = await probes.authorize();
      return authorize && isRedirect(authorize)
        ? outcome('pass', 'appTypeConfidentialWithRedirect')
        : outcome('skip', 'appTypeUnconfirmed');
    }
    case 'rejected':
      return outcome('skip', 'appTypeUnconfirmed');
    case 'no-token-endpoint':
      return blocked('endpoint.endpoints');
    case 'unexpected':
      return unexpected(verdict.answer);
  }
}

export async function checkRedirectUri(probes: PreflightProbes): Promise<CheckOutcome> {
  const answer = await probes.authorize();
  if (!answer) return blocked('endpoint.endpoints');
  const uri = probes.input.redirectUri;
  if (isRedirect(answer)) return outcome('pass', 'redirectUriRegistered', { uri });
  const error = errorOf(answer);
  if (error === 'invalid_redirect_uri') return outcome('fail', 'redirectUriNotRegistered', { uri });
  if (error === 'invalid_client') return blocked('app.credentials');
  return unexpected(answer);
}

export async function checkPostSignOutUri(probes: PreflightProbes): Promise<CheckOutcome> {
  const answer = await probes.endSession();
  if (!answer) return blocked('endpoint.endpoints');
  const uri = probes.input.postSignOutRedirectUri;
  // Registered: oidc-provider renders its sign-out confirmation (a self-submitting form), 200; a server
  // that skips the confirmation redirects on at once. Either way it accepted the URI.
  if (answer.kind === 'http' && answer.status >= 200 && answer.status < 400) {
    return outcome('pass', 'postSignOutUriRegistered', { uri });
  }
  const error = errorOf(answer);
  if (error === 'invalid_request') return outcome('fail', 'postSignOutUriNotRegistered', { uri });
  if (error === 'invalid_client') return blocked('app.credentials');
  return unexpected(answer);
}
