import type { TenantUser } from './user-store.ts';

type ClaimUse = 'id_token' | 'userinfo';

/** What the tenant's Logto version adds (../config/logto-version.ts). */
type ClaimOptions = { preferredUsername: boolean };

/**
 * The claims Logto returns for a user, in Logto's order, for the granted scopes. The ID token never
 * carries `identities`: Logto puts them in userinfo only. Since 1.41, `preferred_username` follows
 * `name`: the user's `profile.preferredUsername`, which this tenant's users never set, so `username`.
 */
export function userClaims(user: TenantUser, use: ClaimUse, scopes: ReadonlySet<string>, options: ClaimOptions): Record<string, unknown> {
  const claims: Record<string, unknown> = { sub: user.id };
  if (scopes.has('profile')) {
    claims['name'] = user.name;
    if (options.preferredUsername) claims['preferred_username'] = user.username;
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
