import { defineStrings } from '../i18n/define-strings.ts';
import type { VersionFamily } from '../tenant/version-family.ts';

/** Strings of the guide page's frame: step list, progress, tabs, the Naver field map, the panel's region. */
export const guideStrings = defineStrings({
  en: {
    pageTitle: 'Add “Sign in with Naver” with Logto: a step-by-step guide',
    pageDescription:
      'Set up Naver sign-in through Logto in nine steps, with your own tenant’s values filled in and a live widget that checks each step.',
    intro:
      'Nine steps take you from an empty Logto tenant to a working “Sign in with Naver” button. The live playground beside the guide runs the real sign-in against your tenant and marks each step it proves.',
    stepsHeading: 'Steps',
    jumpToPlayground: 'Go to the live playground',
    progress: '{done} of {total} checkable steps verified',
    stepNumber: 'Step {n}',
    statusVerified: 'Verified',
    statusPending: 'Not verified yet',
    statusManual: 'Nothing to check',
    checkedBy: 'This step is verified by:',
    breakItHeading: 'Break it on purpose',
    breakItIntro: 'Watch this step go wrong on the built-in tenant, safely, before it happens to you:',
    playgroundHeading: 'Live playground',
    codeTabsLabel: 'Code samples',
    fieldMapCaption: 'Naver Developers console, field by field',
    fieldMapLabel: 'Console label (Korean)',
    fieldMapMeaning: 'What it means',
    fieldMapValue: 'What to enter',
    computedFromSettings: 'Computed from the settings in the playground.',
    sampleWholeFile: 'The complete file, {file}',
    sampleEnvCaption: 'Your {file}: the playground fills in your endpoint and App ID; type in your App secret yourself',
    sampleRedirectUri: 'Redirect URI',
    samplePostSignOutUri: 'Post sign-out redirect URI',
  },
  ja: {
    pageTitle: 'Logto で「Naver でサインイン」を追加する: ステップバイステップガイド',
    pageDescription:
      'Logto 経由の Naver サインインを 9 つのステップで設定します。あなたのテナントの値が埋め込まれ、各ステップをライブウィジェットで確認できます。',
    intro:
      '9 つのステップで、空の Logto テナントから動く「Naver でサインイン」ボタンまでたどり着きます。ガイドの横のライブプレイグラウンドは、あなたのテナントに対して実際のサインインを実行し、確認できたステップに印を付けます。',
    stepsHeading: 'ステップ',
    jumpToPlayground: 'ライブプレイグラウンドへ移動',
    progress: '確認可能な {total} ステップのうち {done} ステップを確認済み',
    stepNumber: 'ステップ {n}',
    statusVerified: '確認済み',
    statusPending: '未確認',
    statusManual: '確認項目なし',
    checkedBy: 'このステップを確認済みにするもの:',
    breakItHeading: 'わざと壊してみる',
    breakItIntro: 'このステップが失敗する様子を、本番で起きる前に組み込みテナントで安全に確かめられます:',
    playgroundHeading: 'ライブプレイグラウンド',
    codeTabsLabel: 'コードサンプル',
    fieldMapCaption: 'Naver Developers コンソールの項目一覧',
    fieldMapLabel: 'コンソールの表示 (韓国語)',
    fieldMapMeaning: '意味',
    fieldMapValue: '入力する値',
    computedFromSettings: 'プレイグラウンドの設定から計算した値です。',
    sampleWholeFile: 'ファイル全体 ({file})',
    sampleEnvCaption: 'あなたの {file}。エンドポイントと App ID はプレイグラウンドの設定から入ります。App secret はご自分で入力してください',
    sampleRedirectUri: 'リダイレクト URI',
    samplePostSignOutUri: 'サインアウト後のリダイレクト URI',
  },
  ko: {
    pageTitle: 'Logto로 “네이버 로그인” 추가하기: 단계별 가이드',
    pageDescription:
      'Logto를 통한 네이버 로그인을 9단계로 설정합니다. 내 테넌트의 값이 채워지고, 라이브 위젯이 각 단계를 확인해 줍니다.',
    intro:
      '9단계를 따라가면 빈 Logto 테넌트에서 동작하는 “네이버 로그인” 버튼까지 완성됩니다. 가이드 옆의 라이브 플레이그라운드가 내 테넌트로 실제 로그인을 실행하고, 확인된 단계에 표시를 합니다.',
    stepsHeading: '단계',
    jumpToPlayground: '라이브 플레이그라운드로 이동',
    progress: '확인 가능한 {total}단계 중 {done}단계 확인됨',
    stepNumber: '{n}단계',
    statusVerified: '확인됨',
    statusPending: '아직 확인되지 않음',
    statusManual: '확인할 항목 없음',
    checkedBy: '플레이그라운드는 다음을 확인하면 이 단계를 확인됨으로 표시합니다:',
    breakItHeading: '일부러 망가뜨려 보기',
    breakItIntro: '실제로 겪기 전에, 이 단계가 잘못되는 모습을 내장 테넌트에서 안전하게 확인해 보세요:',
    playgroundHeading: '라이브 플레이그라운드',
    codeTabsLabel: '코드 예제',
    fieldMapCaption: '네이버 개발자 센터 콘솔 항목별 안내',
    fieldMapLabel: '콘솔 표시 (한국어)',
    fieldMapMeaning: '의미',
    fieldMapValue: '입력할 값',
    computedFromSettings: '플레이그라운드 설정에서 계산한 값입니다.',
    sampleWholeFile: '파일 전체({file})',
    sampleEnvCaption: '내 {file}. 엔드포인트와 App ID는 플레이그라운드 설정에서 채워집니다. App secret은 직접 입력하세요',
    sampleRedirectUri: '리디렉션 URI',
    samplePostSignOutUri: '로그아웃 후 리디렉션 URI',
  },
});

/** The version families (src/tenant/version-family.ts) by name: the guide's version notes, the panel and the support bundle. */
export const versionFamilyNames = defineStrings<Record<VersionFamily, string>>({
  en: { '1.42-or-later': 'Logto 1.42 or later', '1.41-or-earlier': 'Logto 1.41 or earlier', unknown: 'unknown' },
  ja: { '1.42-or-later': 'Logto 1.42 以降', '1.41-or-earlier': 'Logto 1.41 以前', unknown: '不明' },
  ko: { '1.42-or-later': 'Logto 1.42 이상', '1.41-or-earlier': 'Logto 1.41 이하', unknown: '알 수 없음' },
});

