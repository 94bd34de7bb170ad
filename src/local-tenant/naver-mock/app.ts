import Router from '@koa/router';
import Koa from 'koa';
import compress from 'koa-compress';
import type { Context, Next } from 'koa';
import { showConsent, submitConsent } from './authorize.ts';
import type { AccountScope } from './authorize.ts';
import type { NaverMockConfig } from './config.ts';
import type { GrantStore } from './grant-store.ts';
import { NaverRequestError, naverFormParser, sendJson } from './http-io.ts';
import { showProfile } from './profile.ts';
import { issueToken } from './token.ts';
import { isStoreUnavailable } from '../store/store-unavailable.ts';
import { sandboxUnavailable } from '../http/sandbox-unavailable.ts';

/** Refusals as `{error, error_description}`; anything unexpected as a 500 that names nothing it handled. */
async function naverErrors(ctx: Context, next: Next): Promise<void> {
  try {
    await next();
  } catch (error) {
    if (error instanceof NaverRequestError) {
      sendJson(ctx, error.status, { error: 'invalid_request', error_description: error.message });
      return;
    }
    if (isStoreUnavailable(error)) {
      sandboxUnavailable(ctx);
      return;
    }
    sendJson(ctx, 500, { error: 'server_error', error_description: 'The Naver mock failed to handle this request.' });
  }
}

/** Naver's login (nid.naver.com) and profile API (openapi.naver.com) on one Koa app, the tenant's stack. */
export function createNaverMockApp(
  config: NaverMockConfig,
  grants: GrantStore,
  scope: AccountScope = { visitors: false, secureCookies: false },
  pinOrigin?: Koa.Middleware,
  /** A public sandbox's limit on the authorize, token and profile endpoints (rate-limited-routes.ts). */
  rateLimit?: Koa.Middleware,
): Koa {
  const routes = new Router({ strict: true, sensitive: true })
    .use(naverFormParser)
    .get('/oauth2.0/authorize', (ctx) => showConsent(config, scope, ctx))
    .post('/oauth2.0/authorize', (ctx) => submitConsent(config, scope, grants, ctx))
    .get('/oauth2.0/token', (ctx) => issueToken(config, grants, ctx))
    .post('/oauth2.0/token', (ctx) => issueToken(config, grants, ctx))
    .get('/v1/nid/me', (ctx) => showProfile(config, grants, ctx))
    .post('/v1/nid/me', (ctx) => showProfile(config, grants, ctx));

  const app = new Koa();
  if (pinOrigin) {
    app.proxy = true;
    app.use(pinOrigin);
  }
  app.use(compress());
  app.use(naverErrors);
  if (rateLimit) app.use(rateLimit);
  app.use(routes.routes());
  app.use((ctx) => {
    sendJson(ctx, 404, { error: 'not_found', error_description: `${ctx.method} ${ctx.path} is not a Naver endpoint` });
  });
  return app;
}
