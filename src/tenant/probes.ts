import { naverCallbackUrl } from './naver-urls.ts';
import { fetchSignInExperience } from './sign-in-experience.ts';
import { clientSecretBasic } from './basic-auth.ts';
import { createCookieJar, parseBody, probe, type HttpAnswer, type ProbeAnswer, type TenantFetch } from './http.ts';
import { discoverySchema, jwksSchema, socialAuthorizationUriSchema, type Discovery } from './schemas.ts';

/**
 * The requests the checks learn from, each sent at most once per run and shared by the checks that read
 * it (several app checks read the same token-endpoint answers), and never answered from a cache. No
 * probe follows a redirect, and none needs an end-user session: they are the requests Logto's own
 * sign-in page and an SDK would send.
 */

/** What the probes need to know: the tenant, the app, the URIs registered on it, the connector target. */
export interface ProbeInput {
  /** The tenant's origin, without `/oidc`. */
  endpoint: string;
  appId: string;
  appSecret: string;
  /** The playground's redirect URI and post sign-out URI (src/tenant/redirect-uris.ts). */
  redirectUri: string;
  postSignOutRedirectUri: string;
  /** The direct sign-in target whose connector is probed; `naver` unless told otherwise. */
  target: string;
}

export interface ProbeDeps {
  fetch: TenantFetch;
  /** Random values for state and PKCE; injectable so tests can pin them. */
  randomToken?: () => string;
}

export type Parsed<T> =
  | { kind: 'ok'; answer: HttpAnswer; data: T }
  | Extract<ProbeAnswer, { kind: 'network' }>
  | { kind: 'status'; answer: HttpAnswer }
  | { kind: 'shape'; answer: HttpAnswer; problem: string };

/** The client authentication a token probe uses: the secret in a Basic header, or none (a public client). */
export type TokenAuth = 'client_secret_basic' | 'none';

export type NaverAuthorization =
  | { kind: 'ok'; authorizationUri: URL; connectorId: string; callbackUrl: string; state: string }
  | { kind: 'failed'; stage: 'start-interaction' | 'experience' | 'authorization-uri'; answer: ProbeAnswer; problem: string };

/** A made-up authorization code: no tenant ever issued it, so a tenant that accepts the client says invalid_grant. */
export const MADE_UP_CODE = 'preflight-made-up-code';

const NAVER_SCOPES = 'openid offline_access profile email identities';

function base64url(bytes: Uint8Array): string {
  return Buffer.from(bytes).toString('base64url');
}

function defaultRandomToken(): string {
  return base64url(crypto.getRandomValues(new Uint8Array(32)));
}

async function pkceChallenge(verifier: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(verifier));
  return base64url(new Uint8Array(digest));
}

function once<T>(run: () => Promise<T>): () => Promise<T> {
  let pending: Promise<T> | undefined;
  return () => (pending ??= run());
}

export function parseAnswer<T>(
  answer: ProbeAnswer,
  schema: Parameters<typeof parseBody<T>>[0],
  okStatus = 200,
): Parsed<T> {
  if (answer.kind === 'network') return answer;
  if (answer.status !== okStatus) return { kind: 'status', answer };
  const parsed = parseBody(schema, answer);
  return parsed.ok ? { kind: 'ok', answer, data: parsed.data } : { kind: 'shape', answer, problem: parsed.problem };
}

/** The tenant's origin without a trailing slash, as every Logto URL is built from it. */
export function normaliseEndpoint(endpoint: string): string {
  return endpoint.replace(/\/+$/, '');
}

/**
 * The fetch every probe sends through: each request asks the tenant again (`cache: 'no-cache'`), so a
 * check never passes on an answer kept from before (the playground's discovery and JWKS cache,
 * src/lib/cached-fetch.ts, refetches such a request and keeps the fresh copy for the flow after it).
 */
function freshFetch(fetch: TenantFetch): TenantFetch {
  return (url, init) => fetch(url, { ...init, cache: 'no-cache' });
}

export function createProbes<Input extends ProbeInput>(input: Input, deps: ProbeDeps) {
  const endpoint = normaliseEndpoint(input.endpoint);
  const random = deps.randomToken ?? defaultRandomToken;
  const fetch = freshFetch(deps.fetch);

  const discoveryUrl = `${endpoint}/oidc/.well-known/openid-configuration`;
  const discovery = once(async (): Promise<Parsed<Discovery>> => parseAnswer(await probe(fetch, discoveryUrl), discoverySchema));

  /** The discovered document, when discovery worked: the checks that need one endpoint read it here. */
  const discovered = async (): Promise<Discovery | undefined> => {
    const result = await discovery();
    return result.kind === 'ok' ? result.data : undefined;
  };

  /** RFC 8414 metadata: Logto 1.42 serves it, older versions answer 404 (src/tenant/version-family.ts). */
  const authorizationServerMetadataUrl = `${endpoint}/oidc/.well-known/oauth-authorization-server`;
  const authorizationServerMetadata = once(() => probe(fetch, authorizationServerMetadataUrl));

  const jwks = once(async () => {
    const uri = (await discovered())?.jwks_uri;
    return uri ? parseAnswer(await probe(fetch, uri), jwksSchema) : undefined;
  });

  const tokenAnswers = new Map<TokenAuth, Promise<ProbeAnswer | undefined>>();
  const token = (auth: TokenAuth): Promise<ProbeAnswer | undefined> => {
    const cached = tokenAnswers.get(auth);
    if (cached) return cached;
    const pending = (async () => {
      const url = (await discovered())?.token_endpoint;
      if (!url) return undefined;
      const form = new URLSearchParams({
        grant_type: 'authorization_code',
        code: MADE_UP_CODE,
        redirect_uri: input.redirectUri,
        code_verifier: random(),
      });
      const headers: Record<string, string> = { 'content-type': 'application/x-www-form-urlencoded' };
      if (auth === 'client_secret_basic') headers['authorization'] = clientSecretBasic(input.appId, input.appSecret);
      else form.set('client_id', input.appId);
      return probe(fetch, url, { method: 'POST', headers, body: form.toString() });
    })();
    tokenAnswers.set(auth, pending);
    return pending;
  };

  /** An authorization request as the SDK sends it; `extra` adds e.g. `direct_sign_in`. */
  const authorizationRequest = async (extra: Record<string, string> = {}): Promise<URL | undefined> => {
    const base = (await discovered())?.authorization_endpoint;
    if (!base || !URL.canParse(base)) return undefined;
    const url = new URL(base);
    const params = {
      client_id: input.appId,
      redirect_uri: input.redirectUri,
      code_challenge: await pkceChallenge(random()),
      code_challenge_method: 'S256',
      state: random(),
      response_type: 'code',
      prompt: 'consent',
      scope: NAVER_SCOPES,
      ...extra,
    };
    for (const [name, value] of Object.entries(params)) url.searchParams.set(name, value);
    return url;
  };

  const authorize = once(async () => {
    const url = await authorizationRequest();
    return url ? probe(fetch, url.href) : undefined;
  });

  const endSession = once(async () => {
    const base = (await discovered())?.end_session_endpoint;
    if (!base || !URL.canParse(base)) return undefined;
    const url = new URL(base);
    url.searchParams.set('client_id', input.appId);
    url.searchParams.set('post_logout_redirect_uri', input.postSignOutRedirectUri);
    return probe(fetch, url.href);
  });

  /** The public sign-in experience, read as Logto's sign-in page reads it. */
  const signInExperience = once(() =>
    fetchSignInExperience(endpoint, (url, init) => fetch(url, { ...init, redirect: 'manual' }), input.appId),
  );

  /**
   * What Logto's sign-in page does for direct sign-in: start an interaction with
   * `direct_sign_in=social:<target>`, open a sign-in in the experience API with the interaction's cookies,
   * and ask for the connector's authorization URI.
   */
  const socialAuthorizations = new Map<string, Promise<NaverAuthorization>>();
  const socialAuthorization = (connectorId: string): Promise<NaverAuthorization> => {
    const cached = socialAuthorizations.get(connectorId);
    if (cached) return cached;
    const pending = (async (): Promise<NaverAuthorization> => {
      const jar = createCookieJar();
      const url = await authorizationRequest({ direct_sign_in: `social:${input.target}` });
      if (!url) {
        const answer: ProbeAnswer = { kind: 'network', url: discoveryUrl, error: 'no authorization_endpoint', failure: 'invalid_url' };
        return { kind: 'failed', stage: 'start-interaction', answer, problem: 'no authorization_endpoint' };
      }
      const started = await probe(fetch, url.href);
      if (started.kind === 'network' || started.status < 300 || started.status > 399) {
        return { kind: 'failed', stage: 'start-interaction', answer: started, problem: 'expected a redirect' };
      }
      jar.store(started.cookies);
      const json = (cookie: string) => ({ 'content-type': 'application/json', cookie });

      const experience = await probe(fetch, `${endpoint}/api/experience`, {
        method: 'PUT',
        headers: json(jar.header()),
        body: JSON.stringify({ interactionEvent: 'SignIn' }),
      });
      if (experience.kind === 'network' || experience.status !== 204) {
        return { kind: 'failed', stage: 'experience', answer: experience, problem: 'expected 204' };
      }
      jar.store(experience.cookies);

      const state = random();
      // The redirect Logto's sign-in page passes for a social connector: `{endpoint}/callback/{connectorId}`.
      const callbackUrl = naverCallbackUrl(endpoint, connectorId);
      if (!callbackUrl) {
        return { kind: 'failed', stage: 'authorization-uri', answer: experience, problem: 'the connector id is not a Logto id' };
      }
      const uriAnswer = await probe(
        fetch,
        `${endpoint}/api/experience/verification/social/${encodeURIComponent(connectorId)}/authorization-uri`,
        {
          method: 'POST',
          headers: json(jar.header()),
          body: JSON.stringify({ state, redirectUri: callbackUrl }),
        },
      );
      const parsed = parseAnswer(uriAnswer, socialAuthorizationUriSchema);
      if (parsed.kind !== 'ok') {
        const problem = parsed.kind === 'shape' ? parsed.problem : 'expected 200';
        return { kind: 'failed', stage: 'authorization-uri', answer: uriAnswer, problem };
      }
      return { kind: 'ok', authorizationUri: new URL(parsed.data.authorizationUri), connectorId, callbackUrl, state };
    })();
    socialAuthorizations.set(connectorId, pending);
    return pending;
  };

  return {
    input,
    endpoint,
    fetch,
    discoveryUrl,
    discovery,
    discovered,
    authorizationServerMetadataUrl,
    authorizationServerMetadata,
    jwks,
    token,
    authorize,
    endSession,
    signInExperience,
    socialAuthorization,
  };
}

export type Probes<Input extends ProbeInput = ProbeInput> = ReturnType<typeof createProbes<Input>>;
