import { defineStrings } from './define-strings.ts';

/** Strings every page uses: site title, language switcher, copy buttons, the error pages. */
export const commonStrings = defineStrings({
  en: {
    siteTitle: 'Sign in with Naver through Logto',
    languageSwitcher: 'Language',
    copy: 'Copy',
    copied: 'Copied',
    skipToContent: 'Skip to content',
    notFoundTitle: 'Page not found',
    notFoundBody: 'There is no page at this address. The guide and its live playground start here:',
    serverErrorTitle: 'Something went wrong on our side',
    serverErrorBody: 'The page could not be shown. Nothing you entered was lost; try again, or go back to the guide:',
    backToGuide: 'Back to the guide',
  },
  ja: {
    siteTitle: 'Logto で Naver サインインを実装する',
    languageSwitcher: '言語',
    copy: 'コピー',
    copied: 'コピーしました',
    skipToContent: '本文へスキップ',
    notFoundTitle: 'ページが見つかりません',
    notFoundBody: 'このアドレスにはページがありません。ガイドとライブプレイグラウンドはこちらです:',
    serverErrorTitle: 'サーバー側で問題が発生しました',
    serverErrorBody: 'ページを表示できませんでした。入力した設定は失われていません。もう一度試すか、ガイドに戻ってください:',
    backToGuide: 'ガイドに戻る',
  },
  ko: {
    siteTitle: 'Logto로 네이버 로그인 구현하기',
    languageSwitcher: '언어',
    copy: '복사',
    copied: '복사됨',
    skipToContent: '본문으로 건너뛰기',
    notFoundTitle: '페이지를 찾을 수 없습니다',
    notFoundBody: '이 주소에는 페이지가 없습니다. 가이드와 라이브 플레이그라운드는 여기에서 시작합니다:',
    serverErrorTitle: '서버 쪽에서 문제가 발생했습니다',
    serverErrorBody: '페이지를 표시하지 못했습니다. 입력한 설정은 그대로 남아 있습니다. 다시 시도하거나 가이드로 돌아가세요:',
    backToGuide: '가이드로 돌아가기',
  },
});
