import { defineStrings } from '../../i18n/define-strings.ts';

/**
 * The support bundle's framing: one paragraph in the reader's language above the (English) report, so
 * the copied bundle can be pasted to an assistant, or a person, as it is.
 */
export const supportBundleStrings = defineStrings({
  en: {
    framing:
      'I am adding “Sign in with Naver” to my app through Logto, following the guide at {guide} (as Markdown: {markdown}). Below is the support bundle from the guide’s playground for my tenant: my settings (without the App secret), the results of the preflight checks and the trace of my last sign-in. Please tell me which step of the guide is wrong and exactly what to change.',
  },
  ja: {
    framing:
      'Logto を使ってアプリに「Naver でサインイン」を追加しています。参照しているガイドは {guide} です(Markdown 版: {markdown})。以下は、そのガイドのプレイグラウンドが私のテナントについて作ったサポートバンドルで、設定(App secret は含みません)、プリフライトチェックの結果、直近のサインインのトレースが英語で入っています。ガイドのどのステップが間違っているか、何をどう直せばよいかを教えてください。',
  },
  ko: {
    framing:
      'Logto를 통해 앱에 "네이버 로그인"을 추가하고 있습니다. 따르고 있는 가이드는 {guide}입니다(Markdown 버전: {markdown}). 아래는 그 가이드의 플레이그라운드가 내 테넌트에 대해 만든 지원 번들로, 설정(App secret 제외), 사전 점검 결과, 마지막 로그인의 추적이 영어로 들어 있습니다. 가이드의 어느 단계가 잘못되었는지, 무엇을 어떻게 고치면 되는지 알려 주세요.',
  },
});
