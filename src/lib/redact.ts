/**
 * Turning secrets into something safe to show, log or store in a trace. Anything that can act as a
 * credential (app secret, tokens, authorization codes, PKCE verifiers) only ever leaves the server as
 * its length, or, for the app secret the reader typed, its last four characters.
 */

/** `<redacted 43 chars>`: shows that a value exists and how long it is, nothing else. */
export function redacted(value: string | null | undefined): string {
  return value ? `<redacted ${value.length} chars>` : '';
}

/** `••••1AM1`: lets readers recognise their own secret. Short secrets show nothing at all. */
export function maskSecret(secret: string): string {
  if (!secret) return '';
  return secret.length < 12 ? '••••' : `••••${secret.slice(-4)}`;
}

/** `qi1IuC…` (86 chars): enough to compare two values by eye, too little to replay. */
export function abbreviate(value: string | null | undefined, keep = 6): string {
  if (!value) return '';
  return value.length <= keep ? value : `${value.slice(0, keep)}… (${value.length} chars)`;
}

/** Query parameters and form fields that are credentials. */
export const SECRET_PARAMS = [
  'code',
  'code_verifier',
  'client_secret',
  'access_token',
  'id_token',
  'id_token_hint',
  'refresh_token',
  'token',
  'password',
] as const;

/** Parameters that are one-time values: shown abbreviated rather than hidden. */
export const ABBREVIATED_PARAMS = ['state', 'code_challenge', 'nonce'] as const;

/** The parameters of a URL or form as a record, with credentials redacted and one-time values abbreviated. */
export function redactParams(params: URLSearchParams): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of params) {
    if ((SECRET_PARAMS as readonly string[]).includes(key)) out[key] = redacted(value);
    else if ((ABBREVIATED_PARAMS as readonly string[]).includes(key)) out[key] = abbreviate(value);
    else out[key] = value;
  }
  return out;
}

/** A URL safe to show: credentials in its query replaced, user-info removed, no fragment. */
export function redactUrl(input: string | URL): string {
  let url: URL;
  try {
    url = new URL(input);
  } catch {
    return '';
  }
  url.username = '';
  url.password = '';
  url.hash = '';
  const params = redactParams(url.searchParams);
  url.search = '';
  const query = Object.entries(params)
    .map(([key, value]) => `${encodeURIComponent(key)}=${SECRET_PARAMS.some((k) => k === key) ? value : encodeURIComponent(value)}`)
    .join('&');
  return query ? `${url.href}?${query}` : url.href;
}

/** Removes every occurrence of the given secrets from a text (for error messages echoed by servers). */
export function scrubText(text: string, secrets: readonly (string | null | undefined)[]): string {
  let out = text;
  for (const secret of secrets) {
    if (secret && secret.length >= 4) out = out.split(secret).join(redacted(secret));
  }
  return out;
}
