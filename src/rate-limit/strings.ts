import { defineStrings } from '../i18n/define-strings.ts';

/** The page a reader sees when they hit the rate limit (src/rate-limit/, src/middleware/rate-limit.ts). */
export const rateLimitStrings = defineStrings({
  en: {
    title: 'Too many requests',
    body: 'From your address, the site received more requests that make it contact a Logto tenant than it accepts in a short time, so it did not carry out this one. Wait {seconds} seconds, then go back and try again:',
  },
  ja: {
    title: 'リクエストが多すぎます',
    body: 'あなたのアドレスから、サーバーが Logto テナントに接続する操作を短時間に受け付けられる数を超えて受信したため、今回の操作は実行していません。{seconds} 秒待ってから戻り、もう一度お試しください:',
  },
  ko: {
    title: '요청이 너무 많습니다',
    body: '회원님의 주소에서 서버가 Logto 테넌트에 연결해야 하는 요청을 짧은 시간에 받을 수 있는 수보다 많이 보냈기 때문에 이번 요청은 처리하지 않았습니다. {seconds}초 기다린 뒤 돌아가서 다시 시도하세요:',
  },
});
