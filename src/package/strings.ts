import { defineStrings } from '../i18n/define-strings.ts';

/** The logto-naver command's own words: its usage, the sandbox's and the browser check's. */
export const packageStrings = defineStrings({
  en: {
    usage: `Usage: logto-naver <command> [options]

Commands:
  preflight   Check a Logto tenant against each step of the Naver sign-in guide, without signing in
  check       Press through the sign-in in Chromium up to Naver's authorize page (Naver is never called)
  sandbox     Start a local Logto-compatible tenant and a Naver mock: a test double for your own app's tests

Run logto-naver <command> --help for its options. Language: --lang ja|en|ko, or LANG.`,
    unknownCommand: 'Unknown command “{command}”.',
    seeHelp: 'Run with --help for usage.',
    errorArgs: '{message}',
    errorLang: '--lang must be ja, en or ko.',
    errorPort: '{option} must be a port number (1–65535), or 0 for a free one.',
    errorUri: '{option} must be an http(s) URL.',
    errorScenario: '--scenario must be a fault lab scenario: {ids}.',
    errorMissing: 'Missing {option}.',
    errorEndpoint: '{option} must be an origin such as https://abc123.logto.app (https unless it is localhost).',
    errorAppId: '--app-id must be letters, digits, “-” or “_”.',
    errorNaverClientId: '--naver-client-id must be the Client ID Naver Developers shows: letters and digits (also “-” and “_”), at most 64, no spaces.',
    errorTimeout: '--timeout must be a number of seconds between 1 and 600.',
    sandboxUsage: `Usage: logto-naver sandbox [options]

Starts a local Logto-compatible tenant with a Naver connector, and a Naver mock that stands in for
nid.naver.com, on loopback. It prints the lines your app reads (LOGTO_ENDPOINT=…) and runs until
Ctrl+C (SIGINT) or SIGTERM, then stops both. Its App IDs and secrets are public demo values.

Options:
  --port <n>                  The tenant's port (env TENANT_PORT; default a free one)
  --naver-mock-port <n>       The Naver mock's port (env NAVER_MOCK_PORT; default a free one)
  --redirect-uri <url>        Your app's redirect URI, registered for the apps (repeatable; env TENANT_REDIRECT_URIS)
  --post-logout-redirect-uri <url>  Your app's post sign-out redirect URI (repeatable; env TENANT_POST_LOGOUT_REDIRECT_URIS)
  --scenario <id>             Also print the app of a fault lab scenario (one thing set up wrong): {ids}
  --config <file>             A tenant config (JSON) instead of the built-in one (env TENANT_CONFIG)
  --lang ja|en|ko             Language of the messages
  -h, --help                  Show this help`,
    sandboxStarting: 'Starting the local tenant and the Naver mock…',
    sandboxReady: 'Ready. Press Ctrl+C to stop.',
    sandboxScenario: 'Fault lab scenario “{id}”: its app is below.',
    sandboxStopped: 'Stopped the local tenant and the Naver mock.',
    sandboxPartExited: 'The local tenant exited: {report}',
    sandboxFailed: 'Cannot start the sandbox: {message}',
    checkUsage: `Usage: logto-naver check --endpoint <url> --app-id <id> [options]

The browser check: in Chromium, from your app's sign-in (--app-url) or from Logto's own sign-in for
the App ID, up to Naver's authorize page, which is intercepted (Naver is never called). It checks that
Logto accepts the app's redirect URI, that Naver gets the expected client_id, and that Naver is sent
back to the connector's callback {endpoint}/callback/<connector id>.

Options:
  --endpoint <url>            Logto endpoint (env LOGTO_ENDPOINT)
  --app-id <id>               App ID (env LOGTO_APP_ID)
  --app-url <url>             Your app's URL that starts the sign-in (e.g. http://localhost:3000/logto/sign-in)
  --redirect-uri <url>        Without --app-url: the redirect URI to sign in with (env LOGTO_REDIRECT_URI) (default {defaultRedirectUri})
  --naver-client-id <id>      The Client ID Naver must receive (env NAVER_CLIENT_ID)
  --connector-id <id>         The Naver connector's id, for its callback (default: read from the sign-in experience)
  --timeout <seconds>         How long the browser may take (default 30)
  --lang ja|en|ko             Language of the report
  -h, --help                  Show this help

Chromium: CHROMIUM_PATH, else /usr/bin/chromium or /usr/bin/google-chrome, else Playwright's own. Needs @playwright/test (or playwright).
Exit codes: 0 every assertion held; 1 one did not; 2 usage error; 3 internal error.`,
    checkNoPlaywright: 'The browser check needs Playwright: npm install --save-dev @playwright/test',
    checkPass: 'PASS  {what}',
    checkFail: 'FAIL  {what}',
    checkReachedNaver: 'The sign-in reached Naver’s authorize page ({url})',
    checkDidNotReachNaver: 'The sign-in did not reach Naver’s authorize page',
    checkStoppedAt: 'the browser stopped at {url}: {text}',
    checkRedirectUriRegistered: 'Logto accepted the app’s redirect URI {redirectUri}',
    checkRedirectUriRefused: 'Logto refused the app’s redirect URI {redirectUri}',
    checkClientId: 'Naver received client_id {clientId}',
    checkClientIdExpected: 'expected {expected}, got {actual}',
    checkCallback: 'Naver is sent back to the connector’s callback {callback}',
    checkCallbackWrong: 'expected {expected}, got {actual}',
    checkNoConnector: 'The sign-in experience shows no Naver connector; pass --connector-id',
    checkSummaryOk: 'The browser check passed.',
    checkSummaryFailed: 'The browser check failed.',
    internalError: 'logto-naver crashed: {message}',
  },
  ja: {
    usage: `使い方: logto-naver <コマンド> [オプション]

コマンド:
  preflight   サインインせずに、Naver サインインガイドの各ステップを Logto テナントで確認する
  check       Chromium でサインインを Naver の認可ページまで進める(Naver には接続しない)
  sandbox     ローカルの Logto 互換テナントと Naver モックを起動する: 自分のアプリのテスト用の代役

各コマンドのオプションは logto-naver <コマンド> --help で表示できます。言語: --lang ja|en|ko、または LANG。`,
    unknownCommand: '「{command}」というコマンドはありません。',
    seeHelp: '使い方は --help で表示できます。',
    errorArgs: '{message}',
    errorLang: '--lang は ja、en、ko のいずれかにしてください。',
    errorPort: '{option} はポート番号(1〜65535)、または空きポートを使う 0 にしてください。',
    errorUri: '{option} は http(s) の URL にしてください。',
    errorScenario: '--scenario はフォールトラボのシナリオにしてください: {ids}。',
    errorMissing: '{option} がありません。',
    errorEndpoint: '{option} は https://abc123.logto.app のようなオリジンにしてください(localhost 以外は https)。',
    errorAppId: '--app-id は英数字、「-」、「_」だけにしてください。',
    errorNaverClientId: '--naver-client-id には Naver Developers に表示される Client ID を指定してください。英数字(「-」と「_」も可)で 64 文字まで、空白なしです。',
    errorTimeout: '--timeout は 1〜600 の秒数にしてください。',
    sandboxUsage: `使い方: logto-naver sandbox [オプション]

Naver コネクター付きのローカル Logto 互換テナントと、nid.naver.com の代わりをする Naver モックを
ループバックで起動します。アプリが読む行(LOGTO_ENDPOINT=…)を出力し、Ctrl+C(SIGINT)か SIGTERM
まで動き続け、その後両方を停止します。App ID とシークレットは公開のデモ用の値です。

オプション:
  --port <n>                  テナントのポート(環境変数 TENANT_PORT、既定は空きポート)
  --naver-mock-port <n>       Naver モックのポート(環境変数 NAVER_MOCK_PORT、既定は空きポート)
  --redirect-uri <url>        アプリのリダイレクト URI。各アプリに登録(複数指定可、環境変数 TENANT_REDIRECT_URIS)
  --post-logout-redirect-uri <url>  アプリのサインアウト後リダイレクト URI(複数指定可、環境変数 TENANT_POST_LOGOUT_REDIRECT_URIS)
  --scenario <id>             フォールトラボのシナリオ(設定を 1 つ誤ったもの)のアプリも出力: {ids}
  --config <file>             組み込みの代わりに使うテナント設定(JSON、環境変数 TENANT_CONFIG)
  --lang ja|en|ko             メッセージの言語
  -h, --help                  このヘルプを表示`,
    sandboxStarting: 'ローカルテナントと Naver モックを起動しています…',
    sandboxReady: '準備ができました。Ctrl+C で停止します。',
    sandboxScenario: 'フォールトラボのシナリオ「{id}」: そのアプリは以下です。',
    sandboxStopped: 'ローカルテナントと Naver モックを停止しました。',
    sandboxPartExited: 'ローカルテナントが終了しました: {report}',
    sandboxFailed: 'サンドボックスを起動できません: {message}',
    checkUsage: `使い方: logto-naver check --endpoint <url> --app-id <id> [オプション]

ブラウザーでの確認: Chromium で、アプリのサインイン(--app-url)か、App ID での Logto 自身のサインインから、
Naver の認可ページまで進みます。そのページへの遷移は横取りします(Naver には接続しません)。Logto がアプリの
リダイレクト URI を受け付けること、Naver が期待どおりの client_id を受け取ること、Naver の戻り先がコネクターの
コールバック {endpoint}/callback/<コネクター ID> であることを確認します。

オプション:
  --endpoint <url>            Logto エンドポイント(環境変数 LOGTO_ENDPOINT)
  --app-id <id>               App ID(環境変数 LOGTO_APP_ID)
  --app-url <url>             サインインを始めるアプリの URL(例: http://localhost:3000/logto/sign-in)
  --redirect-uri <url>        --app-url がないとき: サインインに使うリダイレクト URI(既定 {defaultRedirectUri})
  --naver-client-id <id>      Naver が受け取るべき Client ID(環境変数 NAVER_CLIENT_ID)
  --connector-id <id>         コールバックを求める Naver コネクターの ID(既定: サインイン体験から読む)
  --timeout <seconds>         ブラウザーにかけてよい時間(既定 30)
  --lang ja|en|ko             レポートの言語
  -h, --help                  このヘルプを表示

Chromium: CHROMIUM_PATH、なければ /usr/bin/chromium か /usr/bin/google-chrome、なければ Playwright 自身のもの。@playwright/test(または playwright)が必要です。
終了コード: 0 すべて成立、1 成立しないものがある、2 使い方の誤り、3 内部エラー。`,
    checkNoPlaywright: 'ブラウザーでの確認には Playwright が必要です: npm install --save-dev @playwright/test',
    checkPass: '合格  {what}',
    checkFail: '失敗  {what}',
    checkReachedNaver: 'サインインが Naver の認可ページに到達しました({url})',
    checkDidNotReachNaver: 'サインインが Naver の認可ページに到達しませんでした',
    checkStoppedAt: 'ブラウザーは {url} で止まりました: {text}',
    checkRedirectUriRegistered: 'Logto はアプリのリダイレクト URI {redirectUri} を受け付けました',
    checkRedirectUriRefused: 'Logto はアプリのリダイレクト URI {redirectUri} を拒否しました',
    checkClientId: 'Naver は client_id {clientId} を受け取りました',
    checkClientIdExpected: '期待値 {expected}、実際は {actual}',
    checkCallback: 'Naver の戻り先はコネクターのコールバック {callback} です',
    checkCallbackWrong: '期待値 {expected}、実際は {actual}',
    checkNoConnector: 'サインイン体験に Naver コネクターがありません。--connector-id を指定してください',
    checkSummaryOk: 'ブラウザーでの確認に合格しました。',
    checkSummaryFailed: 'ブラウザーでの確認に失敗しました。',
    internalError: 'logto-naver が異常終了しました: {message}',
  },
  ko: {
    usage: `사용법: logto-naver <명령> [옵션]

명령:
  preflight   로그인하지 않고 네이버 로그인 가이드의 각 단계를 Logto 테넌트에서 확인
  check       Chromium으로 로그인을 네이버 인증 페이지까지 진행 (네이버에는 접속하지 않음)
  sandbox     로컬 Logto 호환 테넌트와 네이버 모의 서버 시작: 내 앱 테스트용 대역

각 명령의 옵션은 logto-naver <명령> --help로 볼 수 있습니다. 언어: --lang ja|en|ko 또는 LANG.`,
    unknownCommand: '“{command}” 명령은 없습니다.',
    seeHelp: '사용법은 --help로 볼 수 있습니다.',
    errorArgs: '{message}',
    errorLang: '--lang은 ja, en, ko 중 하나여야 합니다.',
    errorPort: '{option}은(는) 포트 번호(1–65535)이거나 빈 포트를 뜻하는 0이어야 합니다.',
    errorUri: '{option}은(는) http(s) URL이어야 합니다.',
    errorScenario: '--scenario는 폴트 랩 시나리오여야 합니다: {ids}.',
    errorMissing: '{option}이(가) 없습니다.',
    errorEndpoint: '{option}은(는) https://abc123.logto.app 같은 origin이어야 합니다(localhost가 아니면 https).',
    errorAppId: '--app-id는 영문자, 숫자, “-”, “_”만 쓸 수 있습니다.',
    errorNaverClientId: '--naver-client-id에는 네이버 개발자 센터에 나오는 Client ID를 주세요. 영문자와 숫자("-", "_"도 가능)로 된 최대 64자이며 공백이 없어야 합니다.',
    errorTimeout: '--timeout은 1에서 600 사이의 초여야 합니다.',
    sandboxUsage: `사용법: logto-naver sandbox [옵션]

네이버 커넥터가 있는 로컬 Logto 호환 테넌트와 nid.naver.com을 대신하는 네이버 모의 서버를 루프백에서
시작합니다. 앱이 읽는 줄(LOGTO_ENDPOINT=…)을 출력하고 Ctrl+C(SIGINT)나 SIGTERM까지 실행된 뒤 둘 다
멈춥니다. App ID와 시크릿은 공개된 데모 값입니다.

옵션:
  --port <n>                  테넌트 포트 (환경 변수 TENANT_PORT, 기본값은 빈 포트)
  --naver-mock-port <n>       네이버 모의 서버 포트 (환경 변수 NAVER_MOCK_PORT, 기본값은 빈 포트)
  --redirect-uri <url>        앱의 리디렉션 URI, 각 앱에 등록 (여러 번 가능, 환경 변수 TENANT_REDIRECT_URIS)
  --post-logout-redirect-uri <url>  앱의 로그아웃 후 리디렉션 URI (여러 번 가능, 환경 변수 TENANT_POST_LOGOUT_REDIRECT_URIS)
  --scenario <id>             폴트 랩 시나리오(설정 하나가 잘못된 앱)의 앱도 출력: {ids}
  --config <file>             기본 설정 대신 쓸 테넌트 설정 (JSON, 환경 변수 TENANT_CONFIG)
  --lang ja|en|ko             메시지 언어
  -h, --help                  이 도움말 표시`,
    sandboxStarting: '로컬 테넌트와 네이버 모의 서버를 시작하는 중…',
    sandboxReady: '준비되었습니다. Ctrl+C로 멈춥니다.',
    sandboxScenario: '폴트 랩 시나리오 “{id}”: 그 앱은 아래와 같습니다.',
    sandboxStopped: '로컬 테넌트와 네이버 모의 서버를 멈췄습니다.',
    sandboxPartExited: '로컬 테넌트가 종료되었습니다: {report}',
    sandboxFailed: '샌드박스를 시작할 수 없습니다: {message}',
    checkUsage: `사용법: logto-naver check --endpoint <url> --app-id <id> [옵션]

브라우저 점검: Chromium에서 앱의 로그인(--app-url) 또는 App ID로 Logto 자체 로그인을 시작해 네이버 인증
페이지까지 진행하며, 그 페이지로의 이동은 가로챕니다(네이버에는 접속하지 않음). Logto가 앱의 리디렉션 URI를
받아들이는지, 네이버가 기대한 client_id를 받는지, 네이버가 커넥터의 콜백 {endpoint}/callback/<커넥터 ID>로
돌아가는지 확인합니다.

옵션:
  --endpoint <url>            Logto 엔드포인트 (환경 변수 LOGTO_ENDPOINT)
  --app-id <id>               App ID (환경 변수 LOGTO_APP_ID)
  --app-url <url>             로그인을 시작하는 앱의 URL (예: http://localhost:3000/logto/sign-in)
  --redirect-uri <url>        --app-url이 없을 때: 로그인에 쓸 리디렉션 URI (기본값 {defaultRedirectUri})
  --naver-client-id <id>      네이버가 받아야 할 Client ID (환경 변수 NAVER_CLIENT_ID)
  --connector-id <id>         콜백을 구할 네이버 커넥터 ID (기본값: 로그인 경험에서 읽음)
  --timeout <seconds>         브라우저에 허용할 시간 (기본값 30)
  --lang ja|en|ko             보고서 언어
  -h, --help                  이 도움말 표시

Chromium: CHROMIUM_PATH, 없으면 /usr/bin/chromium 또는 /usr/bin/google-chrome, 없으면 Playwright 자체 브라우저. @playwright/test(또는 playwright)가 필요합니다.
종료 코드: 0 모두 성립, 1 성립하지 않은 것이 있음, 2 사용법 오류, 3 내부 오류.`,
    checkNoPlaywright: '브라우저 점검에는 Playwright가 필요합니다: npm install --save-dev @playwright/test',
    checkPass: '통과  {what}',
    checkFail: '실패  {what}',
    checkReachedNaver: '로그인이 네이버 인증 페이지에 도달했습니다 ({url})',
    checkDidNotReachNaver: '로그인이 네이버 인증 페이지에 도달하지 않았습니다',
    checkStoppedAt: '브라우저가 {url}에서 멈췄습니다: {text}',
    checkRedirectUriRegistered: 'Logto가 앱의 리디렉션 URI {redirectUri}를 받아들였습니다',
    checkRedirectUriRefused: 'Logto가 앱의 리디렉션 URI {redirectUri}를 거부했습니다',
    checkClientId: '네이버가 client_id {clientId}를 받았습니다',
    checkClientIdExpected: '기대값 {expected}, 실제 {actual}',
    checkCallback: '네이버는 커넥터의 콜백 {callback}으로 돌아갑니다',
    checkCallbackWrong: '기대값 {expected}, 실제 {actual}',
    checkNoConnector: '로그인 경험에 네이버 커넥터가 없습니다. --connector-id를 지정하세요',
    checkSummaryOk: '브라우저 점검을 통과했습니다.',
    checkSummaryFailed: '브라우저 점검에 실패했습니다.',
    internalError: 'logto-naver가 비정상 종료되었습니다: {message}',
  },
});
