import { defineStrings } from '../i18n/define-strings.ts';
import type { CheckId } from './check-definitions.ts';
import type { ReasonKey } from './reasons.ts';

/**
 * Preflight strings: check titles, the reason each check gives (keyed by the preflight's own reason
 * keys, ./reasons.ts), and the checklist / CLI / support-bundle labels. Reasons use `{name}`
 * placeholders filled from the check result's params.
 */

export const preflightCheckTitles = defineStrings<Record<CheckId, string>>({
  en: {
    'endpoint.discovery': 'Discovery is reachable',
    'endpoint.issuer': 'Issuer is the endpoint + /oidc',
    'endpoint.clock': 'The tenant’s clock agrees with ours',
    'endpoint.endpoints': 'Required endpoints are present',
    'endpoint.jwks': 'JWKS has a usable signing key',
    'endpoint.version': 'Logto version family',
    'app.credentials': 'App ID and secret work',
    'app.type': 'App is a Traditional web app',
    'app.redirect-uri': 'Redirect URI is registered',
    'app.post-sign-out-uri': 'Post sign-out redirect URI is registered',
    'naver.connector': 'Naver connector is enabled',
    'naver.client-id': 'Client ID Logto sends to Naver',
    'naver.callback-url': 'Callback URL to register at Naver',
    'naver.account-callback': 'Every Callback URL the Console lists',
  },
  ja: {
    'endpoint.discovery': 'ディスカバリーに到達できる',
    'endpoint.issuer': 'issuer がエンドポイント + /oidc である',
    'endpoint.clock': 'テナントの時計がこちらと合っている',
    'endpoint.endpoints': '必要なエンドポイントがそろっている',
    'endpoint.jwks': 'JWKS に使える署名鍵がある',
    'endpoint.version': 'Logto のバージョン系列',
    'app.credentials': 'App ID とシークレットが有効',
    'app.type': 'アプリが Traditional web アプリである',
    'app.redirect-uri': 'リダイレクト URI が登録されている',
    'app.post-sign-out-uri': 'サインアウト後のリダイレクト URI が登録されている',
    'naver.connector': 'Naver コネクターが有効',
    'naver.client-id': 'Logto が Naver に送る Client ID',
    'naver.callback-url': 'Naver に登録する Callback URL',
    'naver.account-callback': 'コンソールが示すすべての Callback URL',
  },
  ko: {
    'endpoint.discovery': '디스커버리에 접근 가능',
    'endpoint.issuer': 'issuer가 엔드포인트 + /oidc임',
    'endpoint.clock': '테넌트의 시계가 이쪽과 맞음',
    'endpoint.endpoints': '필요한 엔드포인트가 모두 있음',
    'endpoint.jwks': 'JWKS에 사용할 수 있는 서명 키가 있음',
    'endpoint.version': 'Logto 버전 계열',
    'app.credentials': 'App ID와 시크릿이 유효함',
    'app.type': '앱이 Traditional web 앱임',
    'app.redirect-uri': '리디렉션 URI가 등록됨',
    'app.post-sign-out-uri': '로그아웃 후 리디렉션 URI가 등록됨',
    'naver.connector': '네이버 커넥터가 활성화됨',
    'naver.client-id': 'Logto가 네이버에 보내는 Client ID',
    'naver.callback-url': '네이버에 등록할 Callback URL',
    'naver.account-callback': '콘솔이 보여 주는 모든 Callback URL',
  },
});

export const preflightReasons = defineStrings<Record<ReasonKey, string>>({
  en: {
    blocked: 'Not checked, because “{by}” did not pass.',
    unreachable: 'No answer from {url}: {error}.',
    unexpectedResponse: 'Unexpected answer from {url}: HTTP {status} ({problem}).',
    tenantUnavailable: '{url} answered HTTP {status} ({problem}): the tenant itself is failing. Nothing in your settings causes this; try again later, and check the tenant’s status.',
    internalError: 'The check itself failed: {error}.',
    timedOut: '{url} did not answer in time ({error}).',
    blockedAddress: '{url} resolves to a private, loopback or link-local address, which this public site does not contact.',
    tooLarge: '{url} answered with more data than a Logto endpoint sends ({error}).',
    discoveryTimedOut: '{url} did not answer in time. Check the endpoint and that the tenant is running and reachable from this server.',
    clockOk: 'The tenant’s clock is {seconds} s from ours, within what the SDK accepts.',
    clockSkewed: 'The tenant’s clock is {seconds} s from ours; the SDK accepts ID tokens only within {tolerance} s. Sync the clock of the machine running Logto (or this site) with NTP.',
    clockUnknown: 'The tenant sent no Date header, so its clock can’t be compared.',
    discoveryOk: 'Found the OpenID configuration at {url}.',
    discoveryUnreachable: 'Could not reach {url}: {error}. Check the endpoint (copy it from your Logto app’s page) and that the tenant is running.',
    discoveryBlockedAddress: '{url} resolves to a private, loopback or link-local address, which this public site does not contact. Use your tenant’s public endpoint, or run the site or the CLI locally.',
    discoveryHttpStatus: '{url} answered HTTP {status}. This does not look like a Logto endpoint: use the tenant’s origin, e.g. https://abc123.logto.app.',
    discoveryNotOidc: '{url} did not return an OpenID configuration ({problem}). This does not look like a Logto endpoint.',
    issuerMatches: 'The issuer is {issuer}, as the SDK expects.',
    issuerMismatch: 'The issuer is {actual}, but the SDK expects {expected}. ID tokens will fail verification: enter the endpoint exactly as your Logto console shows it, without /oidc.',
    endpointsPresent: 'All {count} endpoints the sign-in needs are announced.',
    endpointsMissing: 'The OpenID configuration lacks: {missing}.',
    endpointsNoPkceS256: 'The tenant does not announce PKCE S256, which the SDK always uses.',
    jwksOk: 'The JWKS has {count} usable signing key(s): {algs}.',
    jwksNoSupportedKey: 'The JWKS has no signing key the SDK can verify with (found: {found}).',
    jwksNoKeyForSigningAlg: 'ID tokens are signed with {advertised}, but the JWKS only has keys for {found}.',
    credentialsOk: 'The token endpoint accepted App ID {appId} with this secret (it rejected only the made-up code).',
    credentialsPublicApp: 'App ID {appId} exists but is a public app, which has no secret to check. See “App is a Traditional web app”.',
    credentialsUnknownAppId: 'The tenant has no app with ID {appId}. Copy the App ID from your Logto app’s page.',
    credentialsWrongSecret: 'App ID {appId} exists, but the secret is wrong: the token endpoint answers invalid_client to it. Copy the App secret from your Logto app’s page again.',
    credentialsRejected: 'The token endpoint rejected App ID {appId} with this secret (invalid_client). Check both values on your Logto app’s page.',
    appTypeTraditional: 'The app authenticates with its secret and may use the authorization code flow: a Traditional web app.',
    appTypeNoAuthorizationCode: 'The app may not use the authorization code flow: it is probably a machine-to-machine app. Create a Traditional web app.',
    appTypePublic: 'The app is a single-page or native app (it takes no secret). The playground is a server-side app: create a Traditional web app.',
    appTypeConfidentialWithRedirect: 'The app requires a secret and has redirect URIs: a Traditional web app.',
    appTypeUnconfirmed: 'The app type can be told once the App ID and secret work.',
    redirectUriRegistered: '{uri} is registered as a redirect URI.',
    redirectUriNotRegistered: '{uri} is not registered. Add it under “Redirect URIs” on your Logto app’s page and save.',
    postSignOutUriRegistered: '{uri} is registered as a post sign-out redirect URI.',
    postSignOutUriNotRegistered: '{uri} is not registered. Add it under “Post sign-out redirect URIs” on your Logto app’s page and save.',
    naverConnectorEnabled: 'The sign-in experience has the {target} connector {connectorId}.',
    naverConnectorNotEnabled: 'The sign-in experience has no enabled connector for target “{target}” (enabled: {enabled}). Add the Naver connector if you have not, then add it to Sign-in experience → Social sign-in.',
    naverSignInOnly: 'The {target} connector {connectorId} is in the sign-in experience, but the sign-in mode is “sign in only”: a Naver user without an account is turned away instead of signed up.',
    naverInteractionFailed: 'Could not get Logto’s Naver authorize URL ({stage}: HTTP {status}, {problem}).',
    naverClientIdOk: 'Logto sends client_id {clientId} to Naver: the Client ID you gave for your Naver app.',
    naverClientIdNotCompared: 'Logto sends client_id {clientId} to Naver. Nothing to compare it with: give your Naver app’s Client ID (as Naver Developers shows it) in the playground’s settings or with --naver-client-id, and this check verifies the connector’s settings.',
    naverClientIdMismatch: 'Logto sends client_id {actual} to Naver, not {expected}. Paste the Client ID from Naver Developers into the connector.',
    naverClientIdMissing: 'The authorize URL Logto builds has no client_id ({url}). Fill in the connector’s clientId.',
    naverCallbackUrlOk: 'Logto sends redirect_uri {redirectUri}: register exactly this as the Naver login Callback URL.',
    naverCallbackUrlUnexpected: 'Logto sends redirect_uri {actual} (expected {expected}). Register exactly what Logto sends as the Naver login Callback URL.',
    naverCallbackUrlMissing: 'The authorize URL Logto builds has no redirect_uri ({url}).',
    versionRecent: 'Logto 1.42 or later ({signals}). Its Console lists two callback URIs for the Naver connector.',
    versionOlder: 'Logto 1.41 or earlier ({signals}). Its Console lists one callback URI for the Naver connector.',
    versionUnknown: 'The Logto version can’t be told from what the tenant shows ({signals}). Nothing here depends on it: the guide shows the wording of both Console versions.',
    naverAccountCallbackOneUri: 'A Console of Logto 1.41 or earlier lists one callback URI, {callbackUrl}: register it at Naver, nothing more.',
    naverAccountCallbackListed: 'A Console of Logto 1.42 or later lists two callback URIs: {callbackUrl} (sign-in and sign-up) and {accountCallbackUrl} (linking Naver from the Account Center). Give your Naver Client ID and this check reminds you what to register.',
    naverAccountCallbackReminder: 'Register at Naver, for Client ID {clientId}, under each environment: {callbackUrl} (sign-in and sign-up), and {accountCallbackUrl} if users link Naver from the Account Center. Naver can’t be asked what it holds, so this stays a reminder.',
    naverAccountCallbackReminderIfListed: 'Register at Naver, for Client ID {clientId}, under each environment: {callbackUrl} (sign-in and sign-up). If your Console also lists {accountCallbackUrl} (Logto 1.42 or later), register it too when users link Naver from the Account Center. Naver can’t be asked what it holds, so this stays a reminder.',
  },
  ja: {
    blocked: '「{by}」が通らなかったため、確認していません。',
    unreachable: '{url} から応答がありません: {error}。',
    unexpectedResponse: '{url} から想定外の応答: HTTP {status}({problem})。',
    tenantUnavailable: '{url} が HTTP {status}({problem})を返しました。テナント自体が失敗しています。設定が原因ではありません。しばらくしてから再試行し、テナントの状態を確認してください。',
    internalError: 'チェック自体が失敗しました: {error}。',
    timedOut: '{url} が時間内に応答しませんでした({error})。',
    blockedAddress: '{url} はプライベート・ループバック・リンクローカルのアドレスを指しているため、この公開サイトからは接続しません。',
    tooLarge: '{url} が Logto のエンドポイントとしては大きすぎる応答を返しました({error})。',
    discoveryTimedOut: '{url} が時間内に応答しませんでした。エンドポイントと、テナントが動いていてこのサーバーから到達できることを確認してください。',
    clockOk: 'テナントの時計とこちらの差は {seconds} 秒で、SDK の許容範囲内です。',
    clockSkewed: 'テナントの時計がこちらと {seconds} 秒ずれています。SDK が受け入れる ID トークンは {tolerance} 秒以内のずれまでです。Logto を動かすマシン(またはこのサイト)の時計を NTP で合わせてください。',
    clockUnknown: 'テナントが Date ヘッダーを返さないため、時計を比べられません。',
    discoveryOk: '{url} で OpenID 設定を取得できました。',
    discoveryUnreachable: '{url} に到達できません: {error}。エンドポイント(Logto アプリの詳細ページからコピー)とテナントが動いていることを確認してください。',
    discoveryBlockedAddress: '{url} はプライベート・ループバック・リンクローカルのアドレスを指しているため、この公開サイトからは接続しません。テナントの公開エンドポイントを使うか、サイトまたは CLI をローカルで実行してください。',
    discoveryHttpStatus: '{url} が HTTP {status} を返しました。Logto のエンドポイントではないようです。テナントのオリジン(例: https://abc123.logto.app)を入力してください。',
    discoveryNotOidc: '{url} が OpenID 設定を返しませんでした({problem})。Logto のエンドポイントではないようです。',
    issuerMatches: 'issuer は {issuer} で、SDK の期待どおりです。',
    issuerMismatch: 'issuer は {actual} ですが、SDK は {expected} を期待します。ID トークンの検証に失敗します。エンドポイントは Logto コンソールの表示どおり、/oidc を付けずに入力してください。',
    endpointsPresent: 'サインインに必要な {count} 個のエンドポイントがすべて公開されています。',
    endpointsMissing: 'OpenID 設定に次がありません: {missing}。',
    endpointsNoPkceS256: 'テナントが PKCE S256 を公開していません(SDK は常に S256 を使います)。',
    jwksOk: 'JWKS に使える署名鍵が {count} 個あります: {algs}。',
    jwksNoSupportedKey: 'JWKS に SDK が検証に使える署名鍵がありません(見つかったもの: {found})。',
    jwksNoKeyForSigningAlg: 'ID トークンは {advertised} で署名されますが、JWKS には {found} の鍵しかありません。',
    credentialsOk: 'トークンエンドポイントが App ID {appId} とこのシークレットを受け入れました(拒否したのは架空のコードだけです)。',
    credentialsPublicApp: 'App ID {appId} は存在しますが、シークレットを持たない公開アプリです。「アプリが Traditional web アプリである」を見てください。',
    credentialsUnknownAppId: 'テナントに App ID {appId} のアプリがありません。Logto アプリの詳細ページから App ID をコピーしてください。',
    credentialsWrongSecret: 'App ID {appId} は存在しますが、シークレットが違います(トークンエンドポイントの答えは invalid_client)。Logto アプリの詳細ページから App secret をもう一度コピーしてください。',
    credentialsRejected: 'トークンエンドポイントが App ID {appId} とこのシークレットを拒否しました(invalid_client)。Logto アプリの詳細ページで両方を確認してください。',
    appTypeTraditional: 'アプリはシークレットで認証され、認可コードフローを使えます: Traditional web アプリです。',
    appTypeNoAuthorizationCode: 'アプリは認可コードフローを使えません。おそらく Machine-to-machine アプリです。Traditional web アプリを作成してください。',
    appTypePublic: 'アプリはシングルページまたはネイティブアプリです(シークレットを受け付けません)。プレイグラウンドはサーバー側のアプリなので、Traditional web アプリを作成してください。',
    appTypeConfidentialWithRedirect: 'アプリはシークレットを必要とし、リダイレクト URI を持っています: Traditional web アプリです。',
    appTypeUnconfirmed: 'App ID とシークレットが有効になれば、アプリの種類を判定できます。',
    redirectUriRegistered: '{uri} はリダイレクト URI として登録されています。',
    redirectUriNotRegistered: '{uri} が登録されていません。Logto アプリの詳細ページの「Redirect URIs」に追加して保存してください。',
    postSignOutUriRegistered: '{uri} はサインアウト後のリダイレクト URI として登録されています。',
    postSignOutUriNotRegistered: '{uri} が登録されていません。Logto アプリの詳細ページの「Post sign-out redirect URIs」に追加して保存してください。',
    naverConnectorEnabled: 'サインイン体験に {target} コネクター {connectorId} があります。',
    naverConnectorNotEnabled: 'サインイン体験に target「{target}」の有効なコネクターがありません(有効なもの: {enabled})。Naver コネクターを追加していなければ追加し、サインイン体験 → ソーシャルサインインに加えてください。',
    naverSignInOnly: '{target} コネクター {connectorId} はサインイン体験にありますが、サインインモードが「サインインのみ」です。アカウントのない Naver ユーザーは登録されず、断られます。',
    naverInteractionFailed: 'Logto が作る Naver の認可 URL を取得できませんでした({stage}: HTTP {status}、{problem})。',
    naverClientIdOk: 'Logto は Naver に client_id {clientId} を送ります。あなたの Naver アプリの Client ID と一致します。',
    naverClientIdNotCompared: 'Logto は Naver に client_id {clientId} を送ります。比べる値がありません。Naver Developers に表示される Naver アプリの Client ID をプレイグラウンドの設定か --naver-client-id で指定すると、このチェックでコネクターの設定を確認できます。',
    naverClientIdMismatch: 'Logto が Naver に送る client_id は {actual} で、{expected} ではありません。Naver Developers の Client ID をコネクターに貼り付けてください。',
    naverClientIdMissing: 'Logto が作る認可 URL に client_id がありません({url})。コネクターの clientId を入力してください。',
    naverCallbackUrlOk: 'Logto は redirect_uri {redirectUri} を送ります。これをそのまま Naver ログインの Callback URL に登録してください。',
    naverCallbackUrlUnexpected: 'Logto が送る redirect_uri は {actual} です(想定は {expected})。Logto が送る値をそのまま Naver ログインの Callback URL に登録してください。',
    naverCallbackUrlMissing: 'Logto が作る認可 URL に redirect_uri がありません({url})。',
    versionRecent: 'Logto 1.42 以降です({signals})。コンソールは Naver コネクターのコールバック URI を 2 つ表示します。',
    versionOlder: 'Logto 1.41 以前です({signals})。コンソールは Naver コネクターのコールバック URI を 1 つ表示します。',
    versionUnknown: 'テナントが示す情報からは Logto のバージョンを判別できません({signals})。ここで判別が必要なものはありません。ガイドは両方のバージョンのコンソールの文言を示します。',
    naverAccountCallbackOneUri: 'Logto 1.41 以前のコンソールが示すコールバック URI は {callbackUrl} の 1 つだけです。これを Naver に登録すれば足ります。',
    naverAccountCallbackListed: 'Logto 1.42 以降のコンソールはコールバック URI を 2 つ示します: {callbackUrl}(サインインとサインアップ)と {accountCallbackUrl}(Account Center からの Naver の連携)。Naver の Client ID を入力すると、このチェックが登録すべき値を知らせます。',
    naverAccountCallbackReminder: 'Client ID {clientId} の Naver アプリに、環境ごとに登録してください: {callbackUrl}(サインインとサインアップ)と、ユーザーが Account Center から Naver を連携するなら {accountCallbackUrl}。Naver に登録内容を問い合わせることはできないため、これは確認のお知らせです。',
    naverAccountCallbackReminderIfListed: 'Client ID {clientId} の Naver アプリに、環境ごとに {callbackUrl}(サインインとサインアップ)を登録してください。コンソールに {accountCallbackUrl} も表示されているなら(Logto 1.42 以降)、ユーザーが Account Center から Naver を連携する場合はそれも登録してください。Naver に登録内容を問い合わせることはできないため、これは確認のお知らせです。',
  },
  ko: {
    blocked: '“{by}” 항목이 통과하지 않아 확인하지 않았습니다.',
    unreachable: '{url}에서 응답이 없습니다: {error}.',
    unexpectedResponse: '{url}에서 예상하지 못한 응답: HTTP {status} ({problem}).',
    tenantUnavailable: '{url}이(가) HTTP {status}({problem})를 반환했습니다. 테넌트 자체가 실패하고 있습니다. 설정이 원인이 아닙니다. 잠시 후 다시 시도하고 테넌트 상태를 확인하세요.',
    internalError: '점검 자체가 실패했습니다: {error}.',
    timedOut: '{url}이(가) 제시간에 응답하지 않았습니다({error}).',
    blockedAddress: '{url}이(가) 사설·루프백·링크 로컬 주소를 가리키므로 이 공개 사이트는 접속하지 않습니다.',
    tooLarge: '{url}이(가) Logto 엔드포인트로서는 너무 큰 응답을 보냈습니다({error}).',
    discoveryTimedOut: '{url}이(가) 제시간에 응답하지 않았습니다. 엔드포인트와, 테넌트가 실행 중이며 이 서버에서 접근 가능한지 확인하세요.',
    clockOk: '테넌트의 시계와 이쪽의 차이는 {seconds}초로, SDK가 허용하는 범위 안입니다.',
    clockSkewed: '테넌트의 시계가 이쪽과 {seconds}초 어긋나 있습니다. SDK는 {tolerance}초 이내의 차이까지만 ID 토큰을 받아들입니다. Logto를 실행하는 머신(또는 이 사이트)의 시계를 NTP로 맞추세요.',
    clockUnknown: '테넌트가 Date 헤더를 보내지 않아 시계를 비교할 수 없습니다.',
    discoveryOk: '{url}에서 OpenID 설정을 찾았습니다.',
    discoveryUnreachable: '{url}에 접근할 수 없습니다: {error}. 엔드포인트(Logto 앱 상세 페이지에서 복사)와 테넌트가 실행 중인지 확인하세요.',
    discoveryBlockedAddress: '{url}은(는) 사설, 루프백 또는 링크 로컬 주소를 가리키므로 이 공개 사이트에서는 접속하지 않습니다. 테넌트의 공개 엔드포인트를 쓰거나 사이트 또는 CLI를 로컬에서 실행하세요.',
    discoveryHttpStatus: '{url}이(가) HTTP {status}를 반환했습니다. Logto 엔드포인트가 아닌 것 같습니다. 테넌트의 origin(예: https://abc123.logto.app)을 입력하세요.',
    discoveryNotOidc: '{url}이(가) OpenID 설정을 반환하지 않았습니다({problem}). Logto 엔드포인트가 아닌 것 같습니다.',
    issuerMatches: 'issuer가 {issuer}로, SDK가 기대하는 값입니다.',
    issuerMismatch: 'issuer가 {actual}이지만 SDK는 {expected}를 기대합니다. ID 토큰 검증이 실패합니다. 엔드포인트를 Logto 콘솔에 표시된 그대로, /oidc 없이 입력하세요.',
    endpointsPresent: '로그인에 필요한 엔드포인트 {count}개가 모두 공개되어 있습니다.',
    endpointsMissing: 'OpenID 설정에 다음이 없습니다: {missing}.',
    endpointsNoPkceS256: '테넌트가 PKCE S256을 공개하지 않습니다(SDK는 항상 S256을 사용합니다).',
    jwksOk: 'JWKS에 사용할 수 있는 서명 키가 {count}개 있습니다: {algs}.',
    jwksNoSupportedKey: 'JWKS에 SDK가 검증에 쓸 수 있는 서명 키가 없습니다(발견: {found}).',
    jwksNoKeyForSigningAlg: 'ID 토큰은 {advertised}로 서명되지만 JWKS에는 {found} 키만 있습니다.',
    credentialsOk: '토큰 엔드포인트가 App ID {appId}와 이 시크릿을 받아들였습니다(거부한 것은 임의로 만든 코드뿐입니다).',
    credentialsPublicApp: 'App ID {appId}는 존재하지만 시크릿이 없는 공개 앱입니다. “앱이 Traditional web 앱임” 항목을 보세요.',
    credentialsUnknownAppId: '테넌트에 App ID {appId}인 앱이 없습니다. Logto 앱 상세 페이지에서 App ID를 복사하세요.',
    credentialsWrongSecret: 'App ID {appId}는 존재하지만 시크릿이 틀렸습니다(토큰 엔드포인트의 응답은 invalid_client). Logto 앱 상세 페이지에서 App secret을 다시 복사하세요.',
    credentialsRejected: '토큰 엔드포인트가 App ID {appId}와 이 시크릿을 거부했습니다(invalid_client). Logto 앱 상세 페이지에서 두 값을 확인하세요.',
    appTypeTraditional: '앱이 시크릿으로 인증되고 인가 코드 흐름을 쓸 수 있습니다: Traditional web 앱입니다.',
    appTypeNoAuthorizationCode: '앱이 인가 코드 흐름을 쓸 수 없습니다. Machine-to-machine 앱으로 보입니다. Traditional web 앱을 만드세요.',
    appTypePublic: '앱이 싱글 페이지 또는 네이티브 앱입니다(시크릿을 받지 않습니다). 플레이그라운드는 서버 측 앱이므로 Traditional web 앱을 만드세요.',
    appTypeConfidentialWithRedirect: '앱이 시크릿을 요구하고 리디렉션 URI를 가지고 있습니다: Traditional web 앱입니다.',
    appTypeUnconfirmed: 'App ID와 시크릿이 유효해지면 앱 유형을 판별할 수 있습니다.',
    redirectUriRegistered: '{uri}이(가) 리디렉션 URI로 등록되어 있습니다.',
    redirectUriNotRegistered: '{uri}이(가) 등록되어 있지 않습니다. Logto 앱 상세 페이지의 “Redirect URIs”에 추가하고 저장하세요.',
    postSignOutUriRegistered: '{uri}이(가) 로그아웃 후 리디렉션 URI로 등록되어 있습니다.',
    postSignOutUriNotRegistered: '{uri}이(가) 등록되어 있지 않습니다. Logto 앱 상세 페이지의 “Post sign-out redirect URIs”에 추가하고 저장하세요.',
    naverConnectorEnabled: '로그인 경험에 {target} 커넥터 {connectorId}가 있습니다.',
    naverConnectorNotEnabled: '로그인 경험에 target “{target}”의 활성 커넥터가 없습니다(활성: {enabled}). 네이버 커넥터를 추가하지 않았다면 추가한 뒤, 로그인 경험 → 소셜 로그인에 넣으세요.',
    naverSignInOnly: '{target} 커넥터 {connectorId}는 로그인 경험에 있지만 로그인 모드가 “로그인만”입니다. 계정이 없는 네이버 사용자는 가입되지 않고 거절됩니다.',
    naverInteractionFailed: 'Logto가 만드는 네이버 인가 URL을 가져오지 못했습니다({stage}: HTTP {status}, {problem}).',
    naverClientIdOk: 'Logto가 네이버에 client_id {clientId}를 보냅니다. 내 네이버 앱의 Client ID와 같습니다.',
    naverClientIdNotCompared: 'Logto가 네이버에 client_id {clientId}를 보냅니다. 비교할 값이 없습니다. 네이버 개발자 센터에 나오는 네이버 앱의 Client ID를 플레이그라운드 설정이나 --naver-client-id로 주면 이 점검이 커넥터 설정을 확인합니다.',
    naverClientIdMismatch: 'Logto가 네이버에 보내는 client_id는 {actual}이며 {expected}가 아닙니다. 네이버 개발자 센터의 Client ID를 커넥터에 붙여 넣으세요.',
    naverClientIdMissing: 'Logto가 만드는 인가 URL에 client_id가 없습니다({url}). 커넥터의 clientId를 입력하세요.',
    naverCallbackUrlOk: 'Logto가 redirect_uri {redirectUri}를 보냅니다. 이 값을 그대로 네이버 로그인 Callback URL로 등록하세요.',
    naverCallbackUrlUnexpected: 'Logto가 보내는 redirect_uri는 {actual}입니다(예상: {expected}). Logto가 보내는 값을 그대로 네이버 로그인 Callback URL로 등록하세요.',
    naverCallbackUrlMissing: 'Logto가 만드는 인가 URL에 redirect_uri가 없습니다({url}).',
    versionRecent: 'Logto 1.42 이상입니다({signals}). 콘솔은 네이버 커넥터의 콜백 URI를 2개 보여 줍니다.',
    versionOlder: 'Logto 1.41 이하입니다({signals}). 콘솔은 네이버 커넥터의 콜백 URI를 1개 보여 줍니다.',
    versionUnknown: '테넌트가 보여 주는 정보로는 Logto 버전을 알 수 없습니다({signals}). 여기서 버전에 달린 것은 없습니다. 가이드는 두 콘솔 버전의 문구를 모두 보여 줍니다.',
    naverAccountCallbackOneUri: 'Logto 1.41 이하의 콘솔이 보여 주는 콜백 URI는 {callbackUrl} 하나입니다. 이것만 네이버에 등록하면 됩니다.',
    naverAccountCallbackListed: 'Logto 1.42 이상의 콘솔은 콜백 URI를 2개 보여 줍니다: {callbackUrl}(로그인과 회원가입)과 {accountCallbackUrl}(Account Center에서 네이버 연동). 네이버 Client ID를 입력하면 이 점검이 등록할 값을 알려 줍니다.',
    naverAccountCallbackReminder: 'Client ID {clientId}의 네이버 앱에 환경마다 등록하세요: {callbackUrl}(로그인과 회원가입), 그리고 사용자가 Account Center에서 네이버를 연동한다면 {accountCallbackUrl}. 네이버에 등록 내용을 물어볼 수 없으므로 이것은 확인용 알림입니다.',
    naverAccountCallbackReminderIfListed: 'Client ID {clientId}의 네이버 앱에 환경마다 {callbackUrl}(로그인과 회원가입)을 등록하세요. 콘솔에 {accountCallbackUrl}도 보인다면(Logto 1.42 이상), 사용자가 Account Center에서 네이버를 연동할 때를 위해 그것도 등록하세요. 네이버에 등록 내용을 물어볼 수 없으므로 이것은 확인용 알림입니다.',
  },
});

/** Labels for the checklist, the CLI table and the support bundle. */
export const preflightUiStrings = defineStrings({
  en: {
    verifiedBySignIn: 'A sign-in with Naver in the playground',
    verifiedWhenCompared: '{check}, compared with the value you give in the playground’s settings',
    heading: 'Preflight checks',
    intro: 'Checks your tenant against each guide step, without signing in.',
    runChecks: 'Run checks',
    noResultsYet: 'Not run yet. Press “Run checks” to check the settings in “{settings}”.',
    ranAt: 'Last run: {time}',
    statusPass: 'PASS',
    statusFail: 'FAIL',
    statusWarn: 'WARN',
    statusSkip: 'SKIP',
    columnStatus: 'Status',
    columnCheck: 'Check',
    columnStep: 'Step',
    columnReason: 'Reason',
    goToStep: 'How to fix it: step {n}',
    summary: '{pass} passed, {fail} failed, {warn} warnings, {skip} skipped.',
    settingsMissing: 'Save the playground settings first: the checks use them.',
    supportHeading: 'Support bundle',
    supportIntro: 'A redacted report to paste into an issue: your settings without the secret, the check results, the last flow trace and versions.',
    supportLabel: 'Support bundle (redacted)',
  },
  ja: {
    verifiedBySignIn: 'プレイグラウンドでの Naver サインイン',
    verifiedWhenCompared: '{check}(プレイグラウンドの設定に入力した値と比べたとき)',
    heading: '事前チェック',
    intro: 'サインインせずに、ガイドの各ステップをあなたのテナントで確認します。',
    runChecks: 'チェックを実行',
    noResultsYet: 'まだ実行していません。「チェックを実行」を押すと、「{settings}」の設定で確認します。',
    ranAt: '前回の実行: {time}',
    statusPass: '合格',
    statusFail: '失敗',
    statusWarn: '警告',
    statusSkip: 'スキップ',
    columnStatus: '結果',
    columnCheck: 'チェック',
    columnStep: 'ステップ',
    columnReason: '理由',
    goToStep: '直し方: ステップ {n}',
    summary: '合格 {pass}、失敗 {fail}、警告 {warn}、スキップ {skip}。',
    settingsMissing: '先にプレイグラウンドの設定を保存してください。チェックはその設定を使います。',
    supportHeading: 'サポート用レポート',
    supportIntro: 'Issue に貼り付けるための伏せ字済みレポートです: シークレットを除いた設定、チェック結果、直近のフロートレース、バージョン。',
    supportLabel: 'サポート用レポート(伏せ字済み)',
  },
  ko: {
    verifiedBySignIn: '플레이그라운드에서 네이버로 로그인',
    verifiedWhenCompared: '{check}(플레이그라운드 설정에 입력한 값과 비교했을 때)',
    heading: '사전 점검',
    intro: '로그인하지 않고 가이드의 각 단계를 테넌트에서 확인합니다.',
    runChecks: '점검 실행',
    noResultsYet: '아직 실행하지 않았습니다. “점검 실행”을 누르면 “{settings}”의 설정으로 확인합니다.',
    ranAt: '마지막 실행: {time}',
    statusPass: '통과',
    statusFail: '실패',
    statusWarn: '경고',
    statusSkip: '건너뜀',
    columnStatus: '결과',
    columnCheck: '점검',
    columnStep: '단계',
    columnReason: '이유',
    goToStep: '해결 방법: {n}단계',
    summary: '통과 {pass}, 실패 {fail}, 경고 {warn}, 건너뜀 {skip}.',
    settingsMissing: '먼저 플레이그라운드 설정을 저장하세요. 점검은 그 설정을 사용합니다.',
    supportHeading: '지원용 보고서',
    supportIntro: '이슈에 붙여 넣을 가려진 보고서입니다: 시크릿을 뺀 설정, 점검 결과, 마지막 흐름 기록, 버전.',
    supportLabel: '지원용 보고서(가려짐)',
  },
});

/** The command line: usage, usage errors and the secret prompt. */
export const preflightCliStrings = defineStrings({
  en: {
    noteEndpointFromIssuer: 'Note: --endpoint is the tenant’s issuer (it ends in /oidc); using its origin {origin}.',
    noteEndpointFromDiscovery: 'Note: --endpoint is the tenant’s discovery URL; using its origin {origin}.',
    usage: `Usage: {command} --endpoint <url> --app-id <id> [options]

Checks a Logto tenant against each step of the Naver sign-in guide, without signing in.
The app secret is read from LOGTO_APP_SECRET, or asked for (hidden) when run in a terminal.
It is never accepted as an argument.

Options:
  --endpoint <url>         Logto endpoint, e.g. https://abc123.logto.app (env LOGTO_ENDPOINT)
  --app-id <id>            App ID of the Traditional web app (env LOGTO_APP_ID)
  --site-origin <url>      Origin whose playground URIs must be registered (env SITE_ORIGIN; default {defaultOrigin})
  --redirect-uri <url>     Your app's redirect URI that must be registered, instead of the playground's (env LOGTO_REDIRECT_URI)
  --post-sign-out-redirect-uri <url>  Likewise for the post sign-out redirect URI (env LOGTO_POST_SIGN_OUT_REDIRECT_URI)
  --target <name>          Direct sign-in target of the connector to check (default naver)
  --naver-client-id <id>   Fail unless Logto sends this client_id to Naver (env NAVER_CLIENT_ID)
  --lang ja|en|ko          Language of the report (default: from LANG, else en)
  --json                   Print machine-readable JSON instead of a table
  --reporter <name>        table (default), json, github (annotations + step summary) or junit; may be repeated
  --output <file>          Write the report (of the one reporter other than github) to <file>
  --fail-on warn|fail      Exit 1 on anything but a pass (warn, the default) or only on a failed check (fail)
  --guide-origin <url>     Where the guide's step links point (env GUIDE_ORIGIN; default the site origin)
  --public                 Refuse private, loopback and link-local addresses (PUBLIC address policy)
  --last-sign-in           Instead of the checks: read the tenant's audit log and print the cause of the last
                           sign-in of --app-id (the last 30 minutes); needs --m2m-app-id, and the M2M secret
                           from LOGTO_M2M_APP_SECRET or a hidden prompt (not the app secret)
  --m2m-app-id <id>        M2M app with the Logto Management API role (env LOGTO_M2M_APP_ID)
  -h, --help               Show this help

Exit codes: 0 every check passed (a reminder may warn); 1 a check failed, warned or was skipped (with --fail-on fail: a check failed); 2 usage error; 3 internal error.
With --last-sign-in: 0 Logto finished the last sign-in; 4 the log names its cause; 5 the log doesn't say
(or has no sign-in); 6 the log could not be read.`,
    secretPrompt: 'App secret for {appId} (input hidden): ',
    errorSecretInArgv: 'The app secret is never taken from the command line (it would end up in shell history and process lists). Set LOGTO_APP_SECRET, or run in a terminal to be asked for it.',
    errorNoSecret: 'No app secret: set LOGTO_APP_SECRET, or run in a terminal to be asked for it.',
    m2mSecretPrompt: 'M2M app secret for {appId} (input hidden): ',
    errorNoM2mSecret: 'No M2M app secret: set LOGTO_M2M_APP_SECRET, or run in a terminal to be asked for it.',
    fixAtStep: 'Fix it in step {n}: {title}',
    errorMissing: 'Missing {option}.',
    errorEndpoint: '{option} must be an origin such as https://abc123.logto.app (https unless it is localhost).',
    errorAppId: '--app-id must be letters, digits, “-” or “_”.',
    errorTarget: '--target must be a connector target such as naver.',
    errorNaverClientId: '--naver-client-id must be the Client ID Naver Developers shows: letters and digits (also “-” and “_”), at most 64, no spaces.',
    errorLang: '--lang must be ja, en or ko.',
    errorArgs: '{message}',
    seeHelp: 'Run with --help for usage.',
    guideLink: 'Guide: {url}',
    internalError: 'The preflight crashed: {message}',
    errorReporter: '--reporter must be table, json, github or junit.',
    errorFailOn: '--fail-on must be warn or fail.',
    errorUri: '{option} must be an http(s) URL.',
    errorOutputAmbiguous: '--output takes the report of one reporter besides github; {reporters} were given.',
    errorOutputWrite: 'Cannot write {file}: {message}',
    reportWritten: 'Report written to {file}.',
    summaryHeading: 'Logto × Naver preflight',
    columnReason: 'What was found',
  },
  ja: {
    noteEndpointFromIssuer: '注意: --endpoint はテナントの issuer(末尾が /oidc)です。オリジン {origin} を使います。',
    noteEndpointFromDiscovery: '注意: --endpoint はテナントのディスカバリー URL です。オリジン {origin} を使います。',
    usage: `使い方: {command} --endpoint <url> --app-id <id> [オプション]

サインインせずに、Naver サインインガイドの各ステップを Logto テナントで確認します。
App secret は LOGTO_APP_SECRET から読むか、端末で実行したときは(非表示で)入力を求めます。
引数としては決して受け付けません。

オプション:
  --endpoint <url>         Logto エンドポイント。例: https://abc123.logto.app(環境変数 LOGTO_ENDPOINT)
  --app-id <id>            Traditional web アプリの App ID(環境変数 LOGTO_APP_ID)
  --site-origin <url>      プレイグラウンドの URI が登録されているべきオリジン(環境変数 SITE_ORIGIN、既定 {defaultOrigin})
  --redirect-uri <url>     プレイグラウンドの代わりに登録を確かめるアプリのリダイレクト URI(環境変数 LOGTO_REDIRECT_URI)
  --post-sign-out-redirect-uri <url>  同じくサインアウト後リダイレクト URI(環境変数 LOGTO_POST_SIGN_OUT_REDIRECT_URI)
  --target <name>          確認するコネクターのダイレクトサインインの target(既定 naver)
  --naver-client-id <id>   Logto が Naver に送る client_id がこれでなければ失敗(環境変数 NAVER_CLIENT_ID)
  --lang ja|en|ko          レポートの言語(既定: LANG から、なければ en)
  --json                   表の代わりに機械可読な JSON を出力
  --reporter <name>        table(既定)、json、github(注釈とステップサマリー)、junit。複数指定可
  --output <file>          github 以外の 1 つのレポーターの出力を <file> に書き込む
  --fail-on warn|fail      合格以外で終了コード 1(warn、既定)、または失敗したチェックがあるときだけ 1(fail)
  --guide-origin <url>     ガイドのステップへのリンク先(環境変数 GUIDE_ORIGIN、既定はサイトのオリジン)
  --public                 プライベート・ループバック・リンクローカルのアドレスを拒否(PUBLIC アドレスポリシー)
  --last-sign-in           チェックの代わりに、テナントの監査ログを読み、--app-id の前回のサインイン(直近 30 分)の
                           原因を表示。--m2m-app-id と、LOGTO_M2M_APP_SECRET または非表示の入力による M2M シークレットが必要
  --m2m-app-id <id>        Logto Management API ロールを持つ M2M アプリ(環境変数 LOGTO_M2M_APP_ID)
  -h, --help               このヘルプを表示

終了コード: 0 すべて合格 (確認のお知らせの警告は除く)、1 失敗・警告・スキップがある(--fail-on fail では失敗がある)、2 使い方の誤り、3 内部エラー。
--last-sign-in では: 0 Logto は前回のサインインを完了、4 ログが原因を示す、5 ログからは分からない(またはサインインがない)、
6 ログを読めなかった。`,
    secretPrompt: '{appId} の App secret(入力は表示されません): ',
    errorSecretInArgv: 'App secret はコマンドラインからは受け取りません(シェル履歴やプロセス一覧に残るため)。LOGTO_APP_SECRET を設定するか、端末で実行して入力してください。',
    errorNoSecret: 'App secret がありません。LOGTO_APP_SECRET を設定するか、端末で実行して入力してください。',
    m2mSecretPrompt: '{appId} の M2M シークレット(入力は表示されません): ',
    errorNoM2mSecret: 'M2M シークレットがありません。LOGTO_M2M_APP_SECRET を設定するか、端末で実行して入力してください。',
    fixAtStep: 'ステップ {n} で直します: {title}',
    errorMissing: '{option} がありません。',
    errorEndpoint: '{option} は https://abc123.logto.app のようなオリジンにしてください(localhost 以外は https)。',
    errorAppId: '--app-id は英数字、「-」、「_」だけにしてください。',
    errorTarget: '--target は naver のようなコネクターの target にしてください。',
    errorNaverClientId: '--naver-client-id には Naver Developers に表示される Client ID を指定してください。英数字(「-」と「_」も可)で 64 文字まで、空白なしです。',
    errorLang: '--lang は ja、en、ko のいずれかにしてください。',
    errorArgs: '{message}',
    seeHelp: '使い方は --help で表示できます。',
    guideLink: 'ガイド: {url}',
    internalError: '事前チェックが異常終了しました: {message}',
    errorReporter: '--reporter は table、json、github、junit のいずれかにしてください。',
    errorFailOn: '--fail-on は warn か fail にしてください。',
    errorUri: '{option} は http(s) の URL にしてください。',
    errorOutputAmbiguous: '--output に書けるのは github 以外の 1 つのレポーターだけです。指定されたのは {reporters} です。',
    errorOutputWrite: '{file} に書き込めません: {message}',
    reportWritten: 'レポートを {file} に書き込みました。',
    summaryHeading: 'Logto × Naver 事前チェック',
    columnReason: '確認したこと',
  },
  ko: {
    noteEndpointFromIssuer: '참고: --endpoint는 테넌트의 issuer(/oidc로 끝남)입니다. 오리진 {origin}을(를) 사용합니다.',
    noteEndpointFromDiscovery: '참고: --endpoint는 테넌트의 디스커버리 URL입니다. 오리진 {origin}을(를) 사용합니다.',
    usage: `사용법: {command} --endpoint <url> --app-id <id> [옵션]

로그인하지 않고 네이버 로그인 가이드의 각 단계를 Logto 테넌트에서 확인합니다.
App secret은 LOGTO_APP_SECRET에서 읽거나, 터미널에서 실행하면 (보이지 않게) 입력을 요청합니다.
인수로는 절대 받지 않습니다.

옵션:
  --endpoint <url>         Logto 엔드포인트, 예: https://abc123.logto.app (환경 변수 LOGTO_ENDPOINT)
  --app-id <id>            Traditional web 앱의 App ID (환경 변수 LOGTO_APP_ID)
  --site-origin <url>      플레이그라운드 URI가 등록되어 있어야 할 origin (환경 변수 SITE_ORIGIN, 기본값 {defaultOrigin})
  --redirect-uri <url>     플레이그라운드 대신 등록을 확인할 앱의 리디렉션 URI (환경 변수 LOGTO_REDIRECT_URI)
  --post-sign-out-redirect-uri <url>  마찬가지로 로그아웃 후 리디렉션 URI (환경 변수 LOGTO_POST_SIGN_OUT_REDIRECT_URI)
  --target <name>          확인할 커넥터의 다이렉트 로그인 target (기본값 naver)
  --naver-client-id <id>   Logto가 네이버에 보내는 client_id가 이 값이 아니면 실패 (환경 변수 NAVER_CLIENT_ID)
  --lang ja|en|ko          보고서 언어 (기본값: LANG에서, 없으면 en)
  --json                   표 대신 기계가 읽을 수 있는 JSON 출력
  --reporter <name>        table(기본값), json, github(주석과 단계 요약), junit. 여러 번 지정 가능
  --output <file>          github 외의 보고서 하나의 출력을 <file>에 기록
  --fail-on warn|fail      통과가 아니면 종료 코드 1(warn, 기본값), 또는 실패한 점검이 있을 때만 1(fail)
  --guide-origin <url>     가이드 단계 링크가 가리킬 곳 (환경 변수 GUIDE_ORIGIN, 기본값은 사이트 origin)
  --public                 사설, 루프백, 링크 로컬 주소 거부 (PUBLIC 주소 정책)
  --last-sign-in           점검 대신 테넌트 감사 로그를 읽어 --app-id의 지난 로그인(최근 30분)의 원인을 표시.
                           --m2m-app-id와, LOGTO_M2M_APP_SECRET 또는 보이지 않는 입력으로 받은 M2M 시크릿이 필요
  --m2m-app-id <id>        Logto Management API 역할이 있는 M2M 앱 (환경 변수 LOGTO_M2M_APP_ID)
  -h, --help               이 도움말 표시

종료 코드: 0 모두 통과(확인용 알림의 경고는 제외), 1 실패·경고·건너뜀이 있음(--fail-on fail이면 실패가 있음), 2 사용법 오류, 3 내부 오류.
--last-sign-in에서는: 0 Logto가 지난 로그인을 마침, 4 로그가 원인을 알려 줌, 5 로그로는 알 수 없음(또는 로그인이 없음),
6 로그를 읽을 수 없음.`,
    secretPrompt: '{appId}의 App secret (입력이 표시되지 않음): ',
    errorSecretInArgv: 'App secret은 명령줄에서 받지 않습니다(셸 기록과 프로세스 목록에 남기 때문입니다). LOGTO_APP_SECRET을 설정하거나 터미널에서 실행해 입력하세요.',
    errorNoSecret: 'App secret이 없습니다. LOGTO_APP_SECRET을 설정하거나 터미널에서 실행해 입력하세요.',
    m2mSecretPrompt: '{appId}의 M2M 시크릿 (입력이 표시되지 않음): ',
    errorNoM2mSecret: 'M2M 시크릿이 없습니다. LOGTO_M2M_APP_SECRET을 설정하거나 터미널에서 실행해 입력하세요.',
    fixAtStep: '{n}단계에서 고치세요: {title}',
    errorMissing: '{option}이(가) 없습니다.',
    errorEndpoint: '{option}은(는) https://abc123.logto.app 같은 origin이어야 합니다(localhost가 아니면 https).',
    errorAppId: '--app-id는 영문자, 숫자, “-”, “_”만 쓸 수 있습니다.',
    errorTarget: '--target은 naver 같은 커넥터 target이어야 합니다.',
    errorNaverClientId: '--naver-client-id에는 네이버 개발자 센터에 나오는 Client ID를 주세요. 영문자와 숫자("-", "_"도 가능)로 된 최대 64자이며 공백이 없어야 합니다.',
    errorLang: '--lang은 ja, en, ko 중 하나여야 합니다.',
    errorArgs: '{message}',
    seeHelp: '사용법은 --help로 볼 수 있습니다.',
    guideLink: '가이드: {url}',
    internalError: '사전 점검이 비정상 종료되었습니다: {message}',
    errorReporter: '--reporter는 table, json, github, junit 중 하나여야 합니다.',
    errorFailOn: '--fail-on은 warn 또는 fail이어야 합니다.',
    errorUri: '{option}은(는) http(s) URL이어야 합니다.',
    errorOutputAmbiguous: '--output에는 github 외의 보고서 하나만 쓸 수 있습니다. 지정된 보고서: {reporters}.',
    errorOutputWrite: '{file}에 쓸 수 없습니다: {message}',
    reportWritten: '보고서를 {file}에 기록했습니다.',
    summaryHeading: 'Logto × Naver 사전 점검',
    columnReason: '확인한 내용',
  },
});
