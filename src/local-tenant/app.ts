import Koa from 'koa';
import type { Middleware } from 'koa';
import compress from 'koa-compress';
import mount from 'koa-mount';
import type { JWK } from 'jose';
import type Provider from 'oidc-provider';
import type { AuditLog } from './audit-log/audit-log.ts';
import { auditLogMiddleware } from './audit-log/koa-audit-log.ts';
import { recordOidcEvents } from './audit-log/oidc-events.ts';
import type { TenantConfig } from './config/schema.ts';
import { consentApiRouter } from './experience/consent-routes.ts';
import { apiErrorHandler } from './experience/error-handler.ts';
import { experienceRouter } from './experience/routes.ts';
import { ExperienceSessions } from './experience/sessions.ts';
import { wellKnownRouter } from './experience/well-known-routes.ts';
import { rejectMalformedPath } from './http/malformed-path.ts';
import { pinnedOrigin } from './http/public-origin.ts';
import { sandboxUnavailable } from './http/sandbox-unavailable.ts';
import type { TenantStore } from './store/store.ts';
import { isStoreUnavailable } from './store/store-unavailable.ts';
import { oidcSecurityHeaders, pageSecurityHeaders } from './http/security-headers.ts';
import { managementApiRouter } from './management-api/routes.ts';
import type { NaverEndpoints } from './naver-connector/index.ts';
import type { ClientAsset } from './pages/client-assets.ts';
import { pageStyleHash } from './pages/html.ts';
import { pageRouter } from './pages/routes.ts';
import type { AppAccessControl } from './users/app-access-control.ts';
import type { UserStore } from './users/user-store.ts';

type TenantAppDeps = {
  endpoint: string;
  config: TenantConfig;
  provider: Provider;
  /** oidc-provider's cookie keys: mounted, it signs its cookies with the outer app's keys. */
  cookieKeys: string[];
  users: UserStore;
  accessControl: AppAccessControl;
  auditLog: AuditLog;
  /** The tenant's public signing keys, which verify Management API tokens. */
  publicKeys: JWK[];
  naverEndpoints: NaverEndpoints;
  assets: Map<string, ClientAsset>;
  log: (line: string) => void;
  /** Where the experience sessions live (and, handed to their makers, everything else). */
  store: TenantStore;
  /** TENANT_ORIGIN: every request is answered as this origin (http/public-origin.ts). */
  publicOrigin?: URL | undefined;
  /** TRUST_PROXY: proxies in front that append to X-Forwarded-For. */
  trustProxyHops?: number | undefined;
  /** A public sandbox's rate limit on its sign-in, sign-up and token endpoints (http/rate-limit.ts). */
  rateLimit?: Middleware | undefined;
};

/** The store gone mid-flow (Redis down), anywhere outside the API's own handler: the localized "unavailable" page. */
async function storeUnavailablePage(ctx: Koa.Context, next: Koa.Next): Promise<void> {
  try {
    await next();
  } catch (error) {
    if (!isStoreUnavailable(error)) throw error;
    sandboxUnavailable(ctx);
  }
}

/**
 * The tenant's HTTP surface, laid out like Logto's: oidc-provider under `/oidc`, the experience API and
 * the Management API's read-only part under `/api`, and the sign-in pages at the root. The OIDC routes
 * and the experience API write the audit log as Logto does (audit-log/).
 */
export function createTenantApp(deps: TenantAppDeps): Koa {
  const app = new Koa();
  app.keys = deps.cookieKeys;
  // Koa's default would print whole errors to stderr. A client that hangs up mid-response (a cancelled
  // fetch, a closed tab) is no failure of the tenant; anything else is logged by name, never with data.
  app.on('error', (error: unknown) => {
    if (error instanceof Error && 'code' in error && error.code === 'ERR_STREAM_PREMATURE_CLOSE') return;
    deps.log(`local tenant: ${error instanceof Error ? error.name : 'unknown error'} while answering a request`);
  });
  // Compressed when the client asks, with `Vary: Accept-Encoding`, as Logto answers.
  app.use(compress());
  app.use(storeUnavailablePage);
  // Counted by the client's address before the forwarded headers are replaced.
  if (deps.rateLimit) app.use(deps.rateLimit);
  if (deps.publicOrigin) {
    // The forwarded headers are the tenant's own from here on (pinnedOrigin), so Koa may read them.
    app.proxy = true;
    app.maxIpsCount = deps.trustProxyHops ?? 0;
    app.use(pinnedOrigin(deps.publicOrigin, deps.trustProxyHops));
  }
  // Mounted as oidc-provider's own example does: it sees paths without `/oidc` and finds the prefix
  // again from `ctx.mountPath`, so every URL it builds (discovery, redirects, the end-session form) keeps it.
  app.use(mount('/oidc', oidcSecurityHeaders()));
  // Logto's audit middleware around the provider: its events (audit-log/oidc-events.ts) write the entries.
  recordOidcEvents(deps.provider, deps.config.apps);
  app.use(mount('/oidc', auditLogMiddleware(deps.auditLog)));
  app.use(mount('/oidc', deps.provider));

  app.use(rejectMalformedPath);
  app.use(pageSecurityHeaders(pageStyleHash));
  app.use(async (ctx, next) => {
    if (ctx.path.startsWith('/api/')) ctx.set('cache-control', 'no-store');
    await next();
  });
  app.use(apiErrorHandler(deps.log));
  app.use(wellKnownRouter(deps).routes());
  app.use(experienceRouter({ ...deps, sessions: new ExperienceSessions(deps.store) }).routes());
  app.use(consentApiRouter(deps).routes());
  app.use(managementApiRouter(deps).routes());
  app.use(pageRouter(deps).routes());
  return app;
}
