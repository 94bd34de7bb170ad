import Koa from 'koa';
import type Provider from 'oidc-provider';
import type { TenantConfig } from './config/schema.ts';
import { experienceErrorHandler } from './experience/error-handler.ts';
import { experienceRouter } from './experience/routes.ts';
import { ExperienceSessions } from './experience/sessions.ts';
import type { NaverEndpoints } from './naver-connector/index.ts';
import type { ClientAsset } from './pages/client-assets.ts';
import { pageRouter } from './pages/routes.ts';
import type { UserStore } from './users/user-store.ts';

export type TenantAppDeps = {
  endpoint: string;
  config: TenantConfig;
  provider: Provider;
  users: UserStore;
  naverEndpoints: NaverEndpoints;
  assets: Map<string, ClientAsset>;
  log: (line: string) => void;
};

const oidcMountPath = '/oidc';

/**
 * The tenant's HTTP surface, laid out like Logto's: oidc-provider under `/oidc`, the experience API
 * under `/api`, and the sign-in pages at the root.
 */
export function createTenantApp(deps: TenantAppDeps): Koa {
  const { provider } = deps;
  const app = new Koa();
  const oidc = provider.callback();

  app.use(async (ctx, next) => {
    if (ctx.path !== oidcMountPath && !ctx.path.startsWith(`${oidcMountPath}/`)) {
      await next();
      return;
    }
    // Mount as koa-mount does: oidc-provider sees the path without the prefix and finds its mount path
    // again from `originalUrl`, so every URL it builds carries `/oidc`.
    Object.assign(ctx.req, { originalUrl: ctx.url });
    ctx.req.url = ctx.url.slice(oidcMountPath.length) || '/';
    ctx.respond = false;
    await oidc(ctx.req, ctx.res);
  });

  app.use(async (ctx, next) => {
    if (!ctx.path.startsWith('/api/')) {
      await next();
      return;
    }
    ctx.set('cache-control', 'no-store');
    await next();
  });
  app.use(experienceErrorHandler(deps.log));
  app.use(
    experienceRouter({ ...deps, sessions: new ExperienceSessions() }).middleware(),
  );
  app.use(pageRouter(deps).middleware());
  return app;
}
