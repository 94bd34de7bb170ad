import { expect, test } from '@playwright/test';
import { languages } from '../../src/i18n/languages.ts';
import { preflightReasons } from '../../src/preflight/strings.ts';
import { displayWidth, formatTable, jsonReport } from '../../src/preflight/cli/table.ts';
import { reasonText, summaryText } from '../../src/preflight/describe.ts';
import type { CheckResult } from '../../src/preflight/types.ts';
import { verifiedStepsFromChecks } from '../../src/preflight/verified-steps.ts';

const results: CheckResult[] = [
  { id: 'endpoint.discovery', status: 'pass', stepId: 'prerequisites', reason: { key: 'discoveryOk', params: { url: 'http://t/x' } } },
  {
    id: 'app.redirect-uri',
    status: 'fail',
    stepId: 'integrate-sdk',
    reason: { key: 'redirectUriNotRegistered', params: { uri: 'http://site/playground/callback' } },
  },
  { id: 'app.credentials', status: 'pass', stepId: 'integrate-sdk', reason: { key: 'credentialsOk', params: { appId: 'a1' } } },
  { id: 'naver.client-id', status: 'skip', stepId: 'configure-connector', reason: { key: 'blocked', params: { by: 'app.redirect-uri' } } },
  {
    id: 'naver.callback-url',
    status: 'pass',
    stepId: 'register-naver-app',
    reason: { key: 'naverCallbackUrlOk', params: { redirectUri: 'http://t/callback/x' } },
  },
];

test.describe('preflight results in words', () => {
  test('every reason fills all its placeholders in every language', () => {
    for (const lang of languages) {
      for (const [key, template] of Object.entries(preflightReasons[lang])) {
        const names = [...template.matchAll(/\{(\w+)\}/g)].map((match) => match[1]!);
        const params = Object.fromEntries(names.map((name) => [name, `<${name}>`]));
        const text = reasonText({ reason: { key: key as CheckResult['reason']['key'], params } }, lang);
        expect(text, `${lang}.${key}`).not.toMatch(/\{\w+\}/);
        // Every language mentions the same values.
        const enNames = [...preflightReasons.en[key as keyof typeof preflightReasons.en].matchAll(/\{(\w+)\}/g)].map((m) => m[1]);
        expect(new Set(names), `${lang}.${key}`).toEqual(new Set(enNames));
      }
    }
  });

  test('a blocked reason names the blocking check by its title, in the reader’s language', () => {
    expect(reasonText(results[3]!, 'en')).toBe('Not checked, because “Redirect URI is registered” did not pass.');
    expect(reasonText(results[3]!, 'ja')).toContain('リダイレクト URI が登録されている');
    expect(reasonText(results[3]!, 'ko')).toContain('리디렉션 URI가 등록됨');
  });

  test('a step is verified only when a check proves it and none doubts it', () => {
    // integrate-sdk has a pass and a fail: not verified. register-naver-app's pass proves nothing at Naver.
    expect(verifiedStepsFromChecks(results)).toEqual(['prerequisites']);
    const fixed = results.map((result) => (result.id === 'app.redirect-uri' ? { ...result, status: 'pass' as const } : result));
    expect(verifiedStepsFromChecks(fixed)).toEqual(['prerequisites', 'integrate-sdk']);
    expect(verifiedStepsFromChecks([])).toEqual([]);
  });

  test('the table lists every check with its reason, links failures to their step, and sums up', () => {
    const table = formatTable(results, 'en', 'http://localhost:4321');
    const lines = table.split('\n');
    expect(lines[0]).toMatch(/^Status\s+Check\s+Step$/);
    expect(table).toContain('http://site/playground/callback is not registered');
    expect(table).toContain('Guide: http://localhost:4321/en/#step-integrate-sdk');
    expect(table).not.toContain('#step-prerequisites');
    expect(lines.at(-1)).toBe(summaryText(results, 'en'));
    expect(lines.at(-1)).toBe('3 passed, 1 failed, 0 warnings, 1 skipped.');
  });

  test('table columns line up for wide (CJK, Hangul) text', () => {
    expect(displayWidth('abc')).toBe(3);
    expect(displayWidth('합격')).toBe(4);
    expect(displayWidth('リダイレクト')).toBe(12);
    const rows = formatTable(results, 'ja', 'http://localhost:4321')
      .split('\n')
      .slice(2, -2)
      .filter((line) => /^(合格|失敗|スキップ)/.test(line));
    const stepColumns = rows.map((line) => displayWidth(line) - displayWidth(line.split(/\s+/).at(-1)!));
    expect(rows).toHaveLength(results.length);
    expect(new Set(stepColumns).size).toBe(1);
  });

  test('the JSON report keeps ids and keys for scripts and adds the sentences and step URLs', () => {
    const report = jsonReport(results, { endpoint: 'http://t', appId: 'a1', siteOrigin: 'http://localhost:4321', lang: 'ko', exitCode: 1 });
    expect(report.ok).toBe(false);
    expect(report.summary).toEqual({ pass: 3, fail: 1, warn: 0, skip: 1 });
    expect(report.results[1]).toMatchObject({
      id: 'app.redirect-uri',
      status: 'fail',
      reason: { key: 'redirectUriNotRegistered' },
      stepUrl: 'http://localhost:4321/ko/#step-integrate-sdk',
    });
    expect(report.results[1]?.text).toContain('등록되어 있지 않습니다');
  });
});
