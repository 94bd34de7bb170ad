import { expect, test } from '@playwright/test';
import { fallbackLang, languageOfRequest, negotiateLanguage } from '../../src/i18n/languages.ts';
import { defineStrings, format } from '../../src/i18n/define-strings.ts';

test.describe('negotiateLanguage', () => {
  test('picks the highest-weighted language we speak', () => {
    expect(negotiateLanguage('fr-FR,fr;q=0.9,ko;q=0.8,ja;q=0.7')).toBe('ko');
    expect(negotiateLanguage('ja;q=0.5, en;q=0.9')).toBe('en');
  });
  test('matches a region tag to its base language', () => {
    expect(negotiateLanguage('ko-KR')).toBe('ko');
    expect(negotiateLanguage('JA-jp,en;q=0.1')).toBe('ja');
  });
  test('keeps header order between equal weights', () => {
    expect(negotiateLanguage('ko, ja')).toBe('ko');
  });
  test('ignores q=0 and falls back when nothing matches', () => {
    expect(negotiateLanguage('ko;q=0, de')).toBe(fallbackLang);
    expect(negotiateLanguage(undefined)).toBe(fallbackLang);
    expect(negotiateLanguage('')).toBe(fallbackLang);
  });
});

test('format fills named placeholders and leaves unknown ones visible', () => {
  expect(format('{a} and {b}', { a: 1, b: 'two' })).toBe('1 and two');
  expect(format('{missing}', {})).toBe('{missing}');
});

test('defineStrings returns every language it was given', () => {
  const strings = defineStrings({ en: { hi: 'Hi' }, ja: { hi: 'やあ' }, ko: { hi: '안녕' } });
  expect(Object.keys(strings).sort()).toEqual(['en', 'ja', 'ko']);
  expect(strings.ko.hi).toBe('안녕');
});

test('an error page speaks the language of the path, else the browser’s', () => {
  expect(languageOfRequest('/ko/no-such-page', 'ja')).toBe('ko');
  expect(languageOfRequest('/no-such-page', 'ja,en;q=0.5')).toBe('ja');
  expect(languageOfRequest('/de/x', null)).toBe(fallbackLang);
});
