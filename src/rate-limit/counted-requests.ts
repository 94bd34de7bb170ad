/**
 * The requests the rate limit counts: every request to an endpoint that makes the server fetch a
 * tenant, by the route Astro matched (so `/playground/settings/` and other spellings of one route count
 * alike), whatever its method. Counting by route alone is the one rule that can't miss a method: Astro
 * answers HEAD with the GET handler (so `HEAD /playground/callback` runs the token exchange), and any
 * other method that reaches a route costs the same as the one it answers. Other routes are never
 * counted, so reading the guide costs nothing.
 */
const countedRoutes: ReadonlySet<string> = new Set([
  '/playground/settings', // saving runs the settings pre-checks against the tenant
  '/playground/scenario', // "Break it on purpose" saves a scenario's settings and runs their pre-checks
  '/playground/preflight', // "Run checks"
  '/playground/sign-in', // discovery, sign-in experience, probes
  '/playground/sign-out', // discovery for the end-session endpoint
  '/playground/refresh', // discovery, the refresh_token grant, JWKS
  '/playground/callback', // token exchange, JWKS, userinfo
  '/playground/ask-tenant', // a Management API token and the audit log's pages
]);

export function isCountedRoute(routePattern: string): boolean {
  return countedRoutes.has(routePattern);
}
