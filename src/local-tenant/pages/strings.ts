import type { PageLang } from './locale.ts';

/**
 * Every string of the local tenant's sign-in pages. English is the reference; the type makes Japanese
 * and Korean carry the same keys. Kept here because the tenant shares no code with the site.
 * `{name}` placeholders are filled by `fill`.
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
  errorCancelled: 'You cancelled at Naver, so nothing was shared. Choose "Continue with Naver" to try again.',
  errorInvalidResponse:
    "Naver's answer could not be used (connector.invalid_response). The connector's Client ID or Client Secret may not match the Naver app.",
  errorAccessToken: 'Naver did not accept the access token (connector.social_invalid_access_token). Try again.',
  errorAuthCode: 'Naver did not accept the authorization code (connector.social_auth_code_invalid). Try again.',
  errorServer: 'Something went wrong while talking to Naver (HTTP 500, "Internal server error."). Check the connector settings and try again.',
  errorSession: 'This sign-in has expired or was already finished. Go back to the app and start again.',
  errorState: 'The answer from Naver does not belong to this sign-in (state mismatch). Start again.',
  errorUsernameTaken: 'This username is already in use. Choose another one.',
  errorUsernameInvalid: 'This username is not valid. Use letters, digits and underscores, not starting with a digit.',
  errorNotRegistered:
    'This Naver account has no account here yet, and this app only lets existing users sign in ("sign in only"), so it cannot register.',
  errorOther: 'Sign-in failed: {message}',
  logtoSaid: 'Logto said: "{message}". Use your browser\'s Back button to return to the app.',
  consentMissing: 'There is no sign-in waiting for consent. Go back to the app and start again.',
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
  errorCancelled: 'Naver でキャンセルしたため、情報は共有されていません。もう一度「Naver で続ける」を選んでください。',
  errorInvalidResponse:
    'Naver の応答を利用できませんでした (connector.invalid_response)。コネクタの Client ID または Client Secret が Naver のアプリと一致していない可能性があります。',
  errorAccessToken: 'Naver がアクセストークンを受け付けませんでした (connector.social_invalid_access_token)。もう一度お試しください。',
  errorAuthCode: 'Naver が認可コードを受け付けませんでした (connector.social_auth_code_invalid)。もう一度お試しください。',
  errorServer: 'Naver との通信中にエラーが発生しました (HTTP 500「Internal server error.」)。コネクタの設定を確認して、もう一度お試しください。',
  errorSession: 'このサインインは期限切れか、すでに完了しています。アプリに戻って最初からやり直してください。',
  errorState: 'Naver からの応答がこのサインインのものではありません (state の不一致)。最初からやり直してください。',
  errorUsernameTaken: 'このユーザー名はすでに使われています。別の名前を選んでください。',
  errorUsernameInvalid: 'このユーザー名は使えません。英字・数字・アンダースコアを使い、数字で始めないでください。',
  errorNotRegistered:
    'この Naver アカウントはまだ登録されていません。このアプリは既存ユーザーのサインインだけを許可しているため (「サインインのみ」)、登録できません。',
  errorOther: 'サインインに失敗しました: {message}',
  logtoSaid: 'Logto のメッセージ:「{message}」。ブラウザの「戻る」でアプリに戻れます。',
  consentMissing: '同意を待っているサインインがありません。アプリに戻って最初からやり直してください。',
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
  errorCancelled: '네이버에서 취소하여 아무 정보도 공유되지 않았습니다. 다시 하려면 "네이버로 계속하기"를 선택하세요.',
  errorInvalidResponse:
    '네이버의 응답을 사용할 수 없습니다 (connector.invalid_response). 커넥터의 Client ID 또는 Client Secret이 네이버 애플리케이션과 다를 수 있습니다.',
  errorAccessToken: '네이버가 액세스 토큰을 받아들이지 않았습니다 (connector.social_invalid_access_token). 다시 시도하세요.',
  errorAuthCode: '네이버가 인가 코드를 받아들이지 않았습니다 (connector.social_auth_code_invalid). 다시 시도하세요.',
  errorServer: '네이버와 통신하는 중 오류가 발생했습니다 (HTTP 500 "Internal server error."). 커넥터 설정을 확인하고 다시 시도하세요.',
  errorSession: '이 로그인은 만료되었거나 이미 끝났습니다. 앱으로 돌아가 처음부터 다시 시작하세요.',
  errorState: '네이버의 응답이 이 로그인의 것이 아닙니다 (state 불일치). 처음부터 다시 시작하세요.',
  errorUsernameTaken: '이미 사용 중인 사용자 이름입니다. 다른 이름을 선택하세요.',
  errorUsernameInvalid: '사용할 수 없는 사용자 이름입니다. 영문자, 숫자, 밑줄을 쓰고 숫자로 시작하지 마세요.',
  errorNotRegistered:
    '이 네이버 계정은 아직 가입되어 있지 않습니다. 이 앱은 기존 사용자만 로그인할 수 있어("로그인만") 가입할 수 없습니다.',
  errorOther: '로그인 실패: {message}',
  logtoSaid: 'Logto 메시지: "{message}". 브라우저의 뒤로 버튼으로 앱에 돌아갈 수 있습니다.',
  consentMissing: '동의를 기다리는 로그인이 없습니다. 앱으로 돌아가 처음부터 다시 시작하세요.',
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
