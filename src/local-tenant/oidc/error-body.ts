import { z } from 'zod';
import type { LogtoVersionProfile } from '../config/logto-version.ts';
import { logtoPhrase } from '../logto-phrases.ts';

/**
 * Logto's wrapping of oidc-provider errors (packages/core/src/middleware/koa-oidc-error-handler.ts):
 * `code` and `message` go first, then `error_uri` when Logto knows one, then oidc-provider's own body
 * (`error`, `error_description`, and on the authorization endpoint `state` and `iss`).
 */

/** Logto's English phrases, errors.oidc.* (packages/phrases). */
const oidcMessages: Record<string, string> = {
  aborted: 'The end-user aborted interaction.',
  invalid_scope: 'Invalid scope: {{error_description}}.',
  invalid_token: 'Invalid token provided.',
  invalid_client_metadata: 'Invalid client metadata provided.',
  insufficient_scope: 'Token missing scope `{{scope}}`.',
  invalid_request: 'Request is invalid.',
  invalid_grant: 'Grant request is invalid.',
  invalid_issuer: 'Invalid issuer.',
  invalid_redirect_uri: "`redirect_uri` did not match any of the client's registered `redirect_uris`.",
  access_denied: 'Access denied.',
  invalid_target: 'Invalid resource indicator.',
  unsupported_grant_type: 'Unsupported `grant_type` requested.',
  unsupported_response_mode: 'Unsupported `response_mode` requested.',
  unsupported_response_type: 'Unsupported `response_type` requested.',
  server_error: 'An unknown OIDC error occurred. Please try again later.',
};

const sessionNotFoundMessage = logtoPhrase('session.not_found');

const errorUris: Record<string, string> = {
  invalid_grant: 'https://openid.sh/debug/invalid_grant',
};

const oidcErrorBodySchema = z.looseObject({ error: z.string(), error_description: z.string().optional() });

function isSessionNotFound(description: string | undefined): boolean {
  return (
    (description?.includes('session') === true && description.includes('not found')) ||
    description?.includes('authorization request has expired') === true
  );
}

/**
 * Returns Logto's status and body for an oidc-provider error answer, or undefined when `body` is not
 * one. A userinfo call without any token is 400 `invalid_request` at Logto 1.37 (the oidc-provider
 * release it ran), where oidc-provider 9, and so Logto 1.42, says 401 `invalid_token`.
 */
export function toLogtoOidcError(
  status: number,
  body: unknown,
  profile: Pick<LogtoVersionProfile, 'userinfoWithoutToken'>,
): { status: number; body: Record<string, unknown> } | undefined {
  const parsed = oidcErrorBodySchema.safeParse(body);
  if (!parsed.success) return undefined;
  const noToken = parsed.data.error === 'invalid_token' && parsed.data.error_description === 'no access token provided';
  if (noToken && profile.userinfoWithoutToken === 'invalid_request') {
    return { status: 400, body: wrap({ ...parsed.data, error: 'invalid_request' }) };
  }
  return { status, body: wrap(parsed.data) };
}

function wrap(oidcBody: z.infer<typeof oidcErrorBodySchema>): Record<string, unknown> {
  const { error, error_description: description } = oidcBody;
  if (isSessionNotFound(description)) {
    return { code: 'session.not_found', message: sessionNotFoundMessage, ...oidcBody };
  }
  const code = `oidc.${error}`;
  const message = oidcMessages[error] ?? `An OIDC error occurred: ${code}.`;
  return { code, message, error_uri: errorUris[error], ...oidcBody };
}
