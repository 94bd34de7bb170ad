import type { Lang } from '../i18n/languages.ts';
import type { VersionFamily } from '../tenant/version-family.ts';

/**
 * Every Logto Console label the guide names, exactly as the Console shows it in each language, keyed by
 * the Console's own phrase key. The Console follows the browser's language, so a Japanese or Korean
 * reader sees the ja or ko text; the guide shows it with the English one beside it (ConsoleLabel.astro).
 *
 * Source: Logto's phrase files (packages/phrases/src/locales/<lang>/translation/admin-console/* and
 * packages/phrases-experience/src/locales/<lang>/action.ts) of two versions: v1.42.0 (`text`) and v1.37.1
 * (`before142`, only where its words differ). tests/unit/guide-console-labels.spec.ts reads both versions'
 * real files and fails when a text here differs from its version's, or a key does not exist.
 */

/**
 * The Console versions the guide tells apart, by the version whose phrase files are recorded: 1.42.0
 * stands for Logto 1.42 or later, 1.37.1 for 1.41 or earlier (the phrases this guide names changed in
 * 1.42.0; the releases between were not recorded).
 */
export const consoleVersions = ['1.42', '1.37'] as const;
export type ConsoleVersion = (typeof consoleVersions)[number];

/** The family each recorded Console version stands for (its name: versionFamilyNames in ./strings.ts). */
export const familyOfConsoleVersion = { '1.42': '1.42-or-later', '1.37': '1.41-or-earlier' } as const satisfies Record<ConsoleVersion, VersionFamily>;

/** The Console version a tenant of that family shows; both when the family is unknown. */
export function consoleVersionsOf(family: VersionFamily): readonly ConsoleVersion[] {
  if (family === '1.42-or-later') return ['1.42'];
  if (family === '1.41-or-earlier') return ['1.37'];
  return consoleVersions;
}

/** Which of Logto's phrase packages a key belongs to: the Console, or the sign-in pages users see. */
export type PhrasePackage = 'admin-console' | 'experience';

export interface ConsoleLabelEntry {
  package: PhrasePackage;
  /**
   * Values put into the phrase's `{{placeholders}}`, per language, as the Console does. Only the
   * sign-in button uses one: the connector's display name (ko: 네이버; ja has none, so Logto uses en).
   */
  params?: Record<string, Record<Lang, string>>;
  /** As Logto 1.42 or later shows it (v1.42.0). */
  text: Record<Lang, string>;
  /** As Logto 1.41 or earlier shows it (v1.37.1), only where that differs from `text`. */
  before142?: Record<Lang, string>;
  /**
   * Only the 1.42.0 Console has this label (app-level access control came in 1.41; 1.37.1's phrase files
   * have no such key). The guide names it only in a passage for that Console (ForConsole).
   */
  only142?: true;
}

/** The Naver connector's display name per language (connector-naver/src/constant.ts, name). */
const naverName: Record<Lang, string> = { en: 'Naver', ja: 'Naver', ko: '네이버' };

export const consoleLabels = {
  // Sidebar
  'tabs.get_started': { package: 'admin-console', text: { en: 'Get started', ja: 'はじめに', ko: '시작하기' } },
  'tabs.applications': { package: 'admin-console', text: { en: 'Applications', ja: 'アプリケーション', ko: '어플리케이션' } },
  'tabs.connectors': { package: 'admin-console', text: { en: 'Connectors', ja: 'コネクタ', ko: '연동' } },
  'tabs.sign_in_experience': {
    package: 'admin-console',
    text: { en: 'Sign-in & account', ja: 'サインインとアカウント', ko: '로그인 및 계정' },
  },

  // Creating the application
  'get_started.view_all': { package: 'admin-console', text: { en: 'View all →', ja: 'すべての内容を表示 →', ko: '모두 보기 →' } },
  'applications.create': {
    package: 'admin-console',
    text: { en: 'Create application', ja: 'アプリケーションを作成する', ko: '어플리케이션 생성' },
  },
  'guide.categories.Traditional': {
    package: 'admin-console',
    text: { en: 'Traditional web app', ja: '伝統的な Web アプリ', ko: '전통적인 웹 앱' },
  },
  'applications.application_name': {
    package: 'admin-console',
    text: { en: 'Application name', ja: 'アプリケーション名', ko: '어플리케이션 이름' },
  },

  // The application's details page
  'application_details.logto_endpoint': {
    package: 'admin-console',
    text: { en: 'Logto endpoint', ja: 'Logto エンドポイント', ko: '로그토 엔드포인트' },
  },
  'application_details.application_id': { package: 'admin-console', text: { en: 'App ID', ja: 'アプリ ID', ko: '앱 ID' } },
  'application_details.application_secret': {
    package: 'admin-console',
    text: { en: 'App secret', ja: 'アプリのシークレット', ko: '앱 시크릿' },
  },
  'application_details.redirect_uris': {
    package: 'admin-console',
    text: { en: 'Redirect URIs', ja: 'リダイレクト URI', ko: '리디렉트 URIs' },
  },
  'application_details.post_sign_out_redirect_uris': {
    package: 'admin-console',
    text: { en: 'Post sign-out redirect URIs', ja: 'サインアウト後のリダイレクト URI', ko: '로그아웃 후 리디렉트 URIs' },
  },
  'general.save_changes': { package: 'admin-console', text: { en: 'Save changes', ja: '変更を保存する', ko: '변경 내용 저장' } },
  'general.save': { package: 'admin-console', text: { en: 'Save', ja: '保存', ko: '저장' } },
  'general.add_another': { package: 'admin-console', text: { en: 'Add another', ja: 'もう一つ追加', ko: '새로 추가' } },

  // The app's Rules tab, Access control card (1.41+; real-logto-1.42/ACCESS-CONTROL.md, "Console labels")
  'application_details.access_control.name': { package: 'admin-console', only142: true, text: { en: 'Rules', ja: 'ルール', ko: '규칙' } },
  'application_details.access_control.title': {
    package: 'admin-console',
    only142: true,
    text: { en: 'Access control', ja: 'アクセス制御', ko: '접근 제어' },
  },
  'application_details.access_control.enable': {
    package: 'admin-console',
    only142: true,
    text: { en: 'Enable app-level access control', ja: 'アプリレベルのアクセス制御を有効化', ko: '앱 수준 접근 제어 사용' },
  },
  'application_details.access_control.custom_allow_rules': {
    package: 'admin-console',
    only142: true,
    text: { en: 'Custom allow rules', ja: 'カスタム許可ルール', ko: '사용자 지정 허용 규칙' },
  },
  'application_details.access_control.add_rules': {
    package: 'admin-console',
    only142: true,
    text: { en: 'Add rules', ja: 'ルールを追加', ko: '규칙 추가' },
  },
  'application_details.access_control.rule_users': { package: 'admin-console', only142: true, text: { en: 'Users', ja: 'ユーザー', ko: '사용자' } },

  // Connectors
  'connectors.tab_social': {
    package: 'admin-console',
    text: { en: 'Social connectors', ja: 'ソーシャルコネクタ', ko: '소셜 연동' },
  },
  'connectors.create': {
    package: 'admin-console',
    text: { en: 'Add Social Connector', ja: 'ソーシャルコネクタを追加', ko: '소셜 연동 추가' },
  },
  'connectors.guide.callback_uri': {
    package: 'admin-console',
    text: { en: 'Redirect URI (Callback URI)', ja: 'リダイレクト URI（コールバック URI）', ko: '리디렉션 URI(콜백 URI)' },
  },
  'connectors.guide.callback_uri_description': {
    package: 'admin-console',
    text: {
      en: 'Redirect URIs are where users are redirected after social authorization. Add all displayed URIs to your IdP\'s configuration.',
      ja: 'リダイレクト URI は、ソーシャル認可の後にユーザーがリダイレクトされる場所です。表示されているすべての URI を IdP の設定に追加してください。',
      ko: '리디렉션 URI는 소셜 인증 이후 사용자가 다시 이동하는 위치입니다. 표시된 모든 URI를 IdP 구성에 추가하세요.',
    },
    before142: {
      en: 'Redirect URI is where users are redirected after social authorization. Add this URI to your IdP\'s configuration.',
      ja: 'Redirect URI は、ソーシャル認可の後にユーザーがリダイレクトされる場所です。この URI を IdP の設定に追加してください。',
      ko: '리디렉션 URI는 소셜 인증 이후 사용자가 다시 이동하는 위치입니다. 이 URI를 IdP 구성에 추가하세요.',
    },
  },
  'connectors.guide.parameter_configuration': {
    package: 'admin-console',
    text: { en: 'Parameter configuration', ja: 'パラメータ設定', ko: '매개변수 설정' },
  },
  'connectors.save_and_done': { package: 'admin-console', text: { en: 'Save and Done', ja: '保存して完了', ko: '저장 및 완료' } },

  // Sign-in & account
  'sign_in_exp.tabs.sign_up_and_sign_in': {
    package: 'admin-console',
    text: { en: 'Sign-up and sign-in', ja: 'サインアップとサインイン', ko: '회원가입/로그인' },
  },
  'sign_in_exp.sign_up_and_sign_in.social_sign_in.social_sign_in': {
    package: 'admin-console',
    text: { en: 'Social sign-in', ja: 'ソーシャルサインイン', ko: '소셜 로그인' },
  },
  'sign_in_exp.sign_up_and_sign_in.sign_up.sign_up_identifier': {
    package: 'admin-console',
    text: { en: 'Sign-up identifiers', ja: 'サインアップ識別子', ko: '회원가입 ID' },
  },
  'sign_in_exp.sign_up_and_sign_in.identifiers_none': {
    package: 'admin-console',
    text: { en: 'Not applicable', ja: '該当なし', ko: '해당 없음' },
  },

  // Logto's sign-in page, as the app's users see it
  'action.sign_in_with': {
    package: 'experience',
    params: { name: naverName },
    text: { en: 'Continue with Naver', ja: 'Naver で続ける', ko: '네이버 계속' },
  },
} as const satisfies Record<string, ConsoleLabelEntry>;

export type ConsoleLabelKey = keyof typeof consoleLabels;

export function isConsoleLabelKey(value: unknown): value is ConsoleLabelKey {
  return typeof value === 'string' && Object.hasOwn(consoleLabels, value);
}

export interface ShownConsoleLabel {
  /** The Console versions that show these words: both, unless the label differs between them. */
  versions: readonly ConsoleVersion[];
  text: string;
  english: string;
}

/**
 * What a reader with the Console in `lang` sees, and the English label for a Console left in English:
 * one reading when both Console versions agree, else one per version, the newest first.
 */
export function consoleLabel(key: ConsoleLabelKey, lang: Lang): ShownConsoleLabel[] {
  // MDX is not type-checked: a mistyped key stops the build here instead of rendering "undefined".
  if (!isConsoleLabelKey(key)) throw new Error(`Unknown Console label "${String(key)}" (see src/guide/console-labels.ts)`);
  const entry: ConsoleLabelEntry = consoleLabels[key];
  const current = { text: entry.text[lang], english: entry.text.en };
  if (entry.only142) return [{ versions: ['1.42'], ...current }];
  if (!entry.before142) return [{ versions: consoleVersions, ...current }];
  return [
    { versions: ['1.42'], ...current },
    { versions: ['1.37'], text: entry.before142[lang], english: entry.before142.en },
  ];
}

/** A label's words in `lang` as the 1.42 Console shows them: for text built around labels (a diagnosis's fix). */
export function labelText(key: ConsoleLabelKey, lang: Lang): string {
  return (consoleLabels[key] as ConsoleLabelEntry).text[lang];
}

/**
 * The way to an app's access control in a 1.42 Console, and what lets a refused user in: the labels the
 * guide's walk-through (step 2) shows and the access_control_denied fix names, in the order they are met.
 */
export const accessControlWalk = {
  path: ['tabs.applications', 'application_details.access_control.name', 'application_details.access_control.title'],
  allowUser: [
    'application_details.access_control.custom_allow_rules',
    'application_details.access_control.add_rules',
    'general.add_another',
    'application_details.access_control.rule_users',
    'general.save',
    'general.save_changes',
  ],
  switchOff: 'application_details.access_control.enable',
} as const satisfies { path: readonly ConsoleLabelKey[]; allowUser: readonly ConsoleLabelKey[]; switchOff: ConsoleLabelKey };
