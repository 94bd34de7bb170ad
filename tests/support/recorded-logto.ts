/**
 * Bodies real Logto 1.37 answered, as recorded in ../shared/reference/real-logto-notes.md, for tests that
 * assert the local tenant answers the same, byte for byte.
 */

/** `/oidc/auth` with a redirect URI the app has not registered (an app without any, too): 400. */
export function recordedInvalidRedirectUriBody(endpoint: string, state: string): string {
  return JSON.stringify({
    code: 'oidc.invalid_redirect_uri',
    message: "`redirect_uri` did not match any of the client's registered `redirect_uris`.",
    error: 'invalid_redirect_uri',
    error_description: "redirect_uri did not match any of the client's registered redirect_uris",
    state,
    iss: `${endpoint}/oidc`,
  });
}
