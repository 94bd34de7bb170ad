import { z } from 'zod';

/**
 * The one place that says how the Logto versions this tenant can play differ, as a relying party and
 * the audit log see them. Recorded against real Logto: 1.37.1 (../shared/reference/real-logto-*.json/md)
 * and 1.42.0 (../shared/reference/real-logto-1.42/DIFF.md, ACCESS-CONTROL.md, and real-logto-faults.md
 * "The logs API: v1.37.1 vs v1.42.0"). Each layer that answers differently reads its row here (the
 * claims, the provider's ID tokens, discovery, JWKS, userinfo and revocation, the audit log, the logs
 * API, access control), never a version string: a later version is one more object here, not a
 * condition elsewhere.
 */

export const logtoVersions = ['1.42', '1.37'] as const;
export type LogtoVersion = (typeof logtoVersions)[number];
/** What the tenant plays unless its config or LOGTO_VERSION says otherwise: what Logto Cloud runs today. */
export const defaultLogtoVersion: LogtoVersion = '1.42';

export const logtoVersionSchema = z.enum(logtoVersions, { error: `logtoVersion must be one of ${logtoVersions.join(', ')}` });

/** `LOGTO_VERSION` from the environment: undefined when unset or empty, else one of the versions or a one-line error. */
export function logtoVersionFromEnv(value: string | undefined): LogtoVersion | undefined {
  if (value === undefined || value.trim() === '') return undefined;
  const parsed = logtoVersionSchema.safeParse(value.trim());
  if (!parsed.success) throw new RangeError(`LOGTO_VERSION=${value} is not a version this tenant plays (${logtoVersions.join(', ')}).`);
  return parsed.data;
}

/** What changes between Logto versions in the audit log and its Management API (`GET /api/logs`). */
export type LogsApiProfile = {
  version: string;
  /** A key whose value the log writes as `******`, wherever it appears in an entry's payload. */
  isMaskedKey(key: string): boolean;
  /** `start_time`/`end_time` (unix ms) filter the list (1.40+); before, they are ignored like any unknown parameter. */
  timeWindow: boolean;
  /** The key prefixes `GET /api/logs` lists; the rest (webhook `TriggerHook.*` entries) never shows there. */
  listedKeyPrefixes: readonly string[];
};

export interface LogtoVersionProfile {
  version: LogtoVersion;
  /** The release the records were taken from. */
  release: string;
  idToken: {
    /** The header carries `typ: "JWT"` (1.37: `{alg, typ, kid}`; 1.42: `{alg, kid}`). */
    typHeader: boolean;
    /** ID tokens from the token endpoint carry `at_hash`. */
    atHash: boolean;
  };
  /** The ID token and userinfo carry `preferred_username` (equal to `username`) with the profile scope (1.41+). */
  preferredUsername: boolean;
  /** `/oidc/me` without a token: 1.37 answered 400 `invalid_request`; 1.42 answers oidc-provider 9's 401 `invalid_token`. */
  userinfoWithoutToken: 'invalid_request' | 'invalid_token';
  /** Revoking an access token also revokes its grant, so the refresh token then fails with `invalid_grant`. */
  accessTokenRevocationRevokesGrant: boolean;
  discovery: {
    /** `request_parameter_supported: false` is stated (1.37) or the key is left out (1.42). */
    requestParameterSupported: boolean;
    /** The device authorization grant: `device_authorization_endpoint` and the device_code grant type. */
    deviceFlow: boolean;
    /** `token_endpoint_auth_signing_alg_values_supported`, in the recorded order. */
    clientAuthSigningAlgs: readonly string[];
    /** `/oidc/.well-known/oauth-authorization-server` (RFC 8414) answers with the same document. */
    oauthAuthorizationServerMetadata: boolean;
  };
  /** The JWKS response's `cache-control`, when it has one. */
  jwksCacheControl: string | undefined;
  /** App-level access control (1.41+): an app can be limited to some users. */
  appLevelAccessControl: boolean;
  /** The paths the Console lists as a social connector's callback URIs (1.42: sign-in, then Account Center linking). */
  socialCallbackPaths(connectorId: string): string[];
  logsApi: LogsApiProfile;
}

const logsApi137: LogsApiProfile = {
  version: '1.37.1',
  // Only keys named exactly `password` or `secret` are masked; `start_time`/`end_time` are ignored.
  isMaskedKey: (key) => key === 'password' || key === 'secret',
  timeWindow: false,
  listedKeyPrefixes: ['ExchangeTokenBy', 'RevokeToken', 'Interaction', 'JwtCustomizer', 'SamlApplication', 'Unknown'],
};

const maskedParts142 = ['secret', 'password', 'apikey', 'privatekey', 'credential', 'cookie'];

const logsApi142: LogsApiProfile = {
  version: '1.42.0',
  // Also names that contain secret, password, apikey, privatekey, credential or cookie, the keys
  // `authorization` and `token`, and names ending in `token`; never `code`, `code_verifier` or `state`.
  isMaskedKey: (key) => {
    const lower = key.toLowerCase();
    return maskedParts142.some((part) => lower.includes(part)) || lower === 'authorization' || lower.endsWith('token');
  },
  timeWindow: true,
  listedKeyPrefixes: [...logsApi137.listedKeyPrefixes, 'RevokeGrants', 'Action'],
};

const clientAuthAlgs137 = ['HS256', 'RS256', 'PS256', 'ES256', 'EdDSA'] as const;

export const logtoVersionProfiles = {
  '1.37': {
    version: '1.37',
    release: '1.37.1',
    idToken: { typHeader: true, atHash: true },
    preferredUsername: false,
    userinfoWithoutToken: 'invalid_request',
    accessTokenRevocationRevokesGrant: false,
    discovery: {
      requestParameterSupported: true,
      deviceFlow: false,
      clientAuthSigningAlgs: clientAuthAlgs137,
      oauthAuthorizationServerMetadata: false,
    },
    jwksCacheControl: undefined,
    appLevelAccessControl: false,
    socialCallbackPaths: (connectorId) => [`/callback/${connectorId}`],
    logsApi: logsApi137,
  },
  '1.42': {
    version: '1.42',
    release: '1.42.0',
    idToken: { typHeader: false, atHash: false },
    preferredUsername: true,
    userinfoWithoutToken: 'invalid_token',
    accessTokenRevocationRevokesGrant: true,
    discovery: {
      requestParameterSupported: false,
      deviceFlow: true,
      clientAuthSigningAlgs: ['HS256', 'RS256', 'PS256', 'ES256', 'Ed25519', 'EdDSA'],
      oauthAuthorizationServerMetadata: true,
    },
    jwksCacheControl: 'no-cache, max-age=0, must-revalidate',
    appLevelAccessControl: true,
    socialCallbackPaths: (connectorId) => [`/callback/${connectorId}`, `/account/callback/social/${connectorId}`],
    logsApi: logsApi142,
  },
} as const satisfies Record<LogtoVersion, LogtoVersionProfile>;

export function logtoVersionProfile(version: LogtoVersion): LogtoVersionProfile {
  return logtoVersionProfiles[version];
}
