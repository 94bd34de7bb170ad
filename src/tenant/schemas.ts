import { z } from 'zod';

/**
 * The shapes of the tenant's answers the checks rely on. Every response is parsed with one of these:
 * loose objects, because Logto adds keys over time and the checks only need these.
 */

const optionalUrl = z.string().optional();

export const discoverySchema = z.looseObject({
  issuer: z.string(),
  authorization_endpoint: optionalUrl,
  token_endpoint: optionalUrl,
  userinfo_endpoint: optionalUrl,
  jwks_uri: optionalUrl,
  end_session_endpoint: optionalUrl,
  revocation_endpoint: optionalUrl,
  id_token_signing_alg_values_supported: z.array(z.string()).optional(),
  code_challenge_methods_supported: z.array(z.string()).optional(),
});
export type Discovery = z.infer<typeof discoverySchema>;

export const jwkSchema = z.looseObject({
  kty: z.string(),
  alg: z.string().optional(),
  use: z.string().optional(),
  kid: z.string().optional(),
  crv: z.string().optional(),
});
export type Jwk = z.infer<typeof jwkSchema>;

export const jwksSchema = z.looseObject({ keys: z.array(jwkSchema) });

/** oidc-provider's error body, to which Logto adds `code: "oidc.<error>"` and `message`. */
export const oidcErrorSchema = z.looseObject({
  error: z.string(),
  error_description: z.string().optional(),
  code: z.string().optional(),
});
export type OidcError = z.infer<typeof oidcErrorSchema>;

/** `POST /api/experience/verification/social/{id}/authorization-uri` → 200. */
export const socialAuthorizationUriSchema = z.looseObject({
  authorizationUri: z.string().refine((value) => URL.canParse(value), 'authorizationUri is not a URL'),
  verificationId: z.string().optional(),
});

/** One line per zod issue, short enough to show as a reason. */
export function describeIssues(error: z.ZodError): string {
  return error.issues
    .slice(0, 3)
    .map((issue) => (issue.path.length ? `${issue.path.map(String).join('.')}: ${issue.message}` : issue.message))
    .join('; ');
}
