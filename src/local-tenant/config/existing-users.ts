import { defaultNaverTestUsers } from '../naver-mock/config.ts';
import type { TenantConfigInput } from './schema.ts';

/**
 * The user the default tenant already has: one who signed up before without Naver, with the email of the
 * Naver mock's fourth test account (기존회원). A sign-in with that account finds no Naver identity but a
 * related user, so the sign-in page offers to link them (`/social/link/<connector id>`), as real Logto
 * does (recorded; also in "sign in only" mode).
 */
export const defaultExistingUsers = [
  { id: 'tna0v00kyeia', username: 'yeondong', email: defaultNaverTestUsers[3].email, name: '최연동' },
] as const satisfies NonNullable<TenantConfigInput['users']>;
