import type { PageLang } from '../http/locale.ts';

/**
 * Every string of the local tenant's sign-in pages. English is the reference; the type makes Japanese
 * and Korean carry the same keys. Kept here because the tenant shares no code with the site.
 * `{name}` placeholders are filled by `fill`. The words Logto's own pages show (the account-linking
 * page, the sign-in page's toasts that are not an API message) are Logto's, from its phrase files
 * (packages/phrases-experience: description, action, error); an API error's toast is the API's own
 * message (../logto-phrases.ts).
 */
const en = {
  tenantName: 'Local Logto test tenant',
  signInTitle: 'Sign in to {app}',
  registerTitle: 'Create your account for {app}',
  signInLead: 'Choose how you want to sign in.',
  registerLead: 'Choose how you want to create your account.',
  continueWith: 'Continue with {connector}',
  noConnectors: 'No social sign-in is enabled in this sign-in experience.',
  loginHint: 'The app suggested this account: {hint}',
  switchToRegister: 'No account yet? Create one',
  switchToSignIn: 'Already have an account? Sign in',
  redirecting: 'Taking you to {connector}…',
  finishing: 'Finishing your sign-in…',
  fallingBack: 'This sign-in method is not available. Taking you to the sign-in page…',
  usernameTitle: 'Choose a username',
  usernameLabel: 'Username',
  usernameHelp: 'Letters, digits and underscores; it cannot start with a digit.',
  usernameSubmit: 'Continue',
  errorTitle: 'Sign-in did not finish',
  invalidConnectorAuth: 'The authorization is invalid',
  unknownError: 'Unknown error.',
  bindAccountTitle: 'Link or create account',
  socialBindWithExisting: 'We found a related account which had been registered, and you can link it directly.',
  bindWith: 'Link with {address}',
  skipSocialLinking: 'Skip linking to existing account?',
  createAccountWithoutLinking: 'Create new one instead',
  consentMissing: 'There is no sign-in waiting for consent. Go back to the app and start again.',
  // Logto's consent error page for a user app-level access control refuses (error.access_denied,
  // error.application_access_denied, account_center.sessions.revoke_session).
  accessDeniedTitle: 'Access denied',
  applicationAccessDenied: 'You do not have permission to access this application.\nPlease contact your administrator for assistance.',
  revokeSession: 'Sign out',
  signedOutTitle: 'You have signed out',
  signedOutBody: 'You can close this window.',
  signingOut: 'Signing you out…',
  signOutButton: 'Sign out',
  noScript: 'This page needs JavaScript to talk to the sign-in service.',
} as const;

export type PageStringKey = keyof typeof en;
export type PageStrings = Record<PageStringKey, string>;

const ja: PageStrings = {
  tenantName: 'ローカル Logto テストテナント',
  signInTitle: '{app} にサインイン',
  registerTitle: '{app} のアカウントを作成',
  signInLead: 'サインイン方法を選んでください。',
  registerLead: 'アカウントの作成方法を選んでください。',
  continueWith: '{connector} で続ける',
  noConnectors: 'このサインイン画面ではソーシャルサインインが有効になっていません。',
  loginHint: 'アプリが指定したアカウント: {hint}',
  switchToRegister: 'アカウントをお持ちでない場合は作成',
  switchToSignIn: 'アカウントをお持ちの場合はサインイン',
  redirecting: '{connector} に移動しています…',
  finishing: 'サインインを完了しています…',
  fallingBack: 'このサインイン方法は利用できません。サインイン画面に移動しています…',
  usernameTitle: 'ユーザー名を決めてください',
  usernameLabel: 'ユーザー名',
  usernameHelp: '英字・数字・アンダースコアが使えます。数字で始めることはできません。',
  usernameSubmit: '続ける',
  errorTitle: 'サインインが完了しませんでした',
  invalidConnectorAuth: '認証が無効です',
  unknownError: '不明なエラーが発生しました。後でもう一度お試しください。',
  bindAccountTitle: 'アカウントのリンクまたは作成',
  socialBindWithExisting: '関連するアカウントが登録されているのが見つかりましたので、直接リンクできます。',
  bindWith: '{address} とリンクする',
  skipSocialLinking: '既存のアカウントとのリンクをスキップしますか？',
  createAccountWithoutLinking: '代わりに新しいアカウントを作成する',
  consentMissing: '同意を待っているサインインがありません。アプリに戻って最初からやり直してください。',
  accessDeniedTitle: 'アクセスが拒否されました',
  applicationAccessDenied: 'このアプリケーションにアクセスする権限がありません。\n管理者にお問い合わせください。',
  revokeSession: 'サインアウト',
  signedOutTitle: 'サインアウトしました',
  signedOutBody: 'このウィンドウは閉じてかまいません。',
  signingOut: 'サインアウトしています…',
  signOutButton: 'サインアウト',
  noScript: 'このページはサインインサービスと通信するために JavaScript が必要です。',
};

const ko: PageStrings = {
  tenantName: '로컬 Logto 테스트 테넌트',
  signInTitle: '{app}에 로그인',
  registerTitle: '{app} 계정 만들기',
  signInLead: '로그인 방법을 선택하세요.',
  registerLead: '계정을 만들 방법을 선택하세요.',
  continueWith: '{connector}로 계속하기',
  noConnectors: '이 로그인 화면에는 사용 설정된 소셜 로그인이 없습니다.',
  loginHint: '앱이 제안한 계정: {hint}',
  switchToRegister: '계정이 없으신가요? 새로 만들기',
  switchToSignIn: '이미 계정이 있으신가요? 로그인',
  redirecting: '{connector}(으)로 이동하는 중…',
  finishing: '로그인을 마무리하는 중…',
  fallingBack: '이 로그인 방법은 사용할 수 없습니다. 로그인 화면으로 이동하는 중…',
  usernameTitle: '사용자 이름을 정하세요',
  usernameLabel: '사용자 이름',
  usernameHelp: '영문자, 숫자, 밑줄을 쓸 수 있으며 숫자로 시작할 수 없습니다.',
  usernameSubmit: '계속',
  errorTitle: '로그인이 완료되지 않았습니다',
  invalidConnectorAuth: '인증이 유효하지 않아요.',
  unknownError: '알 수 없는 오류가 발생했어요. 잠시 후에 시도해 주세요.',
  bindAccountTitle: '계정 만들거나 연동하기',
  socialBindWithExisting: '이미 등록된 관련 계정을 찾았으며, 직접 연결할 수 있습니다.',
  bindWith: '{address}로 연동',
  skipSocialLinking: '기존 계정 연결 건너뛰기?',
  createAccountWithoutLinking: '대신 새로 만들기',
  consentMissing: '동의를 기다리는 로그인이 없습니다. 앱으로 돌아가 처음부터 다시 시작하세요.',
  accessDeniedTitle: '접근이 거부되었어요',
  applicationAccessDenied: '이 애플리케이션에 액세스할 권한이 없습니다.\n관리자에게 도움을 요청하세요.',
  revokeSession: '로그아웃',
  signedOutTitle: '로그아웃했습니다',
  signedOutBody: '이 창을 닫아도 됩니다.',
  signingOut: '로그아웃하는 중…',
  signOutButton: '로그아웃',
  noScript: '이 페이지는 로그인 서비스와 통신하기 위해 JavaScript가 필요합니다.',
};

export const pageStrings: Record<PageLang, PageStrings> = { en, ja, ko };

export function fill(template: string, values: Readonly<Record<string, string>>): string {
  return template.replace(/\{(\w+)\}/g, (match, key: string) => values[key] ?? match);
}
