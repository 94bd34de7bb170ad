import { defineStrings } from '../i18n/define-strings.ts';
import type { DiagnosisCode } from './codes.ts';
import { labelText, type ConsoleLabelKey } from '../guide/console-labels.ts';
import type { Lang } from '../i18n/languages.ts';

/** A Console label's words in each language, from the guide's one table (src/guide/console-labels.ts). */
const label = (lang: Lang) => (key: ConsoleLabelKey) => labelText(key, lang);
const l = { en: label('en'), ja: label('ja'), ko: label('ko') };

/**
 * The playground's diagnoses: for each cause (src/diagnosis/codes.ts) a title and what to
 * do. Values the cause carries (URIs, error codes) are shown next to the text, not inside it.
 */
export const diagnosisStrings = defineStrings({
  en: {
    'endpoint_unreachable.title': 'The Logto endpoint cannot be reached',
    'endpoint_unreachable.fix':
      'The server could not connect to the endpoint. Check the URL (copy it from Console › Applications › your app › Logto endpoint) and that the tenant is running.',
    'endpoint_timeout.title': 'The Logto endpoint did not answer in time',
    'endpoint_timeout.fix': 'The endpoint took too long to answer. Check the URL, and that the tenant is up and reachable from this server.',
    'endpoint_blocked.title': 'This endpoint is on a private network',
    'endpoint_blocked.fix':
      'This public playground only contacts public addresses, so it refuses loopback, private and link-local ones. Use your tenant’s public URL, or run the playground locally.',
    'endpoint_not_logto.title': 'This is not a Logto endpoint',
    'endpoint_not_logto.fix':
      'The URL answered, but not like a Logto tenant (its OpenID configuration or sign-in experience is missing). Use the endpoint shown on your app’s page, without /oidc or any path.',
    'issuer_mismatch.title': 'The issuer does not match the endpoint',
    'issuer_mismatch.fix':
      'The tenant announces a different issuer than {endpoint}/oidc, so ID tokens would fail verification. Use the exact endpoint from the Console (custom domain or the default one, not a mix).',
    'clock_skew.title': 'A clock is wrong',
    'clock_skew.fix':
      'The tenant’s clock and this server’s differ by more than 5 minutes, so the ID token’s times look invalid. Sync the clocks (NTP) of the machines involved.',
    'app_id_unknown.title': 'Logto does not know this App ID',
    'app_id_unknown.fix': 'No application with this ID exists in the tenant. Copy the App ID again from Console › Applications › your app.',
    'app_secret_wrong.title': 'The App secret is wrong',
    'app_secret_wrong.fix':
      'Logto knows the app but refused the secret (invalid_client). Copy the App secret again from the app’s page in Console › Applications (or create a new one there).',
    'app_rejected.title': 'Logto refused the App ID and secret',
    'app_rejected.fix': 'The tenant refused these credentials. Check the App ID and App secret on your app’s page.',
    'app_type_spa.title': 'This is a single-page or native app, not a Traditional web app',
    'app_type_spa.fix':
      'A server signs in with a secret, which single-page and native apps don’t have. Create a “Traditional web app” application and use its App ID and App secret.',
    'app_type_m2m.title': 'This is a machine-to-machine app, not a Traditional web app',
    'app_type_m2m.fix':
      'Machine-to-machine apps can’t sign users in. Create a “Traditional web app” application and use its App ID and App secret.',
    'redirect_uri_not_registered.title': 'The redirect URI is not registered',
    'redirect_uri_not_registered.fix':
      'Logto would have shown an error page instead of signing in. Add the playground’s redirect URI (it lists it among the URIs to register) to your app’s “Redirect URIs” and press “Save changes”.',
    'post_sign_out_uri_not_registered.title': 'The post sign-out redirect URI is not registered',
    'post_sign_out_uri_not_registered.fix':
      'Logto would refuse to send you back after signing out. Add the playground’s post sign-out redirect URI (it lists it among the URIs to register) to your app’s “Post sign-out redirect URIs” and press “Save changes”.',
    'connector_not_enabled.title': 'The direct sign-in target is not enabled',
    'connector_not_enabled.fix':
      'No enabled social connector has this target, so Logto would silently show its normal sign-in page. Add the Naver connector (Connectors › Social connectors), then add it under Sign-in & account › Sign-up and sign-in › Social sign-in.',
    'naver_identity_missing.title': 'You signed in, but not with Naver',
    'naver_identity_missing.fix':
      'The user has no Naver identity: the sign-in went through another method (Logto falls back to its sign-in page when the connector isn’t enabled). Add the Naver connector under Sign-in & account › Sign-up and sign-in › Social sign-in.',
    'sign_in_not_completed.title': 'The last sign-in did not come back',
    'sign_in_not_completed.fix':
      'The sign-in you started {ago} never came back: Logto never sent you back to the playground. The usual cause is that sign-in was cancelled or refused at Naver: Logto then shows a message and stays on its own sign-in page. While a Naver app is “개발 중” (in development), only testers registered under 멤버관리 can sign in. Check the Naver app, then sign in again.',
    'naver_client_id_wrong.title':
      'Naver does not know the connector’s Client ID',
    'naver_client_id_wrong.fix':
      'Naver showed its own error page instead of its sign-in screen, because no Naver app has the Client ID set in the Naver connector. Copy the Client ID from Naver Developers › 내 애플리케이션 (my applications) › 애플리케이션 정보 (application info), paste it into the connector (Console › Connectors › Naver) and press “Save changes”.',
    'naver_client_id_mismatch.title':
      'The connector has another Client ID than your Naver app',
    'naver_client_id_mismatch.fix':
      'Logto sends client_id {actual} to Naver, but your Naver app’s Client ID is {expected}: Naver would show its error page instead of its sign-in screen. Copy the Client ID from Naver Developers › 내 애플리케이션 (my applications) › 애플리케이션 정보 (application info), paste it into the connector (Console › Connectors › Naver) and press “Save changes”. If {expected} is a typo, correct it in the playground’s settings instead.',
    'naver_client_secret_wrong.title':
      'Naver refused the connector’s Client Secret',
    'naver_client_secret_wrong.fix':
      'You agreed at Naver, but Naver refused Logto’s token request, so Logto showed an error on its sign-in page and never came back to the app. The usual cause: someone pressed 재발급 (reissue) at Naver Developers, which issues a new secret that Logto doesn’t have, and the old one stops working. Press 보기 (show) next to Client Secret, copy it into the Naver connector in Console and press “Save changes”.',
    'naver_callback_mismatch.title':
      'The Callback URL at Naver does not match Logto’s',
    'naver_callback_mismatch.fix':
      'Naver refused to send you back because the redirect_uri Logto sent is not the app’s 네이버 로그인 Callback URL (Naver Login callback URL). Copy “Redirect URI (Callback URI)” from the Naver connector in Console and enter it exactly (scheme, host and path) under both PC 웹 and Mobile 웹 at Naver Developers.',
    'naver_not_tester.title':
      'This Naver account may not sign in to an app in development',
    'naver_not_tester.fix':
      'While the Naver app is 개발 중 (in development), only the account that registered it, up to 3 관리자 (administrators) and up to 20 members added under 멤버관리 (member management) can sign in; Naver stops everyone else on its own page. Add the account under 멤버관리, or have the app reviewed (검수 요청, request review) to open sign-in to everyone.',
    'naver_email_missing.title':
      'Naver did not share the email address',
    'naver_email_missing.fix':
      'The email address was under 권한 › 추가 (permissions › optional) in the Naver app, so the user could untick it on the consent screen, and Logto got no email. Move 이메일 주소 (email address) to 권한 › 필수 (permissions › required) at Naver Developers › 내 애플리케이션 › API 설정 (API settings).',
    'naver_unavailable.title':
      'Naver did not answer',
    'naver_unavailable.fix':
      'Naver’s token or profile API failed or timed out while Logto finished the sign-in. Nothing in your settings causes this: try again in a moment. If it lasts, check Naver’s service status.',
    'naver_cancelled.title':
      'The sign-in was cancelled at Naver',
    'naver_cancelled.fix':
      'Someone pressed 취소 (cancel) on Naver’s consent screen, so Naver sent Logto an access_denied error and Logto stayed on its sign-in page. This is what your users see when they change their mind: nothing to fix. Sign in again and press 동의하기 (agree).',
    'sign_in_abandoned.title': 'The sign-in was left on Naver’s page',
    'sign_in_abandoned.fix':
      'Naver’s consent screen was still open: nobody pressed 동의하기 (agree) or 취소 (cancel), so Naver never sent the browser back to Logto. Nothing is set up wrong. Sign in again and press 동의하기 (agree) at Naver.',
    'naver_unreachable.title': 'Naver could not be reached',
    'naver_unreachable.fix':
      'A connection to Naver was refused: your browser’s own error page (“This site can’t be reached”, ERR_CONNECTION_REFUSED for nid.naver.com), or, after you agreed, Logto’s server could not connect to Naver’s token endpoint (Logto shows “Internal server error.”). Nothing in Logto’s or Naver’s settings causes this. Check the network between them and Naver (a firewall, proxy or VPN that blocks nid.naver.com or openapi.naver.com; for a self-hosted Logto, the server’s outbound access), then sign in again.',
    'sign_in_only.title':
      'New users may not sign up',
    'sign_in_only.fix':
      'The sign-in mode is “sign in only”, so a Naver user without a Logto account can’t create one. What Logto shows depends on the Naver account’s email. If no Logto user has it, Logto stays on its sign-in page with the toast “The social account has not been registered yet.” If a Logto user already has that email, Logto opens “Link or create account” instead: “Link with …” signs in as that existing user, with Naver added to their account, while “Create new one instead” would register a new user, which sign-in only refuses. To let new users in, turn on Sign-in & account › Sign-up and sign-in › “Enable user registration”, or create the user in Console first.',
    'access_control_denied.title': 'The app’s access control does not let this user in',
    'access_control_denied.fix':
      `App-level access control (Logto 1.41 and later) is on for this app, and none of its rules allows this user. On a first sign-in Logto stays on its own page “Access denied” (“You do not have permission to access this application.”) with one button, “Sign out”, and the app is never told; a user who already had a session gets error=access_denied at the redirect URI, and a refresh answers 400 access_denied. To let the user in, open Console › ${l.en('tabs.applications')} › your app › ${l.en('application_details.access_control.name')} › ${l.en('application_details.access_control.title')}: under “${l.en('application_details.access_control.custom_allow_rules')}” choose “${l.en('application_details.access_control.add_rules')}” (or “${l.en('general.add_another')}”) › “${l.en('application_details.access_control.rule_users')}”, pick the user, “${l.en('general.save')}”, then “${l.en('general.save_changes')}”; or switch off “${l.en('application_details.access_control.enable')}” if every registered user may use the app.`,
    'refresh_token_dead.title': 'The refresh token no longer works',
    'refresh_token_dead.fix':
      'The token endpoint refused the refresh token (invalid_grant): its grant is gone. Since Logto 1.42, revoking an access token also revokes the whole grant, and signing out revokes it too, so after either the refresh token is dead. Don’t retry it: drop the stored tokens and sign the user in again.',
    'tenant_unavailable.title':
      'The Logto tenant is failing',
    'tenant_unavailable.fix':
      'The tenant answered with a server error (5xx) instead of doing its job. Nothing in your settings causes this: try again in a moment, and if it lasts check the tenant’s status or logs.',
    'authorization_error.title': 'Logto returned an error instead of signing you in',
    'authorization_error.fix': 'The sign-in ended with an error from the tenant (its error and description are listed with this cause). Check the app and connector settings it names.',
    'session_lost.title': 'The sign-in session was lost',
    'session_lost.fix':
      'The callback arrived without the playground’s sign-in cookie: the sign-in was finished in another browser or profile, the cookie was cleared, or the site’s address changed in between. Start the sign-in again from this page.',
    'state_mismatch.title': 'The callback does not belong to the last sign-in',
    'state_mismatch.fix':
      'Its state doesn’t match the sign-in this browser started (for example, two sign-ins in two tabs, or an old link). Start the sign-in again, in one tab.',
    'id_token_issuer.title': 'The ID token’s issuer is wrong',
    'id_token_issuer.fix': 'The token was issued by a different issuer than the endpoint announces. Use the exact endpoint from the Console.',
    'id_token_audience.title': 'The ID token was issued for another app',
    'id_token_audience.fix': 'Its audience is not this App ID. Check that the App ID belongs to the app the redirect URI is registered on.',
    'id_token_expired.title': 'The ID token has expired',
    'id_token_expired.fix': 'The token was already expired when it arrived. Sign in again; if it keeps happening, check the tenant’s ID token lifetime and clocks.',
    'id_token_signature.title': 'The ID token’s signature does not verify',
    'id_token_signature.fix':
      'No key in the tenant’s JWKS verifies the token (the key was rotated, or the endpoint serves another tenant’s keys). Check the endpoint and sign in again.',
    'id_token_invalid.title': 'The ID token is not valid',
    'id_token_invalid.fix': 'The token could not be read or is missing required claims. Check that the endpoint is a Logto tenant.',
    'token_exchange_failed.title': 'The authorization code could not be exchanged',
    'token_exchange_failed.fix':
      'The token endpoint refused the code (already used, expired, or issued for another redirect URI). Sign in again from this page.',
    'userinfo_failed.title': 'Userinfo could not be read',
    'userinfo_failed.fix': 'The userinfo endpoint refused the access token. Sign in again; check that the app requests the identities scope.',
    'server_misconfigured.title': 'The playground server is not configured',
    'server_misconfigured.fix': 'COOKIE_SECRET must be set (32+ characters) when PLAYGROUND_MODE=PUBLIC. Ask the site’s operator.',
    'unexpected.title': 'Something unexpected happened',
    'unexpected.fix': 'The playground could not tell what went wrong. Check the flow trace of the last attempt, then try again.',
  },
  ja: {
    'endpoint_unreachable.title': 'Logto エンドポイントに接続できません',
    'endpoint_unreachable.fix':
      'サーバーからエンドポイントに接続できませんでした。URL(Console › アプリケーション › 対象アプリ › Logto エンドポイント からコピー)と、テナントが動いていることを確認してください。',
    'endpoint_timeout.title': 'Logto エンドポイントが時間内に応答しません',
    'endpoint_timeout.fix': 'エンドポイントの応答に時間がかかりすぎました。URL と、このサーバーからテナントに到達できることを確認してください。',
    'endpoint_blocked.title': 'このエンドポイントはプライベートネットワーク上にあります',
    'endpoint_blocked.fix':
      '公開版のプレイグラウンドは公開アドレスにしか接続しないため、ループバック・プライベート・リンクローカルのアドレスは拒否します。テナントの公開 URL を使うか、プレイグラウンドをローカルで実行してください。',
    'endpoint_not_logto.title': 'Logto のエンドポイントではありません',
    'endpoint_not_logto.fix':
      'URL は応答しましたが、Logto テナントの応答ではありません(OpenID 設定またはサインイン体験がありません)。アプリのページに表示されるエンドポイントを、/oidc などのパスを付けずに使ってください。',
    'issuer_mismatch.title': '発行者 (issuer) がエンドポイントと一致しません',
    'issuer_mismatch.fix':
      'テナントが {endpoint}/oidc とは異なる issuer を名乗っているため、ID トークンの検証に失敗します。Console に表示されるエンドポイントをそのまま使ってください(カスタムドメインと既定ドメインを混ぜないでください)。',
    'clock_skew.title': '時計がずれています',
    'clock_skew.fix':
      'テナントとこのサーバーの時計が 5 分以上ずれているため、ID トークンの時刻が不正に見えます。関係するマシンの時計を (NTP で) 合わせてください。',
    'app_id_unknown.title': 'この App ID は Logto に存在しません',
    'app_id_unknown.fix': 'テナントにこの ID のアプリケーションはありません。Console › アプリケーション › 対象アプリ から アプリ ID (App ID) をもう一度コピーしてください。',
    'app_secret_wrong.title': 'App シークレットが間違っています',
    'app_secret_wrong.fix':
      'Logto はアプリを認識しましたが、シークレットを拒否しました (invalid_client)。Console › アプリケーション のアプリのページから アプリのシークレット (App secret) をもう一度コピーしてください(新しく作成することもできます)。',
    'app_rejected.title': 'Logto が App ID とシークレットを拒否しました',
    'app_rejected.fix': 'テナントがこの認証情報を拒否しました。アプリのページで App ID と App シークレットを確認してください。',
    'app_type_spa.title': 'これはシングルページアプリかネイティブアプリで、伝統的な Web アプリではありません',
    'app_type_spa.fix':
      'サーバーはシークレットでサインインしますが、シングルページアプリやネイティブアプリにはシークレットがありません。「伝統的な Web アプリ」(Traditional web app) を作成し、その アプリ ID とシークレットを使ってください。',
    'app_type_m2m.title': 'これはマシン間 (M2M) アプリで、伝統的な Web アプリではありません',
    'app_type_m2m.fix': 'M2M アプリではユーザーをサインインさせられません。「伝統的な Web アプリ」(Traditional web app) を作成し、その アプリ ID とシークレットを使ってください。',
    'redirect_uri_not_registered.title': 'リダイレクト URI が登録されていません',
    'redirect_uri_not_registered.fix':
      'このままでは Logto はサインインの代わりにエラーページを表示します。プレイグラウンドのリダイレクト URI(登録する URI として表示されています)をアプリの「リダイレクト URI」に追加し、「変更を保存する」を押してください。',
    'post_sign_out_uri_not_registered.title': 'サインアウト後のリダイレクト URI が登録されていません',
    'post_sign_out_uri_not_registered.fix':
      'このままでは Logto はサインアウト後に戻ってくることを拒否します。プレイグラウンドのサインアウト後のリダイレクト URI(登録する URI として表示されています)をアプリの「サインアウト後のリダイレクト URI」に追加し、「変更を保存する」を押してください。',
    'connector_not_enabled.title': 'ダイレクトサインインの対象が有効になっていません',
    'connector_not_enabled.fix':
      'この target を持つ有効なソーシャルコネクターがないため、Logto は何も言わずに通常のサインインページを表示します。Naver コネクターを追加し (コネクタ › ソーシャルコネクタ)、サインインとアカウント › サインアップとサインイン › ソーシャルサインイン に追加してください。',
    'naver_identity_missing.title': 'サインインできましたが、Naver ではありません',
    'naver_identity_missing.fix':
      'ユーザーに Naver の ID がありません。サインインは別の方法で行われました(コネクターが有効でないと Logto は通常のサインインページにフォールバックします)。サインインとアカウント › サインアップとサインイン › ソーシャルサインイン に Naver コネクターを追加してください。',
    'sign_in_not_completed.title': '前回のサインインが戻ってきませんでした',
    'sign_in_not_completed.fix':
      '{ago}に始めたサインインは、Logto からプレイグラウンドに戻ってきませんでした。よくある原因は Naver でのキャンセルまたは拒否です。その場合 Logto はメッセージを表示して自分のサインインページに留まります。Naver アプリが「개발 중」(開発中)の間は、멤버관리 (メンバー管理) に登録したテスターしかサインインできません。Naver アプリを確認してから、もう一度サインインしてください。',
    'naver_client_id_wrong.title':
      'Naver がコネクターの Client ID を知りません',
    'naver_client_id_wrong.fix':
      'Naver コネクターの Client ID を持つ Naver アプリがないため、Naver はログイン画面の代わりに独自のエラーページを表示しました。Naver Developers › 내 애플리케이션 (マイアプリケーション) › 애플리케이션 정보 (アプリケーション情報) の Client ID をコピーし、コネクター (Console › コネクタ › Naver) に貼り付けて「変更を保存する」を押してください。',
    'naver_client_id_mismatch.title':
      'コネクターの Client ID が Naver アプリのものと違います',
    'naver_client_id_mismatch.fix':
      'Logto は Naver に client_id {actual} を送りますが、あなたの Naver アプリの Client ID は {expected} です。このままでは Naver はログイン画面の代わりにエラーページを表示します。Naver Developers › 내 애플리케이션 (マイアプリケーション) › 애플리케이션 정보 (アプリケーション情報) の Client ID をコピーし、コネクター (Console › コネクタ › Naver) に貼り付けて「変更を保存する」を押してください。{expected} が入力ミスなら、プレイグラウンドの設定の方を直してください。',
    'naver_client_secret_wrong.title':
      'Naver がコネクターの Client Secret を拒否しました',
    'naver_client_secret_wrong.fix':
      'Naver では同意しましたが、Naver が Logto のトークン要求を拒否したため、Logto はサインインページにエラーを表示し、アプリには戻りませんでした。よくある原因は Naver Developers で 재발급 (再発行) が押されたことです。新しいシークレットが発行され、Logto が持つ古いシークレットは使えなくなります。Client Secret の 보기 (表示) を押してコピーし、Console の Naver コネクターに貼り付けて「変更を保存する」を押してください。',
    'naver_callback_mismatch.title':
      'Naver の Callback URL が Logto のものと一致しません',
    'naver_callback_mismatch.fix':
      'Logto が送った redirect_uri が Naver アプリの 네이버 로그인 Callback URL (Naver ログインのコールバック URL) ではないため、Naver は戻ることを拒否しました。Console の Naver コネクターにある「リダイレクト URI（コールバック URI）」をコピーし、Naver Developers の PC 웹 と Mobile 웹 の両方に、スキーム・ホスト・パスまでそのまま入力してください。',
    'naver_not_tester.title':
      'この Naver アカウントは開発中のアプリにサインインできません',
    'naver_not_tester.fix':
      'Naver アプリが 개발 중 (開発中) の間にサインインできるのは、アプリを登録したアカウント、最大 3 人の 관리자 (管理者)、멤버관리 (メンバー管理) に追加した最大 20 人のメンバーだけです。それ以外の人は Naver 自身のページで止められます。멤버관리 にアカウントを追加するか、검수 요청 (審査リクエスト) で審査を受けて全員に公開してください。',
    'naver_email_missing.title':
      'Naver がメールアドレスを渡しませんでした',
    'naver_email_missing.fix':
      'Naver アプリでメールアドレスが 권한 › 추가 (権限 › 任意) にあったため、ユーザーが同意画面でチェックを外せ、Logto はメールを受け取れませんでした。Naver Developers › 내 애플리케이션 › API 설정 (API 設定) で 이메일 주소 (メールアドレス) を 권한 › 필수 (権限 › 必須) に移してください。',
    'naver_unavailable.title':
      'Naver が応答しませんでした',
    'naver_unavailable.fix':
      'Logto がサインインを完了する途中で、Naver のトークン API またはプロフィール API が失敗するかタイムアウトしました。設定が原因ではありません。少し待ってからもう一度試してください。続く場合は Naver のサービス状況を確認してください。',
    'naver_cancelled.title':
      'Naver でサインインがキャンセルされました',
    'naver_cancelled.fix':
      'Naver の同意画面で 취소 (キャンセル) が押されたため、Naver は Logto に access_denied を返し、Logto はサインインページに留まりました。ユーザーが気が変わったときに見る画面で、直すものはありません。もう一度サインインして 동의하기 (同意する) を押してください。',
    'sign_in_abandoned.title': 'サインインが Naver のページで止まっています',
    'sign_in_abandoned.fix':
      'Naver の同意画面が開いたままでした。동의하기 (同意する) も 취소 (キャンセル) も押されていないため、Naver はブラウザーを Logto に戻していません。設定の誤りではありません。もう一度サインインし、Naver で 동의하기 (同意する) を押してください。',
    'naver_unreachable.title': 'Naver に接続できませんでした',
    'naver_unreachable.fix':
      'Naver への接続が拒否されました。ブラウザー自身のエラーページ (nid.naver.com への ERR_CONNECTION_REFUSED、「このサイトにアクセスできません」) か、同意した後に Logto のサーバーが Naver のトークンエンドポイントに接続できなかった (Logto は「Internal server error.」と表示) かのどちらかです。Logto や Naver の設定が原因ではありません。Naver までのネットワーク (nid.naver.com や openapi.naver.com を遮るファイアウォール、プロキシ、VPN。セルフホストの Logto ならサーバーの外向き通信) を確認し、もう一度サインインしてください。',
    'sign_in_only.title':
      '新しいユーザーは登録できません',
    'sign_in_only.fix':
      'サインインモードが「サインインのみ」のため、Logto アカウントのない Naver ユーザーはアカウントを作れません。Logto が表示する画面は Naver アカウントのメールアドレスによって変わります。そのメールアドレスを持つ Logto ユーザーがいなければ、Logto はサインインページに留まり、「このソーシャルアカウントは登録されていません。」というトーストを表示します。すでにそのメールアドレスを持つ Logto ユーザーがいれば、代わりに「アカウントのリンクまたは作成」を開きます。「… とリンクする」はその既存ユーザーとしてサインインし、そのアカウントに Naver を追加します。「代わりに新しいアカウントを作成する」は新しいユーザーの登録になるため、サインインのみでは拒否されます。新しいユーザーを受け入れるには、サインインとアカウント › サインアップとサインイン › 「ユーザー登録を有効にする」をオンにするか、先に Console でユーザーを作成してください。',
    'access_control_denied.title': 'アプリのアクセス制御がこのユーザーを通しません',
    'access_control_denied.fix':
      `このアプリではアプリレベルのアクセス制御 (Logto 1.41 以降) が有効で、どのルールもこのユーザーを許可していません。初回のサインインでは Logto は自分のページ「アクセスが拒否されました」(「このアプリケーションにアクセスする権限がありません。」) にボタン「サインアウト」だけを出して止まり、アプリには何も伝わりません。すでにセッションがあるユーザーはリダイレクト URI で error=access_denied を受け取り、リフレッシュは 400 access_denied になります。通すには Console › ${l.ja('tabs.applications')} › 対象のアプリ › ${l.ja('application_details.access_control.name')} › ${l.ja('application_details.access_control.title')} を開き、「${l.ja('application_details.access_control.custom_allow_rules')}」で「${l.ja('application_details.access_control.add_rules')}」(または「${l.ja('general.add_another')}」) › 「${l.ja('application_details.access_control.rule_users')}」からユーザーを選んで「${l.ja('general.save')}」し、「${l.ja('general.save_changes')}」を押してください。登録済みユーザー全員が使ってよいなら「${l.ja('application_details.access_control.enable')}」をオフにします。`,
    'refresh_token_dead.title': 'リフレッシュトークンがもう使えません',
    'refresh_token_dead.fix':
      'トークンエンドポイントがリフレッシュトークンを拒否しました (invalid_grant)。そのグラントはもうありません。Logto 1.42 からはアクセストークンを失効させるとグラント全体も失効し、サインアウトでも失効するので、そのあとのリフレッシュトークンは使えません。再試行せず、保存したトークンを捨ててもう一度サインインしてもらってください。',
    'tenant_unavailable.title':
      'Logto テナントが障害を起こしています',
    'tenant_unavailable.fix':
      'テナントが本来の処理の代わりにサーバーエラー (5xx) を返しました。設定が原因ではありません。少し待ってからもう一度試し、続く場合はテナントの状態やログを確認してください。',
    'authorization_error.title': 'Logto がサインインの代わりにエラーを返しました',
    'authorization_error.fix': 'サインインはテナントからのエラーで終わりました(エラーの内容はこの原因と一緒に表示されています)。エラーが示すアプリやコネクターの設定を確認してください。',
    'session_lost.title': 'サインインのセッションが失われました',
    'session_lost.fix':
      'コールバックがプレイグラウンドのサインイン Cookie なしで届きました。別のブラウザーやプロファイルでサインインを完了した、Cookie が消去された、または途中でサイトのアドレスが変わった可能性があります。このページからもう一度サインインしてください。',
    'state_mismatch.title': 'コールバックが前回のサインインのものではありません',
    'state_mismatch.fix':
      'state がこのブラウザーで開始したサインインと一致しません(2 つのタブで同時にサインインした、古いリンクを開いた など)。1 つのタブでもう一度サインインしてください。',
    'id_token_issuer.title': 'ID トークンの発行者が間違っています',
    'id_token_issuer.fix': 'トークンはエンドポイントが名乗る issuer とは別の発行者によるものです。Console に表示されるエンドポイントをそのまま使ってください。',
    'id_token_audience.title': 'ID トークンが別のアプリ向けに発行されています',
    'id_token_audience.fix': 'audience がこの App ID ではありません。App ID がリダイレクト URI を登録したアプリのものか確認してください。',
    'id_token_expired.title': 'ID トークンの有効期限が切れています',
    'id_token_expired.fix': '届いた時点でトークンの期限が切れていました。もう一度サインインし、繰り返す場合はテナントの ID トークン有効期間と時計を確認してください。',
    'id_token_signature.title': 'ID トークンの署名を検証できません',
    'id_token_signature.fix':
      'テナントの JWKS のどの鍵でもトークンを検証できません(鍵がローテーションされた、または別テナントの鍵が返っている)。エンドポイントを確認して、もう一度サインインしてください。',
    'id_token_invalid.title': 'ID トークンが不正です',
    'id_token_invalid.fix': 'トークンを読み取れないか、必須のクレームがありません。エンドポイントが Logto テナントか確認してください。',
    'token_exchange_failed.title': '認可コードをトークンに交換できませんでした',
    'token_exchange_failed.fix':
      'トークンエンドポイントがコードを拒否しました(使用済み、期限切れ、または別のリダイレクト URI 向け)。このページからもう一度サインインしてください。',
    'userinfo_failed.title': 'ユーザー情報 (userinfo) を取得できませんでした',
    'userinfo_failed.fix': 'userinfo エンドポイントがアクセストークンを拒否しました。もう一度サインインし、アプリが identities スコープを要求しているか確認してください。',
    'server_misconfigured.title': 'プレイグラウンドのサーバーが設定されていません',
    'server_misconfigured.fix': 'PLAYGROUND_MODE=PUBLIC のときは COOKIE_SECRET(32 文字以上)が必要です。サイトの運用者に連絡してください。',
    'unexpected.title': '予期しないことが起きました',
    'unexpected.fix': 'プレイグラウンドは原因を特定できませんでした。前回の試行のフロートレースを確認して、もう一度試してください。',
  },
  ko: {
    'endpoint_unreachable.title': 'Logto 엔드포인트에 연결할 수 없습니다',
    'endpoint_unreachable.fix':
      '서버가 엔드포인트에 연결하지 못했습니다. URL(Console › 어플리케이션 › 해당 앱 › 로그토 엔드포인트에서 복사)과 테넌트가 실행 중인지 확인하세요.',
    'endpoint_timeout.title': 'Logto 엔드포인트가 제때 응답하지 않습니다',
    'endpoint_timeout.fix': '엔드포인트의 응답이 너무 오래 걸렸습니다. URL과 이 서버에서 테넌트에 접근할 수 있는지 확인하세요.',
    'endpoint_blocked.title': '이 엔드포인트는 사설 네트워크에 있습니다',
    'endpoint_blocked.fix':
      '공개 플레이그라운드는 공개 주소에만 연결하므로 루프백·사설·링크 로컬 주소는 거부합니다. 테넌트의 공개 URL을 사용하거나 플레이그라운드를 로컬에서 실행하세요.',
    'endpoint_not_logto.title': 'Logto 엔드포인트가 아닙니다',
    'endpoint_not_logto.fix':
      'URL이 응답했지만 Logto 테넌트의 응답이 아닙니다(OpenID 설정이나 로그인 경험이 없습니다). 앱 페이지에 표시된 엔드포인트를 /oidc 같은 경로 없이 사용하세요.',
    'issuer_mismatch.title': '발급자(issuer)가 엔드포인트와 일치하지 않습니다',
    'issuer_mismatch.fix':
      '테넌트가 {endpoint}/oidc와 다른 issuer를 알리고 있어 ID 토큰 검증이 실패합니다. Console에 표시된 엔드포인트를 그대로 사용하세요(사용자 지정 도메인과 기본 도메인을 섞지 마세요).',
    'clock_skew.title': '시계가 맞지 않습니다',
    'clock_skew.fix':
      '테넌트와 이 서버의 시계가 5분 넘게 차이 나서 ID 토큰의 시간이 잘못된 것으로 보입니다. 관련 시스템의 시계를 (NTP로) 맞추세요.',
    'app_id_unknown.title': 'Logto가 이 App ID를 알지 못합니다',
    'app_id_unknown.fix': '테넌트에 이 ID의 애플리케이션이 없습니다. Console › 어플리케이션 › 해당 앱에서 앱 ID(App ID)를 다시 복사하세요.',
    'app_secret_wrong.title': 'App 시크릿이 틀렸습니다',
    'app_secret_wrong.fix':
      'Logto가 앱은 알지만 시크릿을 거부했습니다(invalid_client). Console › 어플리케이션의 앱 페이지에서 앱 시크릿을 다시 복사하세요(새로 만들 수도 있습니다).',
    'app_rejected.title': 'Logto가 App ID와 시크릿을 거부했습니다',
    'app_rejected.fix': '테넌트가 이 자격 증명을 거부했습니다. 앱 페이지에서 App ID와 App 시크릿을 확인하세요.',
    'app_type_spa.title': '싱글 페이지 앱 또는 네이티브 앱이며 전통적인 웹 앱이 아닙니다',
    'app_type_spa.fix':
      '서버는 시크릿으로 로그인하지만 싱글 페이지 앱과 네이티브 앱에는 시크릿이 없습니다. "전통적인 웹 앱"(Traditional web app)을 만들고 그 앱 ID와 앱 시크릿을 사용하세요.',
    'app_type_m2m.title': '머신 투 머신(M2M) 앱이며 전통적인 웹 앱이 아닙니다',
    'app_type_m2m.fix': 'M2M 앱으로는 사용자를 로그인시킬 수 없습니다. "전통적인 웹 앱"(Traditional web app)을 만들고 그 앱 ID와 앱 시크릿을 사용하세요.',
    'redirect_uri_not_registered.title': '리디렉션 URI가 등록되지 않았습니다',
    'redirect_uri_not_registered.fix':
      '이대로라면 Logto는 로그인 대신 오류 페이지를 보여 줍니다. 플레이그라운드의 리디렉션 URI(등록할 URI에 표시됨)를 앱의 "리디렉트 URIs"에 추가하고 "변경 내용 저장"을 누르세요.',
    'post_sign_out_uri_not_registered.title': '로그아웃 후 리디렉션 URI가 등록되지 않았습니다',
    'post_sign_out_uri_not_registered.fix':
      '이대로라면 Logto는 로그아웃 후 돌려보내기를 거부합니다. 플레이그라운드의 로그아웃 후 리디렉션 URI(등록할 URI에 표시됨)를 앱의 "로그아웃 후 리디렉트 URIs"에 추가하고 "변경 내용 저장"을 누르세요.',
    'connector_not_enabled.title': '다이렉트 로그인 대상이 활성화되지 않았습니다',
    'connector_not_enabled.fix':
      '이 target을 가진 활성 소셜 커넥터가 없어서 Logto가 아무 말 없이 일반 로그인 페이지를 보여 줍니다. 네이버 커넥터를 추가한 뒤(연동 › 소셜 연동) 로그인 및 계정 › 회원가입/로그인 › 소셜 로그인에 추가하세요.',
    'naver_identity_missing.title': '로그인했지만 네이버로 한 것이 아닙니다',
    'naver_identity_missing.fix':
      '사용자에게 네이버 아이덴티티가 없습니다. 다른 방법으로 로그인했습니다(커넥터가 활성화되지 않으면 Logto는 일반 로그인 페이지로 돌아갑니다). 로그인 및 계정 › 회원가입/로그인 › 소셜 로그인에 네이버 커넥터를 추가하세요.',
    'sign_in_not_completed.title': '지난 로그인이 돌아오지 않았습니다',
    'sign_in_not_completed.fix':
      '{ago}에 시작한 로그인이 돌아오지 않았습니다. Logto가 플레이그라운드로 돌려보내지 않았습니다. 흔한 원인은 네이버에서 로그인을 취소했거나 거부된 경우로, 이때 Logto는 메시지를 보여 주고 자체 로그인 페이지에 머뭅니다. 네이버 앱이 "개발 중" 상태이면 멤버관리에 등록된 테스터만 로그인할 수 있습니다. 네이버 앱을 확인한 뒤 다시 로그인하세요.',
    'naver_client_id_wrong.title':
      '네이버가 커넥터의 Client ID를 알지 못합니다',
    'naver_client_id_wrong.fix':
      '네이버 커넥터에 설정된 Client ID를 가진 네이버 앱이 없어서, 네이버가 로그인 화면 대신 자체 오류 페이지를 보여 주었습니다. 네이버 개발자 센터 › 내 애플리케이션 › 애플리케이션 정보의 Client ID를 복사해 커넥터(Console › 연동 › 네이버)에 붙여 넣고 "변경 내용 저장"을 누르세요.',
    'naver_client_id_mismatch.title':
      '커넥터의 Client ID가 네이버 앱의 것과 다릅니다',
    'naver_client_id_mismatch.fix':
      'Logto는 네이버에 client_id {actual}를 보내지만, 내 네이버 앱의 Client ID는 {expected}입니다. 이대로라면 네이버가 로그인 화면 대신 오류 페이지를 보여 줍니다. 네이버 개발자 센터 › 내 애플리케이션 › 애플리케이션 정보의 Client ID를 복사해 커넥터(Console › 연동 › 네이버)에 붙여 넣고 "변경 내용 저장"을 누르세요. {expected}를 잘못 입력했다면 플레이그라운드 설정 쪽을 고치세요.',
    'naver_client_secret_wrong.title':
      '네이버가 커넥터의 Client Secret을 거부했습니다',
    'naver_client_secret_wrong.fix':
      '네이버에서 동의했지만 네이버가 Logto의 토큰 요청을 거부해서, Logto는 로그인 페이지에 오류를 보여 주고 앱으로 돌아가지 않았습니다. 흔한 원인은 네이버 개발자 센터에서 재발급을 누른 것입니다. 재발급하면 Logto에 없는 새 시크릿이 발급되고 이전 시크릿은 더 이상 쓸 수 없습니다. Client Secret의 보기를 눌러 복사하고 Console의 네이버 커넥터에 붙여 넣은 뒤 "변경 내용 저장"을 누르세요.',
    'naver_callback_mismatch.title':
      '네이버의 Callback URL이 Logto의 것과 다릅니다',
    'naver_callback_mismatch.fix':
      'Logto가 보낸 redirect_uri가 네이버 앱의 네이버 로그인 Callback URL이 아니어서 네이버가 돌려보내기를 거부했습니다. Console의 네이버 커넥터에서 "리디렉션 URI(콜백 URI)"를 복사해 네이버 개발자 센터의 PC 웹과 Mobile 웹 모두에 스킴, 호스트, 경로까지 그대로 입력하세요.',
    'naver_not_tester.title':
      '이 네이버 계정은 개발 중인 앱에 로그인할 수 없습니다',
    'naver_not_tester.fix':
      '네이버 앱이 개발 중 상태인 동안에는 앱을 등록한 계정, 최대 3명의 관리자, 멤버관리에 추가한 최대 20명의 멤버만 로그인할 수 있고, 그 밖의 사람은 네이버 페이지에서 막힙니다. 멤버관리에 계정을 추가하거나, 검수 요청으로 검수를 받아 모두에게 공개하세요.',
    'naver_email_missing.title':
      '네이버가 이메일 주소를 제공하지 않았습니다',
    'naver_email_missing.fix':
      '네이버 앱에서 이메일 주소가 권한 › 추가에 있어서 사용자가 동의 화면에서 체크를 해제할 수 있었고, Logto는 이메일을 받지 못했습니다. 네이버 개발자 센터 › 내 애플리케이션 › API 설정에서 이메일 주소를 권한 › 필수로 옮기세요.',
    'naver_unavailable.title':
      '네이버가 응답하지 않았습니다',
    'naver_unavailable.fix':
      'Logto가 로그인을 마치는 동안 네이버의 토큰 API 또는 프로필 API가 실패하거나 시간 초과되었습니다. 설정 때문이 아니니 잠시 후 다시 시도하세요. 계속되면 네이버의 서비스 상태를 확인하세요.',
    'naver_cancelled.title':
      '네이버에서 로그인이 취소되었습니다',
    'naver_cancelled.fix':
      '네이버 동의 화면에서 취소를 눌러 네이버가 Logto에 access_denied를 보냈고, Logto는 로그인 페이지에 머물렀습니다. 사용자가 마음을 바꿨을 때 보게 되는 화면이므로 고칠 것은 없습니다. 다시 로그인하고 동의하기를 누르세요.',
    'sign_in_abandoned.title': '로그인이 네이버 페이지에서 멈췄습니다',
    'sign_in_abandoned.fix':
      '네이버 동의 화면이 열린 채였습니다. 동의하기도 취소도 누르지 않아 네이버가 브라우저를 Logto로 돌려보내지 않았습니다. 잘못된 설정은 없습니다. 다시 로그인하고 네이버에서 동의하기를 누르세요.',
    'naver_unreachable.title': '네이버에 연결할 수 없었습니다',
    'naver_unreachable.fix':
      '네이버 연결이 거부되었습니다. 브라우저 자체의 오류 페이지(nid.naver.com에 대한 ERR_CONNECTION_REFUSED, “사이트에 연결할 수 없음”)이거나, 동의한 뒤 Logto 서버가 네이버 토큰 엔드포인트에 연결하지 못한 경우(Logto는 “Internal server error.”를 표시)입니다. Logto나 네이버 설정 때문이 아닙니다. 네이버까지의 네트워크(nid.naver.com이나 openapi.naver.com을 막는 방화벽, 프록시, VPN, 셀프 호스팅 Logto라면 서버의 외부 통신)를 확인한 뒤 다시 로그인하세요.',
    'sign_in_only.title':
      '새 사용자는 가입할 수 없습니다',
    'sign_in_only.fix':
      '로그인 모드가 "로그인만"이어서 Logto 계정이 없는 네이버 사용자는 계정을 만들 수 없습니다. Logto가 보여 주는 화면은 네이버 계정의 이메일에 따라 다릅니다. 그 이메일을 가진 Logto 사용자가 없으면 Logto는 로그인 페이지에 머물며 "소셜 계정이 아직 등록되지 않았어요."라는 토스트를 보여 줍니다. 그 이메일을 가진 Logto 사용자가 이미 있으면 대신 "계정 만들거나 연동하기"를 엽니다. "…로 연동"은 그 기존 사용자로 로그인하고 그 계정에 네이버를 추가하며, "대신 새로 만들기"는 새 사용자 등록이 되므로 로그인만 모드에서는 거부됩니다. 새 사용자를 받으려면 로그인 및 계정 › 회원가입/로그인 › "사용자 등록 활성화"를 켜거나, 먼저 Console에서 사용자를 만드세요.',
    'access_control_denied.title': '앱의 접근 제어가 이 사용자를 허용하지 않습니다',
    'access_control_denied.fix':
      `이 앱에는 앱 수준 접근 제어(Logto 1.41 이상)가 켜져 있고, 어떤 규칙도 이 사용자를 허용하지 않습니다. 처음 로그인하면 Logto는 자체 페이지 "접근이 거부되었어요"("이 애플리케이션에 액세스할 권한이 없습니다.")에 "로그아웃" 버튼 하나만 보여 주고 멈추며, 앱에는 아무것도 전달되지 않습니다. 이미 세션이 있는 사용자는 리디렉션 URI에서 error=access_denied를 받고, 토큰 갱신은 400 access_denied로 응답합니다. 허용하려면 Console › ${l.ko('tabs.applications')} › 해당 앱 › ${l.ko('application_details.access_control.name')} › ${l.ko('application_details.access_control.title')}에서 "${l.ko('application_details.access_control.custom_allow_rules')}"의 "${l.ko('application_details.access_control.add_rules')}"(또는 "${l.ko('general.add_another')}") › "${l.ko('application_details.access_control.rule_users')}"로 사용자를 골라 "${l.ko('general.save')}"한 뒤 "${l.ko('general.save_changes')}"을 누르세요. 등록된 모든 사용자가 써도 된다면 "${l.ko('application_details.access_control.enable')}"을 끄세요.`,
    'refresh_token_dead.title': '리프레시 토큰을 더 이상 쓸 수 없습니다',
    'refresh_token_dead.fix':
      '토큰 엔드포인트가 리프레시 토큰을 거부했습니다(invalid_grant). 그 그랜트는 이미 없습니다. Logto 1.42부터는 액세스 토큰을 폐기하면 그랜트 전체도 폐기되고, 로그아웃해도 폐기되므로 그 뒤의 리프레시 토큰은 죽은 것입니다. 다시 시도하지 말고 저장한 토큰을 버린 뒤 사용자를 다시 로그인시키세요.',
    'tenant_unavailable.title':
      'Logto 테넌트에 장애가 있습니다',
    'tenant_unavailable.fix':
      '테넌트가 정상 처리 대신 서버 오류(5xx)를 반환했습니다. 설정 때문이 아니니 잠시 후 다시 시도하고, 계속되면 테넌트의 상태나 로그를 확인하세요.',
    'authorization_error.title': 'Logto가 로그인 대신 오류를 반환했습니다',
    'authorization_error.fix': '로그인이 테넌트의 오류로 끝났습니다(오류 내용은 이 원인과 함께 표시됩니다). 오류가 가리키는 앱이나 커넥터 설정을 확인하세요.',
    'session_lost.title': '로그인 세션을 잃었습니다',
    'session_lost.fix':
      '콜백이 플레이그라운드의 로그인 쿠키 없이 도착했습니다. 다른 브라우저나 프로필에서 로그인을 마쳤거나, 쿠키가 지워졌거나, 도중에 사이트 주소가 바뀌었을 수 있습니다. 이 페이지에서 다시 로그인하세요.',
    'state_mismatch.title': '콜백이 마지막 로그인의 것이 아닙니다',
    'state_mismatch.fix':
      'state가 이 브라우저에서 시작한 로그인과 일치하지 않습니다(두 탭에서 동시에 로그인했거나 오래된 링크를 연 경우 등). 한 탭에서 다시 로그인하세요.',
    'id_token_issuer.title': 'ID 토큰의 발급자가 잘못되었습니다',
    'id_token_issuer.fix': '토큰이 엔드포인트가 알리는 issuer와 다른 발급자에게서 왔습니다. Console에 표시된 엔드포인트를 그대로 사용하세요.',
    'id_token_audience.title': 'ID 토큰이 다른 앱을 위해 발급되었습니다',
    'id_token_audience.fix': 'audience가 이 App ID가 아닙니다. App ID가 리디렉션 URI를 등록한 앱의 것인지 확인하세요.',
    'id_token_expired.title': 'ID 토큰이 만료되었습니다',
    'id_token_expired.fix': '도착했을 때 이미 토큰이 만료되어 있었습니다. 다시 로그인하고, 계속되면 테넌트의 ID 토큰 유효 기간과 시계를 확인하세요.',
    'id_token_signature.title': 'ID 토큰의 서명을 검증할 수 없습니다',
    'id_token_signature.fix':
      '테넌트 JWKS의 어떤 키로도 토큰을 검증할 수 없습니다(키가 교체되었거나 다른 테넌트의 키가 제공됨). 엔드포인트를 확인하고 다시 로그인하세요.',
    'id_token_invalid.title': 'ID 토큰이 유효하지 않습니다',
    'id_token_invalid.fix': '토큰을 읽을 수 없거나 필수 클레임이 없습니다. 엔드포인트가 Logto 테넌트인지 확인하세요.',
    'token_exchange_failed.title': '인가 코드를 토큰으로 교환하지 못했습니다',
    'token_exchange_failed.fix':
      '토큰 엔드포인트가 코드를 거부했습니다(이미 사용됨, 만료됨, 또는 다른 리디렉션 URI용). 이 페이지에서 다시 로그인하세요.',
    'userinfo_failed.title': '사용자 정보(userinfo)를 읽지 못했습니다',
    'userinfo_failed.fix': 'userinfo 엔드포인트가 액세스 토큰을 거부했습니다. 다시 로그인하고, 앱이 identities 스코프를 요청하는지 확인하세요.',
    'server_misconfigured.title': '플레이그라운드 서버가 설정되지 않았습니다',
    'server_misconfigured.fix': 'PLAYGROUND_MODE=PUBLIC이면 COOKIE_SECRET(32자 이상)이 필요합니다. 사이트 운영자에게 문의하세요.',
    'unexpected.title': '예상하지 못한 일이 일어났습니다',
    'unexpected.fix': '플레이그라운드가 원인을 알아내지 못했습니다. 마지막 시도의 흐름 추적을 확인하고 다시 시도하세요.',
  },
});

export type DiagnosisTextKey = `${DiagnosisCode}.${'title' | 'fix'}`;

// Compile-time check that every cause has its texts (defineStrings keeps the languages in step).
const complete: Record<DiagnosisTextKey, string> = diagnosisStrings.en;
void complete;

/** The title and fix of a cause, in a language. */
export function diagnosisText(lang: keyof typeof diagnosisStrings, code: DiagnosisCode): { title: string; fix: string } {
  const strings: Record<DiagnosisTextKey, string> = diagnosisStrings[lang];
  return { title: strings[`${code}.title`], fix: strings[`${code}.fix`] };
}
