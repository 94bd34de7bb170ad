import { oidcErrorOf, type ProbeAnswer } from '../../tenant/http.ts';
import { blocked, outcome, unexpected } from '../outcome.ts';
import type { Probes } from '../../tenant/probes.ts';
import type { CheckOutcome } from '../types.ts';

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

export async function classifyClient(probes: Probes): Promise<ClientVerdict> {
  const withSecret = await probes.token('client_secret_basic');
  if (!withSecret) return { kind: 'no-token-endpoint' };
  const secretError = errorOf(withSecret);
  if (secretError === 'invalid_grant') return { kind: 'confidential' };
  if (secretError === 'unauthorized_client' || secretError === 'unsupported_grant_type') {
    return { kind: 'no-authorization-code' };
  }
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

export async function checkCredentials(probes: Probes): Promise<CheckOutcome> {
  const verdict = await classifyClient(probes);
  const appId = probes.input.appId;
  switch (verdict.kind) {
    case 'confidential':
    case 'no-authorization-code':
      return outcome('pass', 'integrate-sdk', 'credentialsOk', { appId });
    case 'public':
      return outcome('skip', 'create-logto-app', 'credentialsPublicApp', { appId });
    case 'unknown-app':
      return outcome('fail', 'integrate-sdk', 'credentialsUnknownAppId', { appId });
    case 'wrong-secret':
      return outcome('fail', 'integrate-sdk', 'credentialsWrongSecret', { appId });
    case 'rejected':
      return outcome('fail', 'integrate-sdk', 'credentialsRejected', { appId });
    case 'no-token-endpoint':
      return blocked('integrate-sdk', 'endpoint.endpoints');
    case 'unexpected':
      return unexpected('integrate-sdk', verdict.answer);
  }
}

export async function checkAppType(probes: Probes): Promise<CheckOutcome> {
  const verdict = await classifyClient(probes);
  switch (verdict.kind) {
    case 'confidential':
      return outcome('pass', 'create-logto-app', 'appTypeTraditional');
    case 'no-authorization-code':
      return outcome('fail', 'create-logto-app', 'appTypeNoAuthorizationCode');
    case 'public':
      return outcome('fail', 'create-logto-app', 'appTypePublic');
    case 'unknown-app':
      return blocked('create-logto-app', 'app.credentials');
    case 'wrong-secret': {
      // It demands a secret (so not an SPA) and has redirect URIs (so not M2M): a Traditional web app.
      const authorize = await probes.authorize();
      return authorize && isRedirect(authorize)
        ? outcome('pass', 'create-logto-app', 'appTypeConfidentialWithRedirect')
        : outcome('skip', 'create-logto-app', 'appTypeUnconfirmed');
    }
    case 'rejected':
      return outcome('skip', 'create-logto-app', 'appTypeUnconfirmed');
    case 'no-token-endpoint':
      return blocked('create-logto-app', 'endpoint.endpoints');
    case 'unexpected':
      return unexpected('create-logto-app', verdict.answer);
  }
}

export async function checkRedirectUri(probes: Probes): Promise<CheckOutcome> {
  const answer = await probes.authorize();
  if (!answer) return blocked('integrate-sdk', 'endpoint.endpoints');
  const uri = probes.input.redirectUri;
  if (isRedirect(answer)) return outcome('pass', 'integrate-sdk', 'redirectUriRegistered', { uri });
  const error = errorOf(answer);
  if (error === 'invalid_redirect_uri') return outcome('fail', 'integrate-sdk', 'redirectUriNotRegistered', { uri });
  if (error === 'invalid_client') return blocked('integrate-sdk', 'app.credentials');
  return unexpected('integrate-sdk', answer);
}

export async function checkPostSignOutUri(probes: Probes): Promise<CheckOutcome> {
  const answer = await probes.endSession();
  if (!answer) return blocked('integrate-sdk', 'endpoint.endpoints');
  const uri = probes.input.postSignOutRedirectUri;
  // Registered: oidc-provider renders its sign-out confirmation (a self-submitting form), 200.
  if (answer.kind === 'http' && answer.status >= 200 && answer.status < 300) {
    return outcome('pass', 'integrate-sdk', 'postSignOutUriRegistered', { uri });
  }
  const error = errorOf(answer);
  if (error === 'invalid_request') return outcome('fail', 'integrate-sdk', 'postSignOutUriNotRegistered', { uri });
  if (error === 'invalid_client') return blocked('integrate-sdk', 'app.credentials');
  return unexpected('integrate-sdk', answer);
}
