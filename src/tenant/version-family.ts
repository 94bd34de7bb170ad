/**
 * Which Logto a tenant runs, told from what any tenant shows without credentials: its discovery
 * document, whether it serves RFC 8414 metadata, its JWKS response, and (after a sign-in) the ID token's
 * header. Pure: the probes (./probes.ts) fetch, the preflight judges, the panel and the guide show.
 *
 * The site only tells two families apart, the ones whose Console and answers differ for this guide
 * (records: ../shared/reference/real-logto-shapes.json, v1.37.1, and real-logto-1.42/, v1.42.0, whose
 * DIFF.md says which version brought each change). Logto 1.42.0 moved to oidc-provider v9, and most
 * signals come from that move; each signal below names what it proves and nothing more. A tenant whose
 * signals disagree, or that shows none, is `unknown`: the guide then shows both versions' wording, and no
 * check fails for it. A version newer than any recorded keeps 1.42's signals or adds keys; extra keys
 * prove nothing and are ignored.
 */

export const versionFamilies = ['1.42-or-later', '1.41-or-earlier', 'unknown'] as const;
export type VersionFamily = (typeof versionFamilies)[number];
export type KnownVersionFamily = Exclude<VersionFamily, 'unknown'>;

export function isVersionFamily(value: unknown): value is VersionFamily {
  return typeof value === 'string' && (versionFamilies as readonly string[]).includes(value);
}

/**
 * Each signal and the family it proves. Written as the protocol says it, the same in every language (the
 * reasons quote them).
 */
export const versionSignals = {
  // Logto 1.42.0 serves /oidc/.well-known/oauth-authorization-server (observed: 200, the same keys as
  // openid-configuration); v1.37.1 has no such route.
  'oauth-authorization-server 200': '1.42-or-later',
  'oauth-authorization-server 404': '1.41-or-earlier',
  // oidc-provider v9 (Logto 1.42.0) drops the key; v8 (up to 1.41) announces `false`.
  'request_parameter_supported absent': '1.42-or-later',
  'request_parameter_supported listed': '1.41-or-earlier',
  // The device flow came with core 1.38.0: a tenant without it is 1.37 or earlier. Its presence proves
  // only 1.38 or later, which does not tell 1.41 from 1.42, so it is no signal.
  'device_authorization_endpoint absent': '1.41-or-earlier',
  // oidc-provider v9 lists Ed25519 among the client-auth signing algorithms; v8 lists EdDSA only.
  'Ed25519 listed': '1.42-or-later',
  'Ed25519 not listed': '1.41-or-earlier',
  // oidc-provider v9 sends the JWKS with `cache-control: no-cache, max-age=0, must-revalidate`; v1.37.1
  // sent none. A proxy in front can change headers, so this one can disagree: then the verdict is unknown.
  'JWKS cache-control no-cache': '1.42-or-later',
  'JWKS without cache-control': '1.41-or-earlier',
  // oidc-provider v9 omits the generic `typ: "JWT"` from ID tokens (Logto 1.42.0 changelog).
  'ID token without typ': '1.42-or-later',
  'ID token typ JWT': '1.41-or-earlier',
} as const satisfies Record<string, KnownVersionFamily>;

export type VersionSignal = keyof typeof versionSignals;

export function isVersionSignal(value: unknown): value is VersionSignal {
  return typeof value === 'string' && Object.hasOwn(versionSignals, value);
}

/** What was seen; a field left out was not looked at (or got no usable answer), and proves nothing. */
export interface VersionObservations {
  /** The status of `GET /oidc/.well-known/oauth-authorization-server`; only 200 (a JSON object) and 404 count. */
  authorizationServerMetadata?: { status: number; isJsonObject: boolean } | undefined;
  /** The parsed openid-configuration document. */
  discovery?: Readonly<Record<string, unknown>> | undefined;
  /** The JWKS response's `cache-control` header; `null` when it had none. */
  jwksCacheControl?: string | null | undefined;
  /** The protected header of an ID token the tenant issued. */
  idTokenHeader?: Readonly<Record<string, unknown>> | undefined;
}

/** The signals the observations show, in a fixed order. */
export function signalsOf(seen: VersionObservations): VersionSignal[] {
  const signals: VersionSignal[] = [];
  const metadata = seen.authorizationServerMetadata;
  if (metadata?.status === 200 && metadata.isJsonObject) signals.push('oauth-authorization-server 200');
  if (metadata?.status === 404) signals.push('oauth-authorization-server 404');

  const discovery = seen.discovery;
  if (discovery) {
    signals.push(Object.hasOwn(discovery, 'request_parameter_supported') ? 'request_parameter_supported listed' : 'request_parameter_supported absent');
    if (!Object.hasOwn(discovery, 'device_authorization_endpoint')) signals.push('device_authorization_endpoint absent');
    const algs = discovery['token_endpoint_auth_signing_alg_values_supported'];
    if (Array.isArray(algs)) signals.push(algs.includes('Ed25519') ? 'Ed25519 listed' : 'Ed25519 not listed');
  }

  if (seen.jwksCacheControl === null) signals.push('JWKS without cache-control');
  else if (seen.jwksCacheControl !== undefined && /(^|,)\s*no-cache\s*(,|$)/i.test(seen.jwksCacheControl)) {
    signals.push('JWKS cache-control no-cache');
  }

  const header = seen.idTokenHeader;
  if (header) {
    if (!Object.hasOwn(header, 'typ')) signals.push('ID token without typ');
    else if (header['typ'] === 'JWT') signals.push('ID token typ JWT');
  }
  return signals;
}

export interface VersionVerdict {
  family: VersionFamily;
  /** Every signal seen, whichever family it points at (both, when they disagree). */
  signals: VersionSignal[];
}

/** The family every signal agrees on; `unknown` when there is none or they disagree. */
export function verdictOf(signals: readonly VersionSignal[]): VersionVerdict {
  const unique = [...new Set(signals)];
  const families = new Set(unique.map((signal) => versionSignals[signal]));
  const [only] = families;
  return { family: families.size === 1 && only ? only : 'unknown', signals: unique };
}

export function detectVersionFamily(seen: VersionObservations): VersionVerdict {
  return verdictOf(signalsOf(seen));
}

/** Signals kept as text (a stored check result's details), read back; anything else is dropped. */
export function parseSignals(text: string | undefined): VersionSignal[] {
  return (text ?? '').split(';').map((part) => part.trim()).filter(isVersionSignal);
}

export function formatSignals(signals: readonly VersionSignal[]): string {
  return signals.join('; ');
}
