import { defineStrings } from '../i18n/define-strings.ts';

/** What the production server itself answers, before the site's pages are involved (src/server/). */
export const serverStrings = defineStrings({
  en: {
    tooLargeTitle: 'That form was too large',
    tooLargeBody: 'The server accepts at most {limit} KB from a form, and this one sent more. Nothing was saved. Go back, shorten what you entered and send it again:',
    backToGuide: 'Back to the guide',
  },
  ja: {
    tooLargeTitle: 'フォームの内容が大きすぎます',
    tooLargeBody: 'サーバーが 1 つのフォームから受け取れるのは {limit} KB までで、今回はそれを超えていました。何も保存されていません。戻って入力を短くし、もう一度送信してください:',
    backToGuide: 'ガイドに戻る',
  },
  ko: {
    tooLargeTitle: '양식 내용이 너무 큽니다',
    tooLargeBody: '서버는 양식 하나에서 최대 {limit} KB까지 받을 수 있는데, 이번 요청은 이를 넘었습니다. 아무것도 저장되지 않았습니다. 돌아가서 입력 내용을 줄인 뒤 다시 보내 주세요:',
    backToGuide: '가이드로 돌아가기',
  },
});
