/**
 * How long the tenant keeps what (seconds), as Logto does: oidc-provider's TTLs (provider.ts), and the
 * experience API's session for a sign-in, which lives as long as its interaction (experience/sessions.ts).
 */
const oneHour = 60 * 60;
const fourteenDays = 14 * 24 * oneHour;

export const tokenLifetimes = {
  AccessToken: oneHour,
  IdToken: oneHour,
  AuthorizationCode: 60,
  /** How long a sign-in may take. */
  Interaction: oneHour,
  Session: fourteenDays,
  RefreshToken: fourteenDays,
  /** The Management API tokens the M2M apps get (client credentials). */
  ClientCredentials: oneHour,
  Grant: fourteenDays,
} as const;

/** How long a sign-in may take; the experience API's session for it lives as long. */
export const INTERACTION_TTL_SECONDS = tokenLifetimes.Interaction;
