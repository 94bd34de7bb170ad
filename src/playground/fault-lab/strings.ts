import { defineStrings } from '../../i18n/define-strings.ts';
import type { FaultScenarioId } from '../../lib/fault-lab.ts';
import type { NeverComesBackScenarioId } from './scenarios.ts';
import type { Lang } from '../../i18n/languages.ts';

/**
 * The fault lab as readers see it: per scenario (src/lib/fault-lab.ts) a short name (the picker, the
 * guide's lists, the README), one sentence saying what is broken, and for the scenarios that never come
 * back to the app (src/playground/fault-lab/scenarios.ts) what the reader just saw on Naver's or Logto's
 * page. Naver's own screens in the local tenant are approximations; the texts describe them as such.
 */
export const faultLabStrings = defineStrings({
  en: {
    pickerHeading: 'Break it on purpose',
    pickerIntro:
      'Each scenario is an app on the built-in tenant with one thing set up wrong. Choose one to fill in its App ID and secret, then press Sign in or Run checks and watch the diagnosis.',
    pickerLabel: 'Scenario',
    pickerSubmit: 'Use this scenario',
    pickerUnknown: 'There is no such scenario (the page may be out of date). Choose one from the list.',
    current: 'Scenario: {name} — {broken}',
    sawHeading: 'What you just saw',
    'name.wrong-app-secret': 'Wrong App secret',
    'broken.wrong-app-secret': 'The App secret is not the one Logto has for this app (copied from another app).',
    'name.spa-app': 'Single-page app',
    'broken.spa-app': 'The app is a single-page app, which has no secret a server can sign in with.',
    'name.native-app': 'Native app',
    'broken.native-app': 'The app is a native app, which has no secret a server can sign in with.',
    'name.m2m-app': 'Machine-to-machine app',
    'broken.m2m-app': 'The app is a machine-to-machine app, which can’t sign users in.',
    'name.redirect-uri-not-registered': 'Redirect URI not registered',
    'broken.redirect-uri-not-registered': 'The app’s Redirect URIs list another app’s URI, not the playground’s callback.',
    'name.post-sign-out-uri-not-registered': 'Post sign-out URI not registered',
    'broken.post-sign-out-uri-not-registered': 'The app’s Post sign-out redirect URIs don’t include the playground’s page.',
    'name.connector-not-in-sign-in-experience': 'Naver connector not in the sign-in experience',
    'broken.connector-not-in-sign-in-experience': 'The Naver connector is set up, but not added to Social sign-in, so the sign-in page doesn’t offer it.',
    'name.no-naver-connector': 'No Naver connector',
    'broken.no-naver-connector': 'The tenant has no Naver connector for this app at all.',
    'name.wrong-naver-client-id': 'Wrong Naver Client ID',
    'broken.wrong-naver-client-id': 'The connector’s Client ID is one character off, so no Naver app has it.',
    'name.wrong-naver-client-secret': 'Wrong Naver Client Secret',
    'broken.wrong-naver-client-secret': 'The connector’s Client Secret is an old one (재발급 was pressed at Naver); Naver answers 200 with an error.',
    'name.wrong-naver-client-secret-401': 'Wrong Naver Client Secret (HTTP 401)',
    'broken.wrong-naver-client-secret-401': 'The connector’s Client Secret is wrong and Naver answers 401, which Logto shows as a server error.',
    'name.naver-callback-url-mismatch': 'Callback URL at Naver does not match',
    'broken.naver-callback-url-mismatch': 'The Naver app’s Callback URL is the playground’s address instead of Logto’s callback URI.',
    'name.naver-app-in-development': 'Naver app in development, user not a member',
    'broken.naver-app-in-development': 'The Naver app is still 개발 중 (in development) and only one test user is a member.',
    'name.naver-email-declined': 'Email permission declined at Naver',
    'broken.naver-email-declined': 'The Naver app asks for the email under 권한 › 추가 (optional), so the user can untick it.',
    'name.naver-token-endpoint-down': 'Naver token endpoint down',
    'broken.naver-token-endpoint-down': 'Naver’s token endpoint answers 503 for this app: an outage at Naver.',
    'name.naver-profile-api-down': 'Naver profile API down',
    'broken.naver-profile-api-down': 'Naver’s profile API answers 503 for this app: an outage at Naver.',
    'name.sign-in-only-new-user': 'Sign in only, new Naver user',
    'broken.sign-in-only-new-user': 'The sign-in mode is “sign in only”, and every Naver user is new to this app.',
    'name.app-access-denied': 'App access control leaves the user out',
    'broken.app-access-denied': 'App-level access control (Logto 1.41+) is on for this app, and its rules allow only another user.',
    'name.id-token-unknown-key': 'ID token signed by an unknown key',
    'broken.id-token-unknown-key': 'The tenant signs this app’s ID tokens with a key its JWKS doesn’t publish.',
    'name.id-token-wrong-issuer': 'ID token with the wrong issuer',
    'broken.id-token-wrong-issuer': 'The tenant puts another issuer in this app’s ID tokens.',
    'name.id-token-wrong-audience': 'ID token for another app',
    'broken.id-token-wrong-audience': 'The tenant puts another App ID in the audience of this app’s ID tokens.',
    'name.id-token-expired': 'Expired ID token',
    'broken.id-token-expired': 'The tenant issues this app’s ID tokens already expired.',
    'name.tenant-clock-ahead': 'Tenant clock 10 minutes ahead',
    'broken.tenant-clock-ahead': 'The tenant’s clock is 10 minutes ahead, so its ID tokens seem issued in the future.',
    'name.id-token-hs256': 'ID token signed with HS256',
    'broken.id-token-hs256': 'The tenant signs this app’s ID tokens with HS256 and the App secret instead of its own key.',
    'name.token-endpoint-503': 'Tenant token endpoint down (503)',
    'broken.token-endpoint-503': 'The tenant’s token endpoint answers 503 when the app exchanges its code.',
    'name.cancel-at-naver': 'Cancel at Naver',
    'broken.cancel-at-naver': 'Nothing is broken: press 취소 (cancel) on Naver’s consent page, as a user who changes their mind.',
    'name.jwks-rotated': 'Signing key rotated (must succeed)',
    'broken.jwks-rotated': 'The tenant rotated its signing key: the first ID token’s key is unknown until the JWKS is read again. Sign-in should still work.',
    'saw.wrong-naver-client-id':
      'Naver showed “서비스 설정에 오류가 있어 네이버 아이디로 로그인할 수 없습니다” (the service is misconfigured, so you can’t sign in with Naver) instead of its sign-in screen, and never sent you back.',
    'saw.wrong-naver-client-secret':
      'After you agreed, Logto’s sign-in page said Naver’s answer could not be used (connector.invalid_response) and stayed there: Naver had refused the Client Secret.',
    'saw.wrong-naver-client-secret-401':
      'After you agreed, Logto’s sign-in page showed a server error (HTTP 500) and stayed there: Naver had answered 401 to the Client Secret.',
    'saw.naver-callback-url-mismatch':
      'Naver showed “서비스 설정에 오류가 있어 네이버 아이디로 로그인할 수 없습니다” (the service is misconfigured, so you can’t sign in with Naver): the redirect_uri Logto sent is not the app’s Callback URL.',
    'saw.naver-app-in-development':
      'After you signed in as a user who is not a member, Naver showed “개발 중 상태의 애플리케이션입니다” (this application is in development) and never sent you back.',
    'saw.naver-token-endpoint-down':
      'After you agreed, Logto’s sign-in page showed an error talking to Naver and stayed there: Naver’s token endpoint was down.',
    'saw.naver-profile-api-down':
      'After you agreed, Logto’s sign-in page showed an error talking to Naver and stayed there: Naver’s profile API was down.',
    'saw.sign-in-only-new-user':
      'After you agreed, Logto’s sign-in page said the Naver account is not registered (“The social account has not been registered yet”) and stayed there.',
    'saw.app-access-denied':
      'After you agreed, Logto’s page said “Access denied” (“You do not have permission to access this application. Please contact your administrator for assistance.”) with one button, “Sign out”, and stayed there: the app is never told.',
    'saw.cancel-at-naver':
      'You pressed 취소 (cancel) at Naver; Logto’s sign-in page said the sign-in was cancelled and stayed there. The app is never told.',
  },
  ja: {
    pickerHeading: 'わざと壊してみる',
    pickerIntro:
      '各シナリオは、組み込みテナント上で 1 か所だけ設定を間違えたアプリです。選ぶと App ID とシークレットが入るので、「サインイン」または「チェックを実行」を押して診断を確かめてください。',
    pickerLabel: 'シナリオ',
    pickerSubmit: 'このシナリオを使う',
    pickerUnknown: 'そのシナリオはありません (ページが古い可能性があります)。一覧から選んでください。',
    current: 'シナリオ: {name} — {broken}',
    sawHeading: 'いま表示された画面について',
    'name.wrong-app-secret': 'App シークレットの間違い',
    'broken.wrong-app-secret': 'App シークレットが、Logto がこのアプリに持つものと違います (別のアプリからコピーした)。',
    'name.spa-app': 'シングルページアプリ',
    'broken.spa-app': 'アプリがシングルページアプリで、サーバーがサインインに使うシークレットがありません。',
    'name.native-app': 'ネイティブアプリ',
    'broken.native-app': 'アプリがネイティブアプリで、サーバーがサインインに使うシークレットがありません。',
    'name.m2m-app': 'マシン間 (M2M) アプリ',
    'broken.m2m-app': 'アプリがマシン間 (M2M) アプリで、ユーザーをサインインさせられません。',
    'name.redirect-uri-not-registered': 'リダイレクト URI が未登録',
    'broken.redirect-uri-not-registered': 'アプリのリダイレクト URI に、プレイグラウンドのコールバックではなく別のアプリの URI が入っています。',
    'name.post-sign-out-uri-not-registered': 'サインアウト後の URI が未登録',
    'broken.post-sign-out-uri-not-registered': 'アプリのサインアウト後のリダイレクト URI に、プレイグラウンドのページがありません。',
    'name.connector-not-in-sign-in-experience': 'Naver コネクターがサインイン画面にない',
    'broken.connector-not-in-sign-in-experience': 'Naver コネクターは設定済みですが、ソーシャルサインインに追加されていないため、サインインページに表示されません。',
    'name.no-naver-connector': 'Naver コネクターがない',
    'broken.no-naver-connector': 'このアプリのテナントには Naver コネクターがまったくありません。',
    'name.wrong-naver-client-id': 'Naver Client ID の間違い',
    'broken.wrong-naver-client-id': 'コネクターの Client ID が 1 文字違っていて、その ID の Naver アプリは存在しません。',
    'name.wrong-naver-client-secret': 'Naver Client Secret の間違い',
    'broken.wrong-naver-client-secret': 'コネクターの Client Secret が古いもの (Naver で 재발급 (再発行) が押された) で、Naver は 200 でエラーを返します。',
    'name.wrong-naver-client-secret-401': 'Naver Client Secret の間違い (HTTP 401)',
    'broken.wrong-naver-client-secret-401': 'コネクターの Client Secret が間違っていて、Naver が 401 を返し、Logto はそれをサーバーエラーとして表示します。',
    'name.naver-callback-url-mismatch': 'Naver の Callback URL が不一致',
    'broken.naver-callback-url-mismatch': 'Naver アプリの Callback URL が、Logto のコールバック URI ではなくプレイグラウンドのアドレスになっています。',
    'name.naver-app-in-development': 'Naver アプリが開発中、ユーザーがメンバー外',
    'broken.naver-app-in-development': 'Naver アプリがまだ 개발 중 (開発中) で、メンバーはテストユーザー 1 人だけです。',
    'name.naver-email-declined': 'Naver でメールの提供を拒否',
    'broken.naver-email-declined': 'Naver アプリがメールを 권한 › 추가 (権限 › 任意) で求めているため、ユーザーはチェックを外せます。',
    'name.naver-token-endpoint-down': 'Naver のトークンエンドポイント障害',
    'broken.naver-token-endpoint-down': 'Naver のトークンエンドポイントがこのアプリに 503 を返します (Naver 側の障害)。',
    'name.naver-profile-api-down': 'Naver のプロフィール API 障害',
    'broken.naver-profile-api-down': 'Naver のプロフィール API がこのアプリに 503 を返します (Naver 側の障害)。',
    'name.sign-in-only-new-user': 'サインインのみ、新しい Naver ユーザー',
    'broken.sign-in-only-new-user': 'サインインモードが「サインインのみ」で、どの Naver ユーザーもこのアプリには新規です。',
    'name.app-access-denied': 'アプリのアクセス制御がユーザーを許可していない',
    'broken.app-access-denied': 'このアプリではアプリレベルのアクセス制御 (Logto 1.41 以降) が有効で、ルールは別のユーザーだけを許可しています。',
    'name.id-token-unknown-key': '未知の鍵で署名された ID トークン',
    'broken.id-token-unknown-key': 'テナントがこのアプリの ID トークンを、JWKS で公開していない鍵で署名します。',
    'name.id-token-wrong-issuer': '発行者が違う ID トークン',
    'broken.id-token-wrong-issuer': 'テナントがこのアプリの ID トークンに別の issuer を入れます。',
    'name.id-token-wrong-audience': '別のアプリ向けの ID トークン',
    'broken.id-token-wrong-audience': 'テナントがこのアプリの ID トークンの audience に別の App ID を入れます。',
    'name.id-token-expired': '期限切れの ID トークン',
    'broken.id-token-expired': 'テナントがこのアプリの ID トークンを、最初から期限切れの状態で発行します。',
    'name.tenant-clock-ahead': 'テナントの時計が 10 分進んでいる',
    'broken.tenant-clock-ahead': 'テナントの時計が 10 分進んでいるため、ID トークンが未来に発行されたように見えます。',
    'name.id-token-hs256': 'HS256 で署名された ID トークン',
    'broken.id-token-hs256': 'テナントがこのアプリの ID トークンを、自分の鍵ではなく App シークレットと HS256 で署名します。',
    'name.token-endpoint-503': 'テナントのトークンエンドポイント障害 (503)',
    'broken.token-endpoint-503': 'アプリが認可コードを交換するとき、テナントのトークンエンドポイントが 503 を返します。',
    'name.cancel-at-naver': 'Naver でキャンセル',
    'broken.cancel-at-naver': '壊れているところはありません。気が変わったユーザーのように、Naver の同意画面で 취소 (キャンセル) を押してください。',
    'name.jwks-rotated': '署名鍵のローテーション (成功するはず)',
    'broken.jwks-rotated': 'テナントが署名鍵をローテーションしました。最初の ID トークンの鍵は JWKS を読み直すまで未知です。それでもサインインは成功するはずです。',
    'saw.wrong-naver-client-id':
      'Naver はログイン画面の代わりに「서비스 설정에 오류가 있어 네이버 아이디로 로그인할 수 없습니다」(サービスの設定に誤りがあるため Naver ID でログインできません) と表示し、戻ってきませんでした。',
    'saw.wrong-naver-client-secret':
      '同意した後、Logto のサインインページは Naver の応答を使えない (connector.invalid_response) と表示し、そこに留まりました。Naver が Client Secret を拒否したためです。',
    'saw.wrong-naver-client-secret-401':
      '同意した後、Logto のサインインページはサーバーエラー (HTTP 500) を表示し、そこに留まりました。Naver が Client Secret に 401 を返したためです。',
    'saw.naver-callback-url-mismatch':
      'Naver は「서비스 설정에 오류가 있어 네이버 아이디로 로그인할 수 없습니다」(サービスの設定に誤りがあるため Naver ID でログインできません) と表示しました。Logto が送った redirect_uri がアプリの Callback URL ではないためです。',
    'saw.naver-app-in-development':
      'メンバーではないユーザーでログインすると、Naver は「개발 중 상태의 애플리케이션입니다」(開発中のアプリケーションです) と表示し、戻ってきませんでした。',
    'saw.naver-token-endpoint-down':
      '同意した後、Logto のサインインページは Naver との通信エラーを表示し、そこに留まりました。Naver のトークンエンドポイントが停止していたためです。',
    'saw.naver-profile-api-down':
      '同意した後、Logto のサインインページは Naver との通信エラーを表示し、そこに留まりました。Naver のプロフィール API が停止していたためです。',
    'saw.sign-in-only-new-user':
      '同意した後、Logto のサインインページはこの Naver アカウントが未登録である (「The social account has not been registered yet」) と表示し、そこに留まりました。',
    'saw.app-access-denied':
      '同意したあと、Logto のページに「アクセスが拒否されました」(「このアプリケーションにアクセスする権限がありません。管理者にお問い合わせください。」) とボタン「サインアウト」だけが出て、そこで止まりました。アプリには何も伝わりません。',
    'saw.cancel-at-naver':
      'Naver で 취소 (キャンセル) を押したので、Logto のサインインページはキャンセルされたと表示して留まりました。アプリには何も知らされません。',
  },
  ko: {
    pickerHeading: '일부러 망가뜨려 보기',
    pickerIntro:
      '각 시나리오는 내장 테넌트에서 한 가지 설정만 잘못된 앱입니다. 하나를 고르면 App ID와 시크릿이 채워지니, 로그인이나 점검 실행을 누르고 진단을 확인하세요.',
    pickerLabel: '시나리오',
    pickerSubmit: '이 시나리오 사용',
    pickerUnknown: '그런 시나리오는 없습니다(페이지가 오래되었을 수 있습니다). 목록에서 고르세요.',
    current: '시나리오: {name} — {broken}',
    sawHeading: '방금 본 화면',
    'name.wrong-app-secret': '잘못된 App 시크릿',
    'broken.wrong-app-secret': 'App 시크릿이 Logto가 이 앱에 가진 것과 다릅니다(다른 앱에서 복사함).',
    'name.spa-app': '싱글 페이지 앱',
    'broken.spa-app': '앱이 싱글 페이지 앱이라서 서버가 로그인에 쓸 시크릿이 없습니다.',
    'name.native-app': '네이티브 앱',
    'broken.native-app': '앱이 네이티브 앱이라서 서버가 로그인에 쓸 시크릿이 없습니다.',
    'name.m2m-app': '머신 투 머신(M2M) 앱',
    'broken.m2m-app': '앱이 머신 투 머신(M2M) 앱이라서 사용자를 로그인시킬 수 없습니다.',
    'name.redirect-uri-not-registered': '리디렉션 URI 미등록',
    'broken.redirect-uri-not-registered': '앱의 리디렉트 URIs에 플레이그라운드의 콜백이 아니라 다른 앱의 URI가 있습니다.',
    'name.post-sign-out-uri-not-registered': '로그아웃 후 URI 미등록',
    'broken.post-sign-out-uri-not-registered': '앱의 로그아웃 후 리디렉트 URIs에 플레이그라운드 페이지가 없습니다.',
    'name.connector-not-in-sign-in-experience': '로그인 화면에 없는 네이버 커넥터',
    'broken.connector-not-in-sign-in-experience': '네이버 커넥터는 설정되어 있지만 소셜 로그인에 추가되지 않아 로그인 페이지에 나오지 않습니다.',
    'name.no-naver-connector': '네이버 커넥터 없음',
    'broken.no-naver-connector': '이 앱의 테넌트에는 네이버 커넥터가 아예 없습니다.',
    'name.wrong-naver-client-id': '잘못된 네이버 Client ID',
    'broken.wrong-naver-client-id': '커넥터의 Client ID가 한 글자 틀려서, 그 ID를 가진 네이버 앱이 없습니다.',
    'name.wrong-naver-client-secret': '잘못된 네이버 Client Secret',
    'broken.wrong-naver-client-secret': '커넥터의 Client Secret이 예전 것이고(네이버에서 재발급을 누름), 네이버는 200과 함께 오류를 반환합니다.',
    'name.wrong-naver-client-secret-401': '잘못된 네이버 Client Secret (HTTP 401)',
    'broken.wrong-naver-client-secret-401': '커넥터의 Client Secret이 틀렸고 네이버가 401을 반환하며, Logto는 이를 서버 오류로 보여 줍니다.',
    'name.naver-callback-url-mismatch': '네이버 Callback URL 불일치',
    'broken.naver-callback-url-mismatch': '네이버 앱의 Callback URL이 Logto의 콜백 URI가 아니라 플레이그라운드 주소로 되어 있습니다.',
    'name.naver-app-in-development': '개발 중인 네이버 앱, 멤버가 아닌 사용자',
    'broken.naver-app-in-development': '네이버 앱이 아직 개발 중 상태이고, 멤버는 테스트 사용자 한 명뿐입니다.',
    'name.naver-email-declined': '네이버에서 이메일 제공 거부',
    'broken.naver-email-declined': '네이버 앱이 이메일을 권한 › 추가로 요청해서 사용자가 체크를 해제할 수 있습니다.',
    'name.naver-token-endpoint-down': '네이버 토큰 엔드포인트 장애',
    'broken.naver-token-endpoint-down': '네이버의 토큰 엔드포인트가 이 앱에 503을 반환합니다(네이버 쪽 장애).',
    'name.naver-profile-api-down': '네이버 프로필 API 장애',
    'broken.naver-profile-api-down': '네이버의 프로필 API가 이 앱에 503을 반환합니다(네이버 쪽 장애).',
    'name.sign-in-only-new-user': '로그인만 허용, 새 네이버 사용자',
    'broken.sign-in-only-new-user': '로그인 모드가 "로그인만"이고, 모든 네이버 사용자가 이 앱에는 처음입니다.',
    'name.app-access-denied': '앱 접근 제어가 사용자를 허용하지 않음',
    'broken.app-access-denied': '이 앱에는 앱 수준 접근 제어(Logto 1.41 이상)가 켜져 있고, 규칙은 다른 사용자만 허용합니다.',
    'name.id-token-unknown-key': '알 수 없는 키로 서명된 ID 토큰',
    'broken.id-token-unknown-key': '테넌트가 이 앱의 ID 토큰을 JWKS에 공개하지 않은 키로 서명합니다.',
    'name.id-token-wrong-issuer': '발급자가 틀린 ID 토큰',
    'broken.id-token-wrong-issuer': '테넌트가 이 앱의 ID 토큰에 다른 issuer를 넣습니다.',
    'name.id-token-wrong-audience': '다른 앱을 위한 ID 토큰',
    'broken.id-token-wrong-audience': '테넌트가 이 앱의 ID 토큰 audience에 다른 App ID를 넣습니다.',
    'name.id-token-expired': '만료된 ID 토큰',
    'broken.id-token-expired': '테넌트가 이 앱의 ID 토큰을 처음부터 만료된 상태로 발급합니다.',
    'name.tenant-clock-ahead': '10분 빠른 테넌트 시계',
    'broken.tenant-clock-ahead': '테넌트의 시계가 10분 빨라서 ID 토큰이 미래에 발급된 것처럼 보입니다.',
    'name.id-token-hs256': 'HS256으로 서명된 ID 토큰',
    'broken.id-token-hs256': '테넌트가 이 앱의 ID 토큰을 자기 키가 아니라 App 시크릿과 HS256으로 서명합니다.',
    'name.token-endpoint-503': '테넌트 토큰 엔드포인트 장애 (503)',
    'broken.token-endpoint-503': '앱이 인가 코드를 교환할 때 테넌트의 토큰 엔드포인트가 503을 반환합니다.',
    'name.cancel-at-naver': '네이버에서 취소',
    'broken.cancel-at-naver': '망가진 곳은 없습니다. 마음을 바꾼 사용자처럼 네이버 동의 화면에서 취소를 누르세요.',
    'name.jwks-rotated': '서명 키 교체 (성공해야 함)',
    'broken.jwks-rotated': '테넌트가 서명 키를 교체했습니다. 첫 ID 토큰의 키는 JWKS를 다시 읽기 전까지 알 수 없습니다. 그래도 로그인은 성공해야 합니다.',
    'saw.wrong-naver-client-id':
      '네이버가 로그인 화면 대신 "서비스 설정에 오류가 있어 네이버 아이디로 로그인할 수 없습니다"를 보여 주고 돌려보내지 않았습니다.',
    'saw.wrong-naver-client-secret':
      '동의한 뒤 Logto 로그인 페이지가 네이버의 응답을 쓸 수 없다(connector.invalid_response)고 표시하고 그대로 머물렀습니다. 네이버가 Client Secret을 거부했기 때문입니다.',
    'saw.wrong-naver-client-secret-401':
      '동의한 뒤 Logto 로그인 페이지가 서버 오류(HTTP 500)를 표시하고 그대로 머물렀습니다. 네이버가 Client Secret에 401을 반환했기 때문입니다.',
    'saw.naver-callback-url-mismatch':
      '네이버가 "서비스 설정에 오류가 있어 네이버 아이디로 로그인할 수 없습니다"를 보여 주었습니다. Logto가 보낸 redirect_uri가 앱의 Callback URL이 아니기 때문입니다.',
    'saw.naver-app-in-development':
      '멤버가 아닌 사용자로 로그인하자 네이버가 "개발 중 상태의 애플리케이션입니다"를 보여 주고 돌려보내지 않았습니다.',
    'saw.naver-token-endpoint-down':
      '동의한 뒤 Logto 로그인 페이지가 네이버와의 통신 오류를 표시하고 그대로 머물렀습니다. 네이버의 토큰 엔드포인트가 멈춰 있었기 때문입니다.',
    'saw.naver-profile-api-down':
      '동의한 뒤 Logto 로그인 페이지가 네이버와의 통신 오류를 표시하고 그대로 머물렀습니다. 네이버의 프로필 API가 멈춰 있었기 때문입니다.',
    'saw.sign-in-only-new-user':
      '동의한 뒤 Logto 로그인 페이지가 이 네이버 계정은 등록되지 않았다("The social account has not been registered yet")고 표시하고 그대로 머물렀습니다.',
    'saw.app-access-denied':
      '동의한 뒤 Logto 페이지에 "접근이 거부되었어요"("이 애플리케이션에 액세스할 권한이 없습니다. 관리자에게 도움을 요청하세요.")와 "로그아웃" 버튼 하나만 나오고 그대로 멈췄습니다. 앱에는 아무것도 전달되지 않습니다.',
    'saw.cancel-at-naver':
      '네이버에서 취소를 눌러 Logto 로그인 페이지가 취소되었다고 표시하고 그대로 머물렀습니다. 앱에는 아무것도 전달되지 않습니다.',
  },
});

type FaultLabKey = keyof (typeof faultLabStrings)['en'];

// Compile-time check that every scenario has its name and sentence, and every never-come-back one its
// "what you saw" (defineStrings keeps the languages in step).
const complete: Record<`${'name' | 'broken'}.${FaultScenarioId}` | `saw.${NeverComesBackScenarioId}`, string> = faultLabStrings.en;
void complete;

/** A scenario's name and what is broken, in a language. */
export function scenarioText(lang: Lang, id: FaultScenarioId): { name: string; broken: string } {
  const strings: Record<FaultLabKey, string> = faultLabStrings[lang];
  return { name: strings[`name.${id}`], broken: strings[`broken.${id}`] };
}

/** What the reader just saw on Naver's or Logto's page, for a scenario that never comes back. */
export function whatYouSaw(lang: Lang, id: NeverComesBackScenarioId): string {
  const strings: Record<FaultLabKey, string> = faultLabStrings[lang];
  return strings[`saw.${id}`];
}
