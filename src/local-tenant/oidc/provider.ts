import type { Context } from 'koa';
import Provider, { errors } from 'oidc-provider';
import type { Configuration, KoaContextWithOIDC } from 'oidc-provider';
import type { JWK } from 'jose';
import { logtoVersionProfile, type LogtoVersionProfile } from '../config/logto-version.ts';
import type { TenantConfig } from '../config/schema.ts';
import { sandboxUnavailable } from '../http/sandbox-unavailable.ts';
import type { TenantStore } from '../store/store.ts';
import { isStoreUnavailable } from '../store/store-unavailable.ts';
import type { AppAccessControl } from '../users/app-access-control.ts';
import { userClaims } from '../users/claims.ts';
import type { UserStore } from '../users/user-store.ts';
import { matchLogtoIdTokens } from './id-token-compat.ts';
import { toClientMetadata } from './clients.ts';
import { toLogtoOidcError } from './error-body.ts';
import { tokenLifetimes } from './lifetimes.ts';
import { logtoExtraParams, logtoScopeClaims } from './logto-claims.ts';
import { managementApiResourceIndicators } from './management-api-resource.ts';
import { buildConsentPromptUrl, buildLoginPromptUrl } from './prompt-urls.ts';
import { publicClientAuthLikeLogto } from './public-client-auth.ts';
import { SimulatedFaults } from './simulated-faults.ts';
import { storeAdapterFactory } from './store-adapter.ts';
import { logtoUiCookieName, writeLogtoUiCookie } from './ui-cookie.ts';

/**
 * The pages oidc-provider shows around a sign-out. The tenant's sign-in pages draw them
 * (../pages/logout-pages.ts): the provider is handed them, it does not reach up for them.
 */
export interface LogoutPages {
  /** The page that submits oidc-provider's confirmation `form` (its own markup) at once. */
  logoutForm(form: string, request: Pick<Context, 'acceptsLanguages'>): string;
  /** Shown after a sign-out that named no post-logout redirect URI. */
  signedOut(request: Pick<Context, 'acceptsLanguages'>): string;
}

type OidcProviderOptions = {
  issuer: string;
  config: TenantConfig;
  users: UserStore;
  accessControl: AppAccessControl;
  signingKey: JWK;
  /** Signs the fault lab's `unknown-key` tokens (never published). */
  unknownKey: JWK;
  cookieKeys: string[];
  logoutPages: LogoutPages;
  /** Where oidc-provider's models live (memory, or Redis for several instances): oidc/store-adapter.ts. */
  store: TenantStore;
  /** Trust X-Forwarded-Proto/-Host from the proxy in front (TRUST_PROXY), as oidc-provider's `proxy`. */
  proxy?: boolean;
};

// Logto signs its session and interaction cookies and keeps them on the whole tenant origin (path `/`),
// so the sign-in pages and the experience API can read the interaction.
const cookieOptions = { sameSite: 'lax', path: '/', signed: true, overwrite: true, httpOnly: true } as const;

function isOriginAllowed(origin: string, redirectUris: readonly string[]): boolean {
  return redirectUris.some((uri) => URL.canParse(uri) && new URL(uri).origin === origin);
}

/** Logto's refusal (assertUserHasApplicationAccessForOidc): oidc-provider's `access_denied`, "Access denied.". */
function accessDenied(): errors.AccessDenied {
  return new errors.AccessDenied('Access denied.');
}

/**
 * oidc-provider configured the way Logto configures it (packages/core/src/oidc/init.ts): same paths
 * under `/oidc`, same claims, ES384 ID tokens without the claims Logto leaves out, refresh tokens only
 * for `offline_access`, JSON error pages, and interactions sent to Logto's experience routes. What
 * differs between Logto versions comes from the config's `logtoVersion` (../config/logto-version.ts).
 */
export async function createOidcProvider({
  issuer,
  config,
  users,
  accessControl,
  signingKey,
  unknownKey,
  cookieKeys,
  logoutPages,
  store,
  proxy = false,
}: OidcProviderOptions): Promise<Provider> {
  const profile = logtoVersionProfile(config.logtoVersion);
  const configuration: Configuration = {
    adapter: storeAdapterFactory(store),
    clients: config.apps.map(toClientMetadata),
    jwks: { keys: [signingKey] },
    cookies: {
      keys: cookieKeys,
      long: cookieOptions,
      short: cookieOptions,
    },
    claims: logtoScopeClaims,
    conformIdTokenClaims: false,
    extraParams: [...logtoExtraParams],
    responseTypes: ['code id_token', 'code', 'id_token', 'none'],
    clientAuthMethods: ['client_secret_basic', 'client_secret_jwt', 'client_secret_post', 'private_key_jwt', 'none'],
    enabledJWA: {
      idTokenSigningAlgValues: ['ES384'],
      clientAuthSigningAlgValues: [...profile.discovery.clientAuthSigningAlgs] as NonNullable<
        NonNullable<Configuration['enabledJWA']>['clientAuthSigningAlgValues']
      >,
    },
    features: {
      devInteractions: { enabled: false },
      userinfo: { enabled: true },
      // A client may revoke or introspect only its own tokens. Where revoking an access token leaves its
      // grant alone (1.37), the token is destroyed here and oidc-provider 9 is told not to go on to the grant.
      revocation: {
        enabled: true,
        allowedPolicy: async (_ctx, client, token) => {
          if (token.clientId !== client.clientId) return false;
          if (token.kind !== 'AccessToken' || profile.accessTokenRevocationRevokesGrant) return true;
          await token.destroy();
          return false;
        },
      },
      introspection: { enabled: true, allowedPolicy: async (_ctx, client, token) => token.clientId === client.clientId },
      clientCredentials: { enabled: true },
      // Logto's device flow (core 1.38+): the endpoint and grant type discovery lists from then on.
      deviceFlow: { enabled: profile.discovery.deviceFlow },
      resourceIndicators: managementApiResourceIndicators(config),
      backchannelLogout: { enabled: true },
      dPoP: { enabled: false },
      rpInitiatedLogout: {
        enabled: true,
        logoutSource: (ctx, form) => {
          ctx.type = 'html';
          ctx.body = logoutPages.logoutForm(form, ctx);
        },
        postLogoutSuccessSource: (ctx) => {
          ctx.type = 'html';
          ctx.body = logoutPages.signedOut(ctx);
        },
      },
    },
    pkce: {
      // Logto lets a confidential client using HTTP Basic skip PKCE and requires it from everyone else.
      required: (_ctx, client) => client.clientAuthMethod !== 'client_secret_basic',
    },
    // Logto answers every error as JSON, also to browsers (its init.ts does the same).
    renderError: (ctx, out) => {
      ctx.type = 'json';
      ctx.body = out;
    },
    interactions: {
      url: (ctx, interaction) => {
        const params = interaction.params;
        writeLogtoUiCookie(ctx, params);
        switch (interaction.prompt.name) {
          case 'login':
            return buildLoginPromptUrl(params);
          case 'consent':
            return buildConsentPromptUrl(params);
          default:
            throw new Error(`Prompt not supported: ${interaction.prompt.name}`);
        }
      },
    },
    findAccount: async (_ctx, sub, token) => {
      const user = await users.findById(sub);
      if (!user) return undefined;
      // A refresh is checked against the app's access control before its token is used up (Logto 1.41+).
      if (token?.kind === 'RefreshToken' && !(await accessControl.allows(token.clientId ?? '', sub))) throw accessDenied();
      return {
        accountId: sub,
        claims: async (use, scope) => {
          const current = (await users.findById(sub)) ?? user;
          const claimsFor = use === 'id_token' ? 'id_token' : 'userinfo';
          return { sub, ...userClaims(current, claimsFor, new Set(scope.split(' ')), { preferredUsername: profile.preferredUsername }) };
        },
      };
    },
    // An authorization with a grant the session already holds: Logto's loadExistingGrant refuses a user
    // the app's access control leaves out, and oidc-provider sends `access_denied` to the redirect URI.
    loadExistingGrant: async (ctx) => {
      const grantId = ctx.oidc.result?.consent?.grantId ?? ctx.oidc.session?.grantIdFor(ctx.oidc.client?.clientId ?? '');
      if (!grantId) return undefined;
      const grant = await ctx.oidc.provider.Grant.find(grantId);
      if (grant?.accountId && grant.clientId && !(await accessControl.allows(grant.clientId, grant.accountId))) throw accessDenied();
      return grant;
    },
    issueRefreshToken: (_ctx, client, code) =>
      client.grantTypeAllowed('refresh_token') && code.scopes.has('offline_access'),
    clientBasedCORS: (ctx, origin, client) => ctx.request.origin === origin || isOriginAllowed(origin, client.redirectUris ?? []),
    ttl: { ...tokenLifetimes },
  };

  const provider = new Provider(issuer, configuration);
  provider.proxy = proxy;
  registerTokenExchangeGrant(provider);
  const faults = SimulatedFaults.create(config, { tenantKey: signingKey, unknownKey, rotatedKeys: store.lists('rotated-keys') }, profile);
  await matchLogtoIdTokens(provider, signingKey, faults, profile);
  provider.use(sandboxUnavailableAnswer(provider));
  provider.use(logtoErrorBodies(profile));
  provider.use(logtoDiscoveryFields(profile));
  provider.use(logtoJwksHeaders(profile));
  // Inside logtoErrorBodies, so their answers get Logto's wrapping like every other error.
  provider.use(publicClientAuthLikeLogto(config));
  provider.use(faults.middleware());
  return provider;
}

/**
 * The store gone mid-flow (Redis down): oidc-provider's own handler turns the error into a 500
 * `server_error` and emits `server_error` with it; the reader gets the "sandbox unavailable" answer instead.
 */
function sandboxUnavailableAnswer(provider: Provider) {
  const unavailable = new WeakSet<object>();
  provider.on('server_error', (ctx: object, error: unknown) => {
    if (isStoreUnavailable(error)) unavailable.add(ctx);
  });
  return async (ctx: KoaContextWithOIDC, next: () => Promise<unknown>): Promise<void> => {
    try {
      await next();
    } catch (error) {
      if (!isStoreUnavailable(error)) throw error;
      unavailable.add(ctx);
    }
    if (unavailable.has(ctx)) sandboxUnavailable(ctx);
  };
}

const tokenExchangeGrant = 'urn:ietf:params:oauth:grant-type:token-exchange';

/**
 * Logto's token exchange (RFC 8693), which every version's discovery lists after the built-in grants.
 * Its subject tokens are Logto's personal access tokens and impersonation tokens, which this tenant
 * never issues, so every exchange is refused as one with an unknown subject token would be.
 */
function registerTokenExchangeGrant(provider: Provider): void {
  provider.registerGrantType(
    tokenExchangeGrant,
    async () => {
      throw new errors.InvalidGrant('subject token not found');
    },
    ['subject_token', 'subject_token_type', 'actor_token', 'actor_token_type', 'resource', 'scope', 'organization_id'],
  );
}

type OidcMiddleware = (ctx: KoaContextWithOIDC, next: () => Promise<unknown>) => Promise<void>;

/** Adds Logto's `code` and `message` to every oidc-provider error body (koa-oidc-error-handler). */
function logtoErrorBodies(profile: LogtoVersionProfile): OidcMiddleware {
  return async (ctx, next) => {
    await next();
    if (ctx.status >= 400) {
      const logto = toLogtoOidcError(ctx.status, ctx.body, profile);
      if (logto) {
        ctx.status = logto.status;
        ctx.body = logto.body;
      }
    }
  };
}

const discoveryPath = '/.well-known/openid-configuration';
const oauthServerMetadataPath = '/.well-known/oauth-authorization-server';

/**
 * Discovery as the version has it. 1.37's states `request_parameter_supported: false` (request objects
 * are off), where oidc-provider 9 leaves the key out, as 1.42 does. oidc-provider 9 serves RFC 8414's
 * `/.well-known/oauth-authorization-server` with the same document, as 1.42 does; 1.37 had no such
 * route, so it gets the 404 of any path the provider doesn't know.
 */
function logtoDiscoveryFields(profile: LogtoVersionProfile): OidcMiddleware {
  return async (ctx, next) => {
    if (ctx.path === oauthServerMetadataPath && !profile.discovery.oauthAuthorizationServerMetadata) {
      ctx.status = 404;
      ctx.body = 'Not Found';
      return;
    }
    await next();
    if (ctx.path !== discoveryPath || ctx.status !== 200 || !profile.discovery.requestParameterSupported) return;
    const body: unknown = ctx.body;
    if (typeof body !== 'object' || body === null || 'request_parameter_supported' in body) return;
    const entries = Object.entries(body);
    const at = entries.findIndex(([key]) => key === 'request_uri_parameter_supported');
    entries.splice(at === -1 ? entries.length : at, 0, ['request_parameter_supported', false]);
    ctx.body = Object.fromEntries(entries);
  };
}

/** The JWKS's `cache-control`, where the version sends one (1.42: revalidate every time). */
function logtoJwksHeaders(profile: LogtoVersionProfile): OidcMiddleware {
  return async (ctx, next) => {
    await next();
    if (ctx.path === '/jwks' && ctx.status === 200 && profile.jwksCacheControl) ctx.set('cache-control', profile.jwksCacheControl);
  };
}

export { logtoUiCookieName };
