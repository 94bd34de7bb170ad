/**
 * The words of the sights (./observations.ts), per language: Logto's toasts and pages as Logto shows
 * them in that language (its phrase files, the same words the records quote), what Naver's Korean and
 * the browser's English say, and, for a sight that means several causes, how to tell them apart. The
 * site's own copy: the site never imports the local tenant, which shows the same words; a test checks
 * both against the records (tests/unit/what-you-saw-parity.spec.ts).
 */
import { defineStrings } from '../i18n/define-strings.ts';
import type { Lang } from '../i18n/languages.ts';
import { sights, type Sight, type SightId, type SightOf, type SightPlace } from './observations.ts';

/** Logto's connector.general message, whose description is the connector's error as JSON, quoted as the toast shows it. */
function connectorError(description: unknown): string {
  return JSON.stringify({ message: JSON.stringify(description) });
}
/** #16: Naver's profile API answered 503 with this body; Logto quotes the body, so the toast shows it encoded twice. */
const profileDown = connectorError(JSON.stringify({ error: 'server_error', error_description: 'Service temporarily unavailable' }));
/** #25: Naver's callback query after 취소, the redirect URI and App ID elided (they differ per tenant). */
const canceled = connectorError({ redirectUri: '…', error: 'access_denied', error_description: 'Canceled By User', app_id: '…' });
/** Not localized: a 500's body is always English. */
const internalServerError = 'Internal server error.';

type Keys =
  | `place.${Exclude<SightPlace, 'other'>}`
  | `quote.${SightOf<'logto'>}`
  | `translation.${SightOf<'naver' | 'browser'>}`
  | 'something-else'
  | 'tellApart.logto-internal-server-error'
  | 'pickerHeading'
  | 'pickerIntro'
  | 'pickerSubmit'
  | 'pickerUnknown'
  | 'severalCauses';

export const observationStrings = defineStrings<Record<Keys, string>>({
  en: {
    pickerHeading: 'What did you see?',
    pickerIntro:
      'The sign-in you started {ago} went to Logto or Naver and never came back to the playground, so the playground can’t see what stopped it. Pick what the last page showed, and the panel names the cause and the step that fixes it.',
    pickerSubmit: 'Show the cause',
    pickerUnknown: 'That is not one of the listed things (the page may be out of date). Pick one from the list.',
    severalCauses: 'This message can mean more than one cause; they are listed most likely first.',
    'place.logto': 'On Logto’s sign-in page (a message that disappears after a few seconds, or a page):',
    'place.naver': 'On Naver’s page (in Korean):',
    'place.browser': 'Your browser’s own error page:',
    'quote.logto-invalid-response': "The connector's response is invalid.",
    'quote.logto-internal-server-error': internalServerError,
    'quote.logto-connector-error-server-error': `Error occurred in connector: ${profileDown}`,
    'quote.logto-connector-error-canceled': `Error occurred in connector: ${canceled}`,
    'quote.logto-social-account-not-registered': 'The social account has not been registered yet.',
    'quote.logto-link-account': 'Link or create account',
    'quote.logto-access-denied': 'Access denied',
    'translation.naver-invalid-client': 'Naver: error. “Invalid client.”',
    'translation.naver-callback-mismatch': 'Naver: error. “The Callback URL does not match.”',
    'translation.naver-in-development': '“This application is in development.”',
    'translation.naver-consent-page': 'Naver login: the consent screen, with 동의하기 (agree) and 취소 (cancel), still open.',
    'translation.browser-refused-to-connect': 'The browser could not connect to nid.naver.com at all.',
    'something-else': 'Something else, or I don’t remember',
    'tellApart.logto-internal-server-error':
      'Logto shows this one message for three causes. Sign in once more: a wrong Client Secret fails the same way on every try, an outage at Naver passes. Naver’s service status says whether Naver is down. If you can read the tenant’s audit log (Console › Audit logs), its last “Social.Submit” entry names it: “HTTPError: Response code 401” is the secret, “503” an outage at Naver, “ECONNREFUSED” a Logto server that cannot reach Naver.',
  },
  ja: {
    pickerHeading: '何が表示されましたか?',
    pickerIntro:
      '{ago}に始めたサインインは Logto か Naver に進み、プレイグラウンドに戻ってきませんでした。そのため、何が止めたのかプレイグラウンドからは見えません。最後のページに表示されたものを選ぶと、原因と直すステップを示します。',
    pickerSubmit: '原因を表示',
    pickerUnknown: '一覧にないものが選ばれました (ページが古い可能性があります)。一覧から選んでください。',
    severalCauses: 'このメッセージには複数の原因がありえます。可能性の高い順に並べています。',
    'place.logto': 'Logto のサインインページで (数秒で消えるメッセージ、またはページ):',
    'place.naver': 'Naver のページで (韓国語):',
    'place.browser': 'ブラウザー自身のエラーページ:',
    'quote.logto-invalid-response': 'コネクタのレスポンスが無効です。',
    'quote.logto-internal-server-error': internalServerError,
    'quote.logto-connector-error-server-error': `コネクタでエラーが発生しました：${profileDown}`,
    'quote.logto-connector-error-canceled': `コネクタでエラーが発生しました：${canceled}`,
    'quote.logto-social-account-not-registered': 'このソーシャルアカウントは登録されていません。',
    'quote.logto-link-account': 'アカウントのリンクまたは作成',
    'quote.logto-access-denied': 'アクセスが拒否されました',
    'translation.naver-invalid-client': 'Naver: エラー。「無効なクライアントです。」',
    'translation.naver-callback-mismatch': 'Naver: エラー。「Callback URL が一致しません。」',
    'translation.naver-in-development': '「開発中のアプリケーションです。」',
    'translation.naver-consent-page': 'Naver ログイン: 동의하기 (同意する) と 취소 (キャンセル) のある同意画面が開いたまま。',
    'translation.browser-refused-to-connect': 'ブラウザーが nid.naver.com にまったく接続できませんでした (英語版 Chromium の表示)。',
    'something-else': 'そのほか、または覚えていない',
    'tellApart.logto-internal-server-error':
      'Logto はこの 1 つのメッセージを 3 つの原因で表示します。もう一度サインインしてください。Client Secret の間違いなら毎回同じように失敗し、Naver の障害なら通ります。Naver が止まっているかは Naver のサービス状況でわかります。テナントの監査ログ (Console › 監査ログ) を読めるなら、最後の「Social.Submit」エントリーが原因を示します。「HTTPError: Response code 401」はシークレット、「503」は Naver の障害、「ECONNREFUSED」は Logto のサーバーが Naver に接続できないことです。',
  },
  ko: {
    pickerHeading: '무엇이 보였나요?',
    pickerIntro:
      '{ago}에 시작한 로그인이 Logto나 네이버로 간 뒤 플레이그라운드로 돌아오지 않아, 무엇이 막았는지 플레이그라운드에서는 보이지 않습니다. 마지막 페이지에 보인 것을 고르면 원인과 고칠 단계를 알려 드립니다.',
    pickerSubmit: '원인 보기',
    pickerUnknown: '목록에 없는 항목입니다(페이지가 오래되었을 수 있습니다). 목록에서 고르세요.',
    severalCauses: '이 메시지는 여러 원인일 수 있습니다. 가능성이 높은 순서로 보여 드립니다.',
    'place.logto': 'Logto 로그인 페이지에서 (몇 초 뒤 사라지는 메시지, 또는 페이지):',
    'place.naver': '네이버 페이지에서:',
    'place.browser': '브라우저 자체의 오류 페이지:',
    'quote.logto-invalid-response': '연동 응답이 유효하지 않아요.',
    'quote.logto-internal-server-error': internalServerError,
    'quote.logto-connector-error-server-error': `커넥터에서 오류가 발생했습니다: ${profileDown}`,
    'quote.logto-connector-error-canceled': `커넥터에서 오류가 발생했습니다: ${canceled}`,
    'quote.logto-social-account-not-registered': '소셜 계정이 아직 등록되지 않았어요.',
    'quote.logto-link-account': '계정 만들거나 연동하기',
    'quote.logto-access-denied': '접근이 거부되었어요',
    'translation.naver-invalid-client': '네이버 오류 페이지',
    'translation.naver-callback-mismatch': '네이버 오류 페이지',
    'translation.naver-in-development': '네이버 오류 페이지',
    'translation.naver-consent-page': '동의하기와 취소가 있는 네이버 동의 화면이 열린 채',
    'translation.browser-refused-to-connect': '브라우저가 nid.naver.com에 아예 연결하지 못했습니다 (영어판 Chromium의 표시).',
    'something-else': '그 밖의 것, 또는 기억나지 않음',
    'tellApart.logto-internal-server-error':
      'Logto는 세 가지 원인에 이 메시지 하나를 보여 줍니다. 한 번 더 로그인해 보세요. Client Secret이 틀렸다면 매번 똑같이 실패하고, 네이버 장애라면 지나갑니다. 네이버가 멈췄는지는 네이버 서비스 상태에서 알 수 있습니다. 테넌트의 감사 로그(Console › 감사 로그)를 볼 수 있다면 마지막 “Social.Submit” 항목이 원인을 알려 줍니다. “HTTPError: Response code 401”은 시크릿, “503”은 네이버 장애, “ECONNREFUSED”는 Logto 서버가 네이버에 연결하지 못하는 경우입니다.',
  },
});

/** A sight in the reader's language: where it shows, the words it shows (and their language), what they mean. */
export interface SightWords {
  /** Where it shows; none for "something else". */
  place?: string;
  /** The page's own words, in the language it shows them. */
  shown?: { lang: Lang; title?: string; heading: string; detail?: string };
  /** The label itself (for "something else"), or what the shown words mean in the reader's language. */
  meaning?: string;
  /** For a sight that means several causes: how to tell them apart. */
  tellApart?: string;
}

function isKey(words: Record<Keys, string>, key: string): key is Keys {
  return Object.hasOwn(words, key);
}

export function sightWords(lang: Lang, id: SightId): SightWords {
  const words = observationStrings[lang];
  const sight: Sight = sights[id];
  const text = (key: string) => (isKey(words, key) ? words[key] : undefined);
  const place = sight.place === 'other' ? undefined : text(`place.${sight.place}`);
  const quote = text(`quote.${id}`);
  // Logto speaks the reader's language, except a 500's body, which is always English.
  const shown = quote
    ? { lang: quote === internalServerError ? ('en' as const) : lang, heading: quote }
    : sight.shows && { lang: sight.place === 'naver' ? ('ko' as const) : ('en' as const), ...sight.shows };
  const meaning = id === 'something-else' ? words['something-else'] : text(`translation.${id}`);
  const tellApart = text(`tellApart.${id}`);
  return { ...(place ? { place } : {}), ...(shown ? { shown } : {}), ...(meaning ? { meaning } : {}), ...(tellApart ? { tellApart } : {}) };
}
