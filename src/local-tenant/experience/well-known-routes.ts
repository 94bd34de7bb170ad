import Router from '@koa/router';
import type { TenantConfig } from '../config/schema.ts';
import { signInExperienceBody } from './sign-in-experience.ts';

/**
 * `GET /api/.well-known/sign-in-exp`: the public part of the sign-in experience, which needs no
 * interaction and writes nothing to the audit log.
 */
export function wellKnownRouter({ config, endpoint }: { config: TenantConfig; endpoint: string }): Router {
  return new Router({ strict: true, sensitive: true }).get('/api/.well-known/sign-in-exp', (ctx) => {
    const appId = ctx.query['appId'];
    ctx.body = signInExperienceBody(config, endpoint, typeof appId === 'string' ? appId : undefined);
  });
}
