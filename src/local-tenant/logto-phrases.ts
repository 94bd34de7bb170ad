/**
 * Logto's phrases for the error codes this tenant answers with, in the three languages of the guide, as
 * Logto's phrase files have them (packages/phrases/src/locales/{en,ja,ko}/errors/*.ts). One table for
 * what the API's errors (http/request-error.ts) and the OIDC error bodies (oidc/error-body.ts) say,
 * so it sits below both.
 *
 * Logto words every error twice: its log gets the English message ("for server-side logging"), the API
 * answer the request's language. A code a language lacks falls back to English, as i18next does there.
 * `{{name}}` placeholders are Logto's own.
 */
/**
 * The languages Logto's phrases are kept in here: those of the sign-in pages (http/locale.ts's
 * PageLang, which the type checker holds to this list where a page's language is handed in).
 */
export type PhraseLang = 'en' | 'ja' | 'ko';

const en = {
  'session.not_found': 'Session not found. Please go back and sign in again.',
  // errors/oidc.ts: app-level access control refusing a user (recorded on 1.42, ACCESS-CONTROL.md).
  'oidc.access_denied': 'Access denied.',
  'session.verification_session_not_found':
    'The verification was not successful. Restart the verification flow and try again.',
  'session.verification_failed': 'The verification was not successful. Restart the verification flow and try again.',
  'session.identifier_not_found': 'User identifier not found. Please go back and sign in again.',
  'session.interaction_not_found': 'Interaction session not found. Please go back and start the session again.',
  'session.invalid_interaction_type': 'This operation is not supported for the current interaction. Please initiate a new session.',
  'session.identity_conflict': 'Identity mismatch detected. Please initiate a new session to proceed with a different identity.',
  'user.identity_not_exist': 'The social account has not been registered yet.',
  'user.identity_already_in_use': 'The social account has been associated with an existing account.',
  'user.missing_profile': 'You need to provide additional info before signing-in.',
  'user.username_already_in_use': 'This username is already in use.',
  // Not one of Logto's phrases (its guard answers `guard.invalid_input`); kept for the username form.
  'user.invalid_username': 'Invalid username.',
  'entity.not_exists_with_id': 'The {{name}} with ID `{{id}}` does not exist.',
  'entity.not_found': 'The resource does not exist.',
  'connector.general': 'Error occurred in connector: {{errorDescription}}',
  'connector.not_enabled': 'The connector is not enabled.',
  'connector.invalid_response': "The connector's response is invalid.",
  'connector.not_implemented': '{{method}}: has not been implemented yet.',
  'connector.social_invalid_access_token': "The connector's access token is invalid.",
  'connector.social_auth_code_invalid': 'Unable to get access token, please check authorization code.',
  'auth.authorization_header_missing': 'Authorization header is missing.',
  'auth.authorization_token_type_not_supported': 'Authorization type is not supported.',
  'auth.unauthorized': 'Unauthorized. Please check credentials and its scope.',
  'auth.forbidden': 'Forbidden. Please check your user roles and permissions.',
  'auth.jwt_sub_missing': 'Missing `sub` in JWT.',
  'guard.invalid_input': 'The request {{type}} is invalid.',
  'guard.invalid_pagination': 'The request pagination value is invalid.',
  'log.invalid_time_window': '`end_time` must be after `start_time`.',
  'request.general': 'Request error occurred.',
} as const;

export type LogtoErrorCode = keyof typeof en;

type Translation = Partial<Record<LogtoErrorCode, string>>;

const ja: Translation = {
  'session.not_found': 'セッションが見つかりません。戻って再度サインインしてください。',
  'oidc.access_denied': 'アクセスが拒否されました。',
  'session.verification_session_not_found': '検証が成功しませんでした。検証フローを再開してもう一度やり直してください。',
  'session.verification_failed': '検証が成功しませんでした。検証フローを再開してもう一度やり直してください。',
  'session.identifier_not_found': 'ユーザー ID が見つかりません。戻って再度サインインしてください。',
  'session.interaction_not_found': 'インタラクションセッションが見つかりません。戻ってセッションを開始してください。',
  'session.invalid_interaction_type':
    'この操作は現在のインタラクションではサポートされていません。新しいセッションを開始してください。',
  'session.identity_conflict': 'ID の不一致が検出されました。別の ID を使用して新しいセッションを開始してください。',
  'user.identity_not_exist': 'このソーシャルアカウントは登録されていません。',
  'user.identity_already_in_use': 'このソーシャルアカウントはすでに別のアカウントに関連付けされています。',
  'user.missing_profile': 'サインインする前に追加情報を提供する必要があります。',
  'user.username_already_in_use': 'このユーザー名はすでに使用されています。',
  'entity.not_exists_with_id': 'IDが`{{id}}`の{{name}}は存在しません。',
  'entity.not_found': 'リソースが存在しません。',
  'connector.general': 'コネクタでエラーが発生しました：{{errorDescription}}',
  'connector.not_enabled': 'コネクタが有効ではありません。',
  'connector.invalid_response': 'コネクタのレスポンスが無効です。',
  'connector.not_implemented': '{{method}}：まだ実装されていません。',
  'connector.social_invalid_access_token': 'コネクタのアクセストークンが無効です。',
  'connector.social_auth_code_invalid': 'アクセストークンを取得できません。承認コードを確認してください。',
  'auth.authorization_header_missing': 'Authorizationヘッダーがありません。',
  'auth.authorization_token_type_not_supported': '認証タイプはサポートされていません。',
  'auth.unauthorized': '未承認です。資格情報とそのスコープを確認してください。',
  'auth.forbidden': 'アクセスが拒否されました。ユーザーの役割と権限を確認してください。',
  'auth.jwt_sub_missing': 'JWT内に`sub`がありません。',
  'guard.invalid_input': 'リクエスト{{type}}が無効です。',
  'guard.invalid_pagination': 'リクエストのページネーション値が無効です。',
};

const ko: Translation = {
  'session.not_found': '세션을 찾을 수 없어요. 다시 로그인해 주세요.',
  'oidc.access_denied': '접근이 금지되었어요.',
  'session.verification_session_not_found': '검증을 실패했어요. 검증 과정을 다시 시작하고 다시 시도해 주세요.',
  'session.verification_failed': '인증이 성공적으로 완료되지 않았어요. 처음부터 다시 인증 과정을 거쳐 주세요.',
  'session.identifier_not_found': '사용자 식별자를 찾을 수 없어요. 처음부터 다시 로그인을 시도해 주세요.',
  'session.interaction_not_found': '인터랙션 세션을 찾을 수 없어요. 처음부터 다시 세션을 시작해 주세요.',
  'session.invalid_interaction_type': '현재 상호 작용에는 이 작업이 지원되지 않습니다. 새 세션을 시작해 주세요.',
  'session.identity_conflict': 'ID 불일치가 감지되었어요. 다른 ID로 진행하기 위해 새 세션을 시작해 주세요.',
  'user.identity_not_exist': '소셜 계정이 아직 등록되지 않았어요.',
  'user.identity_already_in_use': '소셜 계정이 이미 등록되어 있어요.',
  'user.missing_profile': '로그인 전에 추가 정보를 제공해야 해요.',
  'user.username_already_in_use': '이 사용자 이름은 다른 사람이 이미 사용 중이에요.',
  'entity.not_exists_with_id': '{{id}} ID를 가진 {{name}}는 존재하지 않아요.',
  'entity.not_found': '리소스가 존재하지 않아요.',
  'connector.general': '커넥터에서 오류가 발생했습니다: {{errorDescription}}',
  'connector.not_enabled': '연동이 활성화되지 않았어요.',
  'connector.invalid_response': '연동 응답이 유효하지 않아요.',
  'connector.not_implemented': '{{method}}은 아직 구현되지 않았어요.',
  'connector.social_invalid_access_token': '연동 서비스의 Access 토큰이 유효하지 않아요.',
  'connector.social_auth_code_invalid': 'Access 토큰을 가져올 수 없어요. Authorization 코드를 확인해 주세요.',
  'auth.authorization_header_missing': '인증 헤더가 존재하지 않아요.',
  'auth.authorization_token_type_not_supported': '해당 인증 방법을 지원하지 않아요.',
  'auth.unauthorized': '인증되지 않았어요. 로그인 정보와 범위를 확인해 주세요.',
  'auth.forbidden': '접근이 금지되었어요. 로그인 권한과 역할을 확인해 주세요.',
  'auth.jwt_sub_missing': 'JWT에서 `sub`를 찾을 수 없어요.',
  'guard.invalid_input': '{{type}} 요청 타입은 유효하지 않아요.',
  'guard.invalid_pagination': '요청의 Pagination 값이 유효하지 않아요.',
};

const translations: Record<PhraseLang, Translation> = { en, ja, ko };

function fill(template: string, values: Readonly<Record<string, string>>): string {
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (match, key: string) => values[key] ?? match);
}

/** Logto's English phrase for `code`, with its placeholders filled: what Logto's log records. */
export function logtoPhrase(code: LogtoErrorCode, values: Readonly<Record<string, string>> = {}): string {
  return fill(en[code], values);
}

/** The phrase in `lang`, or in English where Logto has no translation: what Logto's API answers. */
export function localizedLogtoPhrase(code: LogtoErrorCode, lang: PhraseLang, values: Readonly<Record<string, string>> = {}): string {
  return fill(translations[lang][code] ?? en[code], values);
}
