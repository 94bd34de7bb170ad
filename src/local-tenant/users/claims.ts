import type { TenantUser } from './user-store.ts';

type ClaimUse = 'id_token' | 'userinfo';

/**
 * The claims Logto returns for a user, in Logto's order, for the granted scopes. The ID token never
 * carries `identities`: Logto puts them in userinfo only.
 */
export function userClaims(user: TenantUser, use: ClaimUse, scopes: ReadonlySet<string>): Record<string, unknown> {
  const claims: Record<string, unknown> = { sub: user.id };
  if (scopes.has('profile')) {
    claims['name'] = user.name;
    claims['picture'] = user.picture;
    claims['updated_at'] = user.updatedAt;
    claims['username'] = user.username;
    claims['created_at'] = user.createdAt;
  }
  if (scopes.has('email')) {
    claims['email'] = user.email;
    claims['email_verified'] = user.email !== null;
  }
  if (use === 'userinfo' && scopes.has('identities')) {
    claims['identities'] = user.identities;
    claims['sso_identities'] = [];
  }
  return claims;
}
