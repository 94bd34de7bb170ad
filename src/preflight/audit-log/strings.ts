/**
 * What the audit log said, in words: one text per finding kind and per reason the log could not be
 * read (./finding.ts), for the panel and the CLI. `{logKey}` is the entry's key, `{evidence}` the short
 * code it logged, `{status}` an HTTP status: never a value from the log's payload.
 */
import { defineStrings, format } from '../../i18n/define-strings.ts';
import type { Lang } from '../../i18n/languages.ts';
import type { AuditLogFinding, UnreadableReason } from './finding.ts';

type FindingKey = 'cause' | 'silent' | 'unnamed' | 'completed' | 'no-attempt' | `unreadable.${UnreadableReason}` | 'cliHeading';

export const auditLogStrings = defineStrings<Record<FindingKey, string>>({
  en: {
    cause: 'The tenant’s audit log names the cause: Logto logged {evidence} at {logKey}.',
    silent:
      'The log doesn’t say. Its last entry of this sign-in is {logKey}: Logto sent the browser to Naver and nothing followed. Logto never sees Naver’s page, so a wrong Naver Client ID, a Callback URL Naver does not know, Naver being down and leaving Naver’s page all look like this in the log.',
    unnamed: 'The log shows an error at {logKey} ({evidence}) that this guide cannot name.',
    completed: 'The log shows that Logto finished this sign-in and sent the browser on: what failed happened on the way back to the playground.',
    'no-attempt': 'The log has no entry of a sign-in by this browser since you pressed Sign in. Check that the credential is for the tenant in the settings.',
    'unreadable.unreachable': 'The tenant could not be reached to read its audit log.',
    'unreadable.credential_refused':
      'The tenant refused the Management API credential. Check the M2M App ID and secret, and that the app has the “Logto Management API access” role.',
    'unreadable.no_access': 'The token may not read the audit log: give the M2M app the “Logto Management API access” role (Console › Applications › the app › Roles).',
    'unreadable.bad_answer': 'The tenant’s answer was not the audit log this guide expects.',
    'unreadable.tenant_error': 'The tenant answered with an error (HTTP {status}) instead of its audit log.',
    cliHeading: 'Last sign-in, from the tenant’s audit log',
  },
  ja: {
    cause: 'テナントの監査ログが原因を示しています: Logto は {logKey} で {evidence} を記録しました。',
    silent:
      'ログからは分かりません。このサインインの最後のエントリーは {logKey} で、Logto がブラウザーを Naver に送ったあと何も続いていません。Logto は Naver のページを見ないため、Naver の Client ID の誤り、Naver が知らない Callback URL、Naver の障害、Naver のページを離れたことは、ログ上どれも同じに見えます。',
    unnamed: 'ログには {logKey} でのエラー ({evidence}) がありますが、このガイドでは原因を特定できません。',
    completed: 'ログによると Logto はこのサインインを完了してブラウザーを先に送りました。失敗したのはプレイグラウンドに戻る途中です。',
    'no-attempt': '「サインイン」を押してから、このブラウザーによるサインインのエントリーがログにありません。資格情報が設定のテナントのものか確認してください。',
    'unreadable.unreachable': '監査ログを読むためにテナントに接続できませんでした。',
    'unreadable.credential_refused':
      'テナントが Management API の資格情報を拒否しました。M2M の App ID とシークレット、そしてアプリに「Logto Management API access」ロールがあるか確認してください。',
    'unreadable.no_access': 'このトークンでは監査ログを読めません。M2M アプリに「Logto Management API access」ロールを割り当ててください (Console › アプリケーション › アプリ › ロール)。',
    'unreadable.bad_answer': 'テナントの応答が、このガイドの想定する監査ログではありませんでした。',
    'unreadable.tenant_error': 'テナントが監査ログの代わりにエラー (HTTP {status}) を返しました。',
    cliHeading: '前回のサインイン (テナントの監査ログより)',
  },
  ko: {
    cause: '테넌트 감사 로그가 원인을 알려 줍니다: Logto가 {logKey}에서 {evidence}를 기록했습니다.',
    silent:
      '로그로는 알 수 없습니다. 이 로그인의 마지막 항목은 {logKey}이며, Logto가 브라우저를 네이버로 보낸 뒤 아무것도 이어지지 않았습니다. Logto는 네이버 페이지를 보지 못하므로 잘못된 네이버 Client ID, 네이버가 모르는 Callback URL, 네이버 장애, 네이버 페이지를 떠난 경우가 로그에서는 모두 똑같이 보입니다.',
    unnamed: '로그에 {logKey}의 오류({evidence})가 있지만 이 가이드로는 원인을 특정할 수 없습니다.',
    completed: '로그를 보면 Logto는 이 로그인을 마치고 브라우저를 보냈습니다. 실패는 플레이그라운드로 돌아오는 길에 일어났습니다.',
    'no-attempt': '로그인을 누른 뒤로 이 브라우저의 로그인 항목이 로그에 없습니다. 자격 증명이 설정의 테넌트 것인지 확인하세요.',
    'unreadable.unreachable': '감사 로그를 읽으려고 했지만 테넌트에 연결할 수 없었습니다.',
    'unreadable.credential_refused':
      '테넌트가 Management API 자격 증명을 거부했습니다. M2M App ID와 시크릿, 그리고 앱에 "Logto Management API access" 역할이 있는지 확인하세요.',
    'unreadable.no_access': '이 토큰으로는 감사 로그를 읽을 수 없습니다. M2M 앱에 "Logto Management API access" 역할을 주세요(Console › 애플리케이션 › 앱 › 역할).',
    'unreadable.bad_answer': '테넌트의 응답이 이 가이드가 기대하는 감사 로그가 아니었습니다.',
    'unreadable.tenant_error': '테넌트가 감사 로그 대신 오류(HTTP {status})를 반환했습니다.',
    cliHeading: '지난 로그인(테넌트 감사 로그 기준)',
  },
});

/** A finding in words, in the reader's language (the cause's own title and fix are the diagnosis strings'). */
export function findingText(lang: Lang, finding: AuditLogFinding): string {
  const t = auditLogStrings[lang];
  switch (finding.kind) {
    case 'cause':
    case 'unnamed':
      return format(t[finding.kind], { logKey: finding.logKey, evidence: finding.evidence });
    case 'silent':
      return format(t.silent, { logKey: finding.logKey });
    case 'unreadable':
      return format(t[`unreadable.${finding.reason}`], { status: finding.status ?? '-' });
    default:
      return t[finding.kind];
  }
}
