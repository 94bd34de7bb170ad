import { createLocalJWKSet, jwtVerify } from 'jose';
import type { JWK } from 'jose';
import type { Context, Next } from 'koa';
import { RequestError } from '../http/request-error.ts';

const bearer = 'Bearer';

/**
 * Logto's koa-auth in front of the Management API: a Bearer JWT signed by the tenant (its OIDC keys),
 * issued by the tenant for the Management API resource, whose `scope` holds `all`. No header is 401
 * `auth.authorization_header_missing`, another scheme 401 `auth.authorization_token_type_not_supported`,
 * a token that does not verify 401 `auth.unauthorized` (with jose's error as `data`, as Logto answers), a
 * token without the scope 403 `auth.forbidden`.
 */
export function managementApiAuth({ issuer, audience, publicKeys }: { issuer: string; audience: string; publicKeys: JWK[] }) {
  const keys = createLocalJWKSet({ keys: publicKeys });
  return async (ctx: Context, next: Next): Promise<void> => {
    const authorization = ctx.get('authorization');
    if (!authorization) throw new RequestError('auth.authorization_header_missing', 401);
    if (!authorization.startsWith(bearer)) {
      throw new RequestError('auth.authorization_token_type_not_supported', 401, { data: { supportedTypes: [bearer] } });
    }
    let scope: unknown;
    try {
      const { payload } = await jwtVerify(authorization.slice(bearer.length + 1), keys, { issuer, audience });
      if (!payload.sub) throw new RequestError('auth.jwt_sub_missing', 401);
      scope = payload['scope'] ?? '';
      if (typeof scope !== 'string') throw new TypeError('scope is not a string');
    } catch (error) {
      if (error instanceof RequestError) throw error;
      throw new RequestError('auth.unauthorized', 401, { data: error });
    }
    if (!scope.split(' ').includes('all')) throw new RequestError('auth.forbidden', 403);
    await next();
  };
}
