/** A stand-in for Naver Login (nid.naver.com) and its profile API (openapi.naver.com) on one local origin. */
export { startNaverMock } from './server.ts';
export type { NaverMockServer } from './server.ts';
export { naverMockConfigSchema, defaultNaverTestUsers } from './config.ts';
export type { NaverMockConfigInput } from './config.ts';
