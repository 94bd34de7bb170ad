/**
 * How long the Naver mock keeps what it issues: the one place for these lifetimes. LOCAL keeps Naver's
 * own (codes 10 minutes, access tokens an hour, `expires_in: "3600"`; refresh tokens the mock's choice of
 * two weeks). A public sandbox keeps them short: a visitor's tokens are demonstration material, and a
 * short life bounds what a leaked one can do and how long it occupies the shared store.
 */
export type NaverMockLifetimes = { codeSeconds: number; accessTokenSeconds: number; refreshTokenSeconds: number };

const localLifetimes: NaverMockLifetimes = { codeSeconds: 10 * 60, accessTokenSeconds: 3600, refreshTokenSeconds: 14 * 24 * 3600 };

/** Still longer than a sign-in takes (the connector's profile call follows the token at once), far shorter than LOCAL's. */
const publicSandboxLifetimes: NaverMockLifetimes = { codeSeconds: 5 * 60, accessTokenSeconds: 10 * 60, refreshTokenSeconds: 3600 };

export function naverMockLifetimes(publicSandbox: boolean): NaverMockLifetimes {
  return publicSandbox ? publicSandboxLifetimes : localLifetimes;
}
