/**
 * Type-level tests: `npm run typecheck` (tsc --noEmit) compiles this file and fails if a line marked
 * `@ts-expect-error` stops being an error, that is, if the type checker stops refusing what the project
 * says it refuses. Nothing here runs; Playwright's projects don't look in tests/types/.
 */
import { defineStrings } from '../../src/i18n/define-strings.ts';
import type { Lang } from '../../src/i18n/languages.ts';
import { diagnosisStrings, type DiagnosisTextKey } from '../../src/diagnosis/strings.ts';
import type { DiagnosisCode } from '../../src/diagnosis/codes.ts';

// A complete declaration is accepted, and every language has every key.
export const complete = defineStrings({
  en: { greeting: 'Hello', farewell: 'Bye' },
  ja: { greeting: 'こんにちは', farewell: 'さようなら' },
  ko: { greeting: '안녕하세요', farewell: '안녕히 가세요' },
});
export const completeKeys: Record<Lang, Record<'greeting' | 'farewell', string>> = complete;

// A string missing in one language (ko has no farewell) is refused.
// @ts-expect-error Property 'farewell' is missing in ko
export const missingInKorean = defineStrings({ en: { greeting: 'Hello', farewell: 'Bye' }, ja: { greeting: 'こんにちは', farewell: 'さようなら' }, ko: { greeting: '안녕하세요' } });

// A string that exists in one language only (ja has a key English lacks) is refused.
// @ts-expect-error Object literal may only specify known properties: 'extra' is not in en
export const extraInJapanese = defineStrings({ en: { greeting: 'Hello' }, ja: { greeting: 'こんにちは', extra: '余分' }, ko: { greeting: '안녕하세요' } });

// A language left out entirely is refused.
// @ts-expect-error Property 'ko' is missing
export const withoutKorean = defineStrings({ en: { greeting: 'Hello' }, ja: { greeting: 'こんにちは' } });

// Diagnoses: every code (src/diagnosis/codes.ts) has a title and a fix in each language.
export const diagnosisTexts: Record<Lang, Record<DiagnosisTextKey, string>> = diagnosisStrings;

// A code added without its texts would be refused: the strings lack `<new code>.title` and `.fix`.
type TextKeyWithNewCode = `${DiagnosisCode | 'new_code'}.${'title' | 'fix'}`;
// @ts-expect-error Property '"new_code.title"' is missing
export const newCodeWithoutText: Record<TextKeyWithNewCode, string> = diagnosisStrings.en;

// So would one language's table missing one code's fix.
declare const japaneseWithoutOneFix: Omit<(typeof diagnosisStrings)['ja'], 'session_lost.fix'>;
// @ts-expect-error Property '"session_lost.fix"' is missing
export const oneFixMissing: Record<DiagnosisTextKey, string> = japaneseWithoutOneFix;
