import { createHash } from 'node:crypto';
import type { Context } from 'koa';
import type { NaverMockApp, NaverMockConfig, NaverMockUser } from './config.ts';
import type { GrantStore } from './grant-store.ts';
import { naverOutageBody, sendJson } from './http-io.ts';
import { accountById } from './visitor-accounts.ts';

/** What openapi.naver.com answers for a missing, unknown or expired token. */
const authenticationFailed = { resultcode: '024', message: 'Authentication failed' } as const;

/** The order openapi.naver.com lists profile fields in. */
const naverFieldOrder = [
  'id', 'nickname', 'profile_image', 'age', 'gender', 'email', 'mobile', 'mobile_e164', 'name', 'birthday', 'birthyear',
] as const satisfies readonly (keyof NaverMockUser)[];

/** The id this app sees for the user: the user's own, or one derived for this app (see `appScopedUserIds`). */
function naverIdFor(app: NaverMockApp, user: NaverMockUser): string {
  if (!app.appScopedUserIds) return user.id;
  return `mockNaverUid_${createHash('sha256').update(`${app.clientId}:${user.id}`).digest('base64url').slice(0, 32)}`;
}

/** Only the fields the user has and shared with this app, in Naver's order. */
function naverProfileOf(app: NaverMockApp, user: NaverMockUser, withheld: readonly string[]): Record<string, string> {
  const fields = naverFieldOrder.flatMap((field) =>
    user[field] === undefined || withheld.includes(field) ? [] : [[field, user[field]] as const],
  );
  return Object.fromEntries(fields.map(([field, value]) => [field, field === 'id' ? naverIdFor(app, user) : value]));
}

function bearerToken(ctx: Context): string | undefined {
  const match = /^Bearer\s+(\S+)$/i.exec(ctx.get('authorization'));
  return match?.[1];
}

/** GET or POST /v1/nid/me: the signed-in user's profile, Naver's envelope around it. */
export async function showProfile(config: NaverMockConfig, grants: GrantStore, ctx: Context) {
  const token = bearerToken(ctx);
  const grant = token ? await grants.lookupAccessToken(token) : undefined;
  const app = grant && config.apps.find((candidate) => candidate.clientId === grant.clientId);
  const user = grant && accountById(config.users, grant.userId);
  if (app?.outages.includes('profile')) return sendJson(ctx, 503, naverOutageBody);
  if (!app || !user || app.profileCallFails) return sendJson(ctx, 401, authenticationFailed);

  sendJson(ctx, 200, { resultcode: '00', message: 'success', response: naverProfileOf(app, user, grant.withheld ?? []) });
}
