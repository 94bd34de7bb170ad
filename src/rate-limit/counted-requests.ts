/**
 * The requests the rate limit counts: every endpoint that makes the server fetch a tenant, by the
 * route Astro matched (so `/playground/settings/` and other spellings of one route count alike) and the
 * method that endpoint answers. Other requests are never counted, so reading the guide costs nothing.
 */
const countedRoutes: Readonly<Record<string, string>> = {
  '/playground/settings': 'POST', // saving runs the settings pre-checks against the tenant
  '/playground/preflight': 'POST', // "Run checks"
  '/playground/sign-in': 'POST', // discovery, sign-in experience, probes
  '/playground/sign-out': 'POST', // discovery for the end-session endpoint
  '/playground/callback': 'GET', // token exchange, JWKS, userinfo
};

export function isCountedRequest(routePattern: string, method: string): boolean {
  return countedRoutes[routePattern] === method;
}
