import { z } from 'zod';

const naverMockAppSchema = z.object({
  clientId: z.string().min(1),
  clientSecret: z.string().min(1),
  /** 애플리케이션 이름: what the consent page shows. */
  name: z.string().min(1).default('Logto'),
  /** 네이버 로그인 Callback URL: only these may receive a code. */
  callbackUrls: z.array(z.url()).min(1),
  /** Makes `/v1/nid/me` answer 401 resultcode 024 for this app's tokens. */
  profileCallFails: z.boolean().default(false),
  /** How a wrong client secret is answered: HTTP 200 with an error body (as recorded), or HTTP 401. */
  tokenErrorStatus: z.union([z.literal(200), z.literal(401)]).default(200),
  /**
   * 개발 상태: an app still 개발 중 lets only its members (멤버관리 › 테스터 ID) sign in; 서비스 적용
   * (live) lets everyone.
   */
  status: z.enum(['development', 'live']).default('live'),
  /** Test user ids registered as members while the app is 개발 중. */
  members: z.array(z.string().min(1)).default([]),
  /**
   * 이메일 주소 under 권한 › 필수 (the consent page has no way to refuse it) or 추가 (an optional,
   * pre-ticked checkbox the user may untick, and then the profile has no email).
   */
  emailPermission: z.enum(['required', 'optional']).default('required'),
  /** Endpoints that answer 503 for this app's calls: an outage at Naver. */
  outages: z.array(z.enum(['token', 'profile'])).default([]),
  /**
   * Naver gives each application its own id for the same person. Off by default so the default app's
   * users keep the ids real Logto was recorded with; on, this app sees ids no other app has seen.
   */
  appScopedUserIds: z.boolean().default(false),
});

const naverMockUserSchema = z.object({
  id: z.string().min(1),
  nickname: z.string().min(1),
  name: z.string().min(1),
  email: z.email(),
  profile_image: z.url(),
  age: z.string().optional(),
  gender: z.enum(['F', 'M', 'U']).optional(),
  birthday: z.string().regex(/^\d{2}-\d{2}$/, 'birthday is MM-DD').optional(),
  birthyear: z.string().regex(/^\d{4}$/, 'birthyear is YYYY').optional(),
  mobile: z.string().optional(),
  mobile_e164: z.string().optional(),
});

export const naverMockConfigSchema = z
  .object({
    apps: z.array(naverMockAppSchema).min(1),
    users: z.array(naverMockUserSchema).min(1),
  })
  .superRefine((config, ctx) => {
    const duplicate = (values: string[]) => values.find((value, index) => values.indexOf(value) !== index);
    const clientId = duplicate(config.apps.map((app) => app.clientId));
    if (clientId) ctx.addIssue({ code: 'custom', path: ['apps'], message: `duplicate clientId "${clientId}"` });
    const userId = duplicate(config.users.map((user) => user.id));
    if (userId) ctx.addIssue({ code: 'custom', path: ['users'], message: `duplicate user id "${userId}"` });
    config.apps.forEach((app, index) => {
      const unknown = app.members.find((member) => !config.users.some((user) => user.id === member));
      if (unknown) ctx.addIssue({ code: 'custom', path: ['apps', index, 'members'], message: `member "${unknown}" is not a test user` });
    });
  });

export type NaverMockConfigInput = z.input<typeof naverMockConfigSchema>;
export type NaverMockConfig = z.output<typeof naverMockConfigSchema>;
export type NaverMockApp = NaverMockConfig['apps'][number];
export type NaverMockUser = NaverMockConfig['users'][number];

const naverDefaultProfileImage = 'https://ssl.pstatic.net/static/pwe/address/img_profile.png';

/**
 * Four made-up Korean Naver accounts; the first matches the one real Logto was recorded with. The fourth
 * has the email of a user the tenant already has (config/existing-users.ts), who signed up before
 * without Naver: signing in with it is the "related user" case, where Logto offers to link the accounts.
 */
export const defaultNaverTestUsers = [
  {
    id: 'mockNaverUid_5aTr5tXGi8kt4nmVrNDBOwO2rAzQ4j8F',
    nickname: '검증용닉네임',
    name: '김네이버',
    email: 'naver-mock-user@naver.com',
    profile_image: naverDefaultProfileImage,
    age: '30-39',
    gender: 'F',
    birthday: '10-01',
    birthyear: '1990',
    mobile: '010-1234-5678',
    mobile_e164: '+821012345678',
  },
  {
    id: 'mockNaverUid_Qm7VbK2xR9pLw3sTn8YcHd4JfA6gE1uZ',
    nickname: '서울개발자',
    name: '이서준',
    email: 'seojun.lee.mock@naver.com',
    profile_image: naverDefaultProfileImage,
    age: '20-29',
    gender: 'M',
    birthday: '03-15',
    birthyear: '1998',
    mobile: '010-2345-6789',
    mobile_e164: '+821023456789',
  },
  {
    id: 'mockNaverUid_Xc4NhT8rW2kLq6vBm9PsDj3GyF7aE5oU',
    nickname: '부산바다',
    name: '박지민',
    email: 'jimin.park.mock@naver.com',
    profile_image: naverDefaultProfileImage,
    age: '40-49',
    gender: 'F',
    birthday: '07-22',
    birthyear: '1983',
  },
  {
    id: 'mockNaverUid_Lk5RwP9sBv2HmT7eXc4QnJ8dYg3FaU6z',
    nickname: '기존회원',
    name: '최연동',
    email: 'yeondong.choi.mock@naver.com',
    profile_image: naverDefaultProfileImage,
    age: '30-39',
    gender: 'M',
    birthday: '11-05',
    birthyear: '1988',
  },
] as const satisfies NaverMockConfigInput['users'];
