import type { Context } from 'koa';
import type { NaverMockConfig, NaverMockUser } from './config.ts';
import type { GrantStore } from './grant-store.ts';
import { sendJson } from './http-io.ts';

/** What openapi.naver.com answers for a missing, unknown or expired token. */
const authenticationFailed = { resultcode: '024', message: 'Authentication failed' } as const;

/** The order openapi.naver.com lists profile fields in. */
const naverFieldOrder = [
  'id', 'nickname', 'profile_image', 'age', 'gender', 'email', 'mobile', 'mobile_e164', 'name', 'birthday', 'birthyear',
] as const satisfies readonly (keyof NaverMockUser)[];

/** Only the fields the user has, in Naver's order. */
function naverProfileOf(user: NaverMockUser): Record<string, string> {
  return Object.fromEntries(
    naverFieldOrder.flatMap((field) => (user[field] === undefined ? [] : [[field, user[field]]])),
  );
}

function bearerToken(ctx: Context): string | undefined {
  const match = /^Bearer\s+(\S+)$/i.exec(ctx.get('authorization'));
  return match?.[1];
}

/** GET or POST /v1/nid/me: the signed-in user's profile, Naver's envelope around it. */
export function showProfile(config: NaverMockConfig, grants: GrantStore, ctx: Context) {
  const token = bearerToken(ctx);
  const grant = token ? grants.lookupAccessToken(token) : undefined;
  const app = grant && config.apps.find((candidate) => candidate.clientId === grant.clientId);
  const user = grant && config.users.find((candidate) => candidate.id === grant.userId);
  if (!app || !user || app.profileCallFails) return sendJson(ctx, 401, authenticationFailed);

  sendJson(ctx, 200, { resultcode: '00', message: 'success', response: naverProfileOf(user) });
}
