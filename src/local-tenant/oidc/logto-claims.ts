/**
 * The scopes and claims a Logto tenant advertises (@logto/core-kit userClaims), in Logto's order.
 * oidc-provider derives `scopes_supported` and `claims_supported` of discovery from this table.
 */
export const logtoScopeClaims = {
  openid: ['sub'],
  profile: [
    'name',
    'family_name',
    'given_name',
    'middle_name',
    'nickname',
    'preferred_username',
    'profile',
    'picture',
    'website',
    'gender',
    'birthdate',
    'zoneinfo',
    'locale',
    'updated_at',
    'username',
    'created_at',
  ],
  email: ['email', 'email_verified'],
  phone: ['phone_number', 'phone_number_verified'],
  address: ['address'],
  custom_data: ['custom_data'],
  identities: ['identities', 'sso_identities'],
  roles: ['roles'],
  'urn:logto:scope:organizations': ['organizations', 'organization_data'],
  'urn:logto:scope:organization_roles': ['organization_roles'],
  'urn:logto:scope:sessions': [],
} as const satisfies Record<string, readonly string[]>;

/**
 * Logto's own authorization parameters that the sign-in experience reads (`ui_locales` and
 * `login_hint` are standard OIDC parameters and need no registration).
 */
export const logtoExtraParams = [
  'interaction_mode',
  'first_screen',
  'direct_sign_in',
  'organization_id',
  'identifier',
  'one_time_token',
] as const;
