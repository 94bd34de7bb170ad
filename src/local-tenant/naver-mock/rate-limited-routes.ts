import type { CountedRoutes } from '../http/rate-limit.ts';

/**
 * A public sandbox limits the Naver mock's authorize, token and profile endpoints per client, as it does
 * the tenant's sign-in and token endpoints: the same limiter and budget, a budget of its own (another key
 * prefix), shared through Redis by every instance. The mock's router is strict and case-sensitive, so the
 * paths are compared as they are.
 */
const countedPaths = new Set(['/oauth2.0/authorize', '/oauth2.0/token', '/v1/nid/me']);

export const naverMockCountedRoutes: CountedRoutes = {
  keyPrefix: 'logto-naver-guide:naver-mock-rate',
  counts: (path) => countedPaths.has(path),
  // The consent page is HTML, but a refusal of it is one line of text; token and profile answer JSON.
  answersJson: (path) => path !== '/oauth2.0/authorize',
};
