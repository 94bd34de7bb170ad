import { defineStrings } from '../define-strings.ts';

/** Strings every page uses: site title, language switcher, copy buttons. */
export const commonStrings = defineStrings({
  en: {
    siteTitle: 'Sign in with Naver through Logto',
    languageSwitcher: 'Language',
    copy: 'Copy',
    copied: 'Copied',
    skipToContent: 'Skip to content',
  },
  ja: {
    siteTitle: 'Logto で Naver サインインを実装する',
    languageSwitcher: '言語',
    copy: 'コピー',
    copied: 'コピーしました',
    skipToContent: '本文へスキップ',
  },
  ko: {
    siteTitle: 'Logto로 네이버 로그인 구현하기',
    languageSwitcher: '언어',
    copy: '복사',
    copied: '복사됨',
    skipToContent: '본문으로 건너뛰기',
  },
});
