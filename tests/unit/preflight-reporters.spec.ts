import { expect, test } from '@playwright/test';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { checkTitle, reasonText } from '../../src/preflight/describe.ts';
import {
  countsAsFailure,
  escapeCommandData,
  escapeCommandProperty,
  githubAnnotations,
  githubSummary,
  junitReport,
  render,
  type ReportContext,
} from '../../src/preflight/cli/reporters.ts';
import type { CheckResult } from '../../src/preflight/types.ts';

const results: CheckResult[] = [
  { id: 'endpoint.discovery', status: 'pass', stepId: 'prerequisites', reason: { key: 'discoveryOk', params: { url: 'http://t/x' } } },
  {
    id: 'app.redirect-uri',
    status: 'fail',
    cause: 'redirect_uri_not_registered',
    stepId: 'integrate-sdk',
    reason: { key: 'redirectUriNotRegistered', params: { uri: 'http://site/playground/callback?a=1,b=%2\n<x>' } },
  },
  { id: 'endpoint.endpoints', status: 'warn', stepId: 'integrate-sdk', reason: { key: 'endpointsNoPkceS256', params: {} } },
  { id: 'naver.client-id', status: 'skip', stepId: 'configure-connector', reason: { key: 'blocked', params: { by: 'app.redirect-uri' } } },
];

const context = (failOn: 'warn' | 'fail', lang: 'en' | 'ja' | 'ko' = 'en'): ReportContext => ({
  endpoint: 'http://t',
  appId: 'a1',
  siteOrigin: 'http://localhost:4321',
  guideOrigin: 'https://guide.example',
  lang,
  exitCode: 1,
  failOn,
});

/** What the runner makes of a workflow command's escapes. */
const unescapeData = (text: string) => text.replace(/%0A/g, '\n').replace(/%0D/g, '\r').replace(/%25/g, '%');
const unescapeProperty = (text: string) => unescapeData(text.replace(/%3A/g, ':').replace(/%2C/g, ','));

test.describe('preflight reporters', () => {
  test('what fails the run: anything but a pass, or with --fail-on fail only a fail', () => {
    expect(results.map((result) => countsAsFailure(result, 'warn'))).toEqual([false, true, true, true]);
    expect(results.map((result) => countsAsFailure(result, 'fail'))).toEqual([false, true, false, false]);
  });

  test("a reminder check's warning fails no run; another check's warning does under --fail-on warn", () => {
    expect(countsAsFailure({ id: 'naver.account-callback', status: 'warn' }, 'warn')).toBe(false);
    expect(countsAsFailure({ id: 'endpoint.discovery', status: 'warn' }, 'warn')).toBe(true);
  });

  test('workflow-command escapes round-trip, and a property never carries a raw : or ,', () => {
    const text = 'a%b\r\nc: d, e';
    expect(escapeCommandData(text)).not.toMatch(/[\r\n]/);
    expect(unescapeData(escapeCommandData(text))).toBe(text);
    expect(escapeCommandProperty(text)).not.toMatch(/[\r\n:,]/);
    expect(unescapeProperty(escapeCommandProperty(text))).toBe(text);
  });

  test('github: one ::error per failure, titled with the check, with the cause and the guide step in the reader’s language', () => {
    const lines = githubAnnotations(results, context('fail', 'ja'));
    // With --fail-on fail the warning stays a warning and the skip says nothing.
    expect(lines.map((line) => line.slice(0, line.indexOf(' ')))).toEqual(['::error', '::warning']);
    const [error] = lines;
    const match = /^::error title=([^:]*)::(.*)$/.exec(error!);
    expect(match, error).not.toBeNull();
    expect(unescapeProperty(match![1]!)).toBe(`${checkTitle('app.redirect-uri', 'ja')} (app.redirect-uri)`);
    expect(unescapeData(match![2]!)).toBe(`${reasonText(results[1]!, 'ja')} — https://guide.example/ja/#step-integrate-sdk`);
    expect(githubAnnotations(results, context('warn')).filter((line) => line.startsWith('::error '))).toHaveLength(3);
  });

  test('github: the step summary is a Markdown table with a row per check', () => {
    const summary = githubSummary(results, context('warn', 'ko'));
    const rows = summary.split('\n').filter((line) => line.startsWith('| ') && !line.startsWith('| ---'));
    expect(rows).toHaveLength(results.length + 1);
    expect(summary).toContain('[integrate-sdk](https://guide.example/ko/#step-integrate-sdk)');
    // A row's cells hold no raw newline or pipe from a value.
    expect(rows.every((row) => row.split(/(?<!\\)\|/).length === 6)).toBe(true);
  });

  test('junit: one testcase per check, counts that match, and it parses as XML', () => {
    const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', isArray: (name) => name === 'testcase' });
    for (const failOn of ['warn', 'fail'] as const) {
      const xml = junitReport(results, context(failOn));
      expect(XMLValidator.validate(xml)).toBe(true);
      const doc = parser.parse(xml) as {
        testsuites: { testsuite: { tests: string; failures: string; skipped: string; testcase: { name: string; failure?: { message: string }; skipped?: unknown }[] } };
      };
      const suite = doc.testsuites.testsuite;
      expect(suite.testcase.map((testcase) => testcase.name.split(':')[0])).toEqual(results.map((result) => result.id));
      const failed = suite.testcase.filter((testcase) => testcase.failure !== undefined).length;
      const skipped = suite.testcase.filter((testcase) => testcase.skipped !== undefined).length;
      expect([Number(suite.tests), Number(suite.failures), Number(suite.skipped)]).toEqual([results.length, failed, skipped]);
      expect(failed).toBe(failOn === 'warn' ? 2 : 1);
      expect(suite.testcase[1]!.failure!.message).toBe(reasonText(results[1]!, 'en'));
    }
  });

  test('json: a schemaVersion, the failed ids under --fail-on, step links at the guide origin', () => {
    const report = JSON.parse(render('json', results, context('fail')).report) as { schemaVersion: number; failed: string[]; results: { stepUrl: string }[] };
    expect(report.schemaVersion).toBe(1);
    expect(report.failed).toEqual(['app.redirect-uri']);
    expect(report.results[1]!.stepUrl).toBe('https://guide.example/en/#step-integrate-sdk');
  });
});
