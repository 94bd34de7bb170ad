/**
 * The sandbox driver: a browser's part in a sign-in through the local tenant and its Naver mock, over
 * HTTP (no browser): cookies, redirects, the sign-in page's experience API calls, agreeing or cancelling
 * at the mock. Tests and benches use it; it imports no test runner, and the site never imports it.
 */
export { CookieJar } from './cookie-jar.ts';
export { browserRequest, driverUserAgent, followRedirects } from './browser-request.ts';
export type { Hop } from './browser-request.ts';
export { answerNaverConsent } from './naver-consent.ts';
export type { NaverChoice } from './naver-consent.ts';
export { appIdOf, experienceHttp, reachSignInPage, signInThroughTenant } from './tenant-sign-in.ts';
export type { SignInOutcome } from './tenant-sign-in.ts';
export { signInThroughSite } from './site-sign-in.ts';
