import type { NaverMockApp, NaverMockUser } from './config.ts';
import { html, trustedHtml } from '../http/html-template.ts';
import type { Html } from '../http/html-template.ts';
import { isAppMember } from './visitor-accounts.ts';

/** Naver's own consent screen is Korean; the mock keeps that, so readers see what their users will see. */

const styles = `
  :root { color-scheme: light; font-family: "Apple SD Gothic Neo", "Malgun Gothic", "Noto Sans KR", sans-serif; }
  body { margin: 0; background: #f5f6f7; color: #1e1e1e; }
  main { max-width: 28rem; margin: 2rem auto; padding: 1.5rem; background: #fff; border: 1px solid #dadada; border-radius: 8px; }
  .brand { margin: 0 0 1rem; font-weight: 800; font-size: 1.5rem; letter-spacing: 0.05em; color: #007a33; }
  h1 { font-size: 1.25rem; line-height: 1.4; margin: 0 0 0.75rem; }
  h2 { font-size: 1rem; margin: 1.25rem 0 0.5rem; }
  .notice { font-size: 0.875rem; color: #404040; background: #f0f7f2; padding: 0.5rem 0.75rem; border-radius: 4px; }
  fieldset { border: 1px solid #dadada; border-radius: 6px; margin: 1rem 0; padding: 0.5rem 0.75rem; }
  legend { font-weight: 700; padding: 0 0.25rem; }
  .account { display: flex; gap: 0.5rem; align-items: flex-start; padding: 0.5rem 0; }
  .account + .account { border-top: 1px solid #ececec; }
  .account input { margin-top: 0.3rem; width: 1.1rem; height: 1.1rem; }
  .account label { display: flex; flex-direction: column; cursor: pointer; }
  .account .detail { font-size: 0.875rem; color: #4a4a4a; }
  ul { margin: 0; padding-left: 1.25rem; }
  .actions { display: flex; gap: 0.5rem; margin-top: 1.5rem; }
  button { flex: 1; font: inherit; font-weight: 700; padding: 0.75rem; border-radius: 6px; cursor: pointer; }
  .agree { background: #007a33; color: #fff; border: 1px solid #007a33; }
  .cancel { background: #fff; color: #1e1e1e; border: 1px solid #767676; }
  :focus-visible { outline: 3px solid #1a56db; outline-offset: 2px; }
  .error-detail { color: #404040; }
  code { word-break: break-all; background: #f0f0f0; padding: 0 0.2rem; }
`;

function layout(title: string, body: Html): string {
  // The style is this file's own CSS; the mock's CSP allows inline styles.
  return html`<!doctype html>
<html lang="ko">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>
<style>${trustedHtml(styles)}</style>
</head>
<body>
<main>
<p class="brand">NAVER</p>
${body}
</main>
</body>
</html>`.toString();
}

function hidden(name: string, value: string): Html {
  return html`<input type="hidden" name="${name}" value="${value}">`;
}

type ConsentRequest = { clientId: string; redirectUri: string; state: string };

/** 정보 제공 동의: pick a test account, then agree (동의하기) or cancel (취소). */
export function consentPage(app: NaverMockApp, users: readonly NaverMockUser[], request: ConsentRequest): string {
  const inDevelopment = app.status === 'development';
  const accounts = users.map((user, index) => {
    const id = `account-${index}`;
    // The mock lists every test account; for an app 개발 중 it says which are members, so a reader can
    // pick one who is not and watch Naver refuse.
    const membership = inDevelopment ? ` · ${isAppMember(app, user.id) ? '멤버(테스터)' : '멤버 아님'}` : '';
    return html`
<div class="account">
<input type="radio" name="user_id" id="${id}" value="${user.id}"${index === 0 && html` checked`}>
<label for="${id}"><span>${user.nickname}</span><span class="detail">${user.name} · ${user.email}${membership}</span></label>
</div>`;
  });
  const emailOptional = app.emailPermission === 'optional';
  const requiredItems = [...(emailOptional ? [] : ['이메일 주소']), '별명', '프로필 사진'];
  // 권한 › 추가 items: Naver shows them as optional, pre-ticked checkboxes the user may untick.
  const optionalItems =
    emailOptional &&
    html`<fieldset>
<legend>${app.name}에 제공할 정보 (선택)</legend>
<div class="account"><input type="checkbox" name="share_email" id="share-email" checked><label for="share-email">이메일 주소</label></div>
</fieldset>`;

  return layout(
    '네이버 로그인 (mock)',
    html`<h1>${app.name}에서 네이버 아이디로 로그인하려고 합니다.</h1>
<p class="notice">로컬 테스트용 네이버 모의 서버입니다. 실제 네이버 계정과 비밀번호는 쓰이지 않습니다.</p>
<form method="post" action="/oauth2.0/authorize">
${hidden('client_id', request.clientId)}
${hidden('redirect_uri', request.redirectUri)}
${hidden('response_type', 'code')}
${hidden('state', request.state)}
<fieldset>
<legend>로그인할 테스트 계정</legend>${accounts}
</fieldset>
<h2 id="shared-items">${app.name}에 제공할 정보 (필수)</h2>
<ul aria-labelledby="shared-items">${requiredItems.map((item) => html`
<li>${item}</li>`)}
</ul>
${optionalItems}
<p>동의하기를 누르면 위 정보가 ${app.name}에 제공됩니다.</p>
<div class="actions">
<button type="submit" name="action" value="agree" class="agree">동의하기</button>
<button type="submit" name="action" value="cancel" class="cancel">취소</button>
</div>
</form>`,
  );
}

/** The title of the mock's error pages (recorded: the harness mock's "네이버 : 오류"). */
const errorTitle = '네이버 : 오류';

/**
 * Naver shows an error page, and does not redirect, when the request names an app or callback it doesn't
 * know: a Korean sentence and the detail in English, as the mock real Logto was recorded against shows
 * them ("잘못된 클라이언트입니다." / "invalid client_id: …", "Callback URL이 일치하지 않습니다." /
 * "redirect_uri not registered: …"). Those pages are that mock's approximation of Naver's, not Naver's own.
 */
export function errorPage(message: string, detail?: string): string {
  return layout(
    errorTitle,
    html`<h1>${message}</h1>
${detail && html`<p class="error-detail"><code>${detail}</code></p>`}`,
  );
}

/**
 * Naver's refusal when an app still 개발 중 is used by someone who is not one of its members. Naver's exact
 * screen cannot be known offline: this page is an approximation with the meaning Naver's has.
 */
export function notMemberPage(app: NaverMockApp): string {
  return layout(
    errorTitle,
    html`<h1>개발 중 상태의 애플리케이션입니다.</h1>
<p class="error-detail">${app.name}은(는) 아직 개발 중이어서, 네이버 개발자 센터의 멤버관리에 등록된 아이디만 로그인할 수 있습니다.</p>
<p>애플리케이션 관리자라면 이 아이디를 멤버(테스터)로 등록하거나, 검수 요청을 거쳐 서비스 적용 상태로 바꿔 주세요.</p>`,
  );
}
