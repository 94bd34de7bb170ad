/**
 * The preflight's reports, one per `--reporter`: the table for people, JSON for scripts, GitHub's
 * workflow commands plus a job summary, and JUnit XML for any CI's test view. Pure: the CLI decides
 * where each goes (stdout, `--output`, $GITHUB_STEP_SUMMARY), so every report is unit-tested.
 */
import { format } from '../../i18n/define-strings.ts';
import { checkTitle, reasonText, statusLabel, summaryText } from '../describe.ts';
import { preflightCliStrings, preflightUiStrings } from '../strings.ts';
import type { CheckResult } from '../types.ts';
import type { FailOn, ReporterName } from './args.ts';
import { settled } from '../check-definitions.ts';
import { formatTable, jsonReport, stepUrl, type JsonReportContext } from './table.ts';

/** Bumped whenever a field of the JSON report changes meaning or goes away (new fields don't bump it). */
export const JSON_SCHEMA_VERSION = 1;

export interface ReportContext extends JsonReportContext {
  guideOrigin: string;
  failOn: FailOn;
}

/** Whether a result makes the run fail under `failOn`: a fail always; warn and skip unless only fails count. */
/** Whether a result fails the run: with --fail-on warn, anything not settled (a reminder's warning is settled). */
export function countsAsFailure(result: Pick<CheckResult, 'id' | 'status'>, failOn: FailOn): boolean {
  return failOn === 'fail' ? result.status === 'fail' : !settled(result);
}

// --- GitHub Actions --------------------------------------------------------------------------

/** A workflow command's message: `%`, CR and LF escaped, as the runner unescapes them. */
export function escapeCommandData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** A workflow command's property value: the message's escapes plus `:` and `,`, which end a property. */
export function escapeCommandProperty(text: string): string {
  return escapeCommandData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/**
 * One `::error` per result that fails the run (a warning that doesn't is a `::warning`), titled with the
 * check and saying what was found and the guide step that fixes it, in the reader's language.
 */
export function githubAnnotations(results: readonly CheckResult[], context: ReportContext): string[] {
  return results.flatMap((result) => {
    const failing = countsAsFailure(result, context.failOn);
    if (!failing && result.status !== 'warn') return [];
    const level = failing ? 'error' : 'warning';
    const title = `${checkTitle(result.id, context.lang)} (${result.id})`;
    const message = `${reasonText(result, context.lang)} — ${stepUrl(context.guideOrigin, context.lang, result)}`;
    return [`::${level} title=${escapeCommandProperty(title)}::${escapeCommandData(message)}`];
  });
}

const markdownCell = (text: string) => text.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\r?\n/g, '<br>');

/** The job summary ($GITHUB_STEP_SUMMARY): a heading, the counts, and one row per check. */
export function githubSummary(results: readonly CheckResult[], context: ReportContext): string {
  const ui = preflightUiStrings[context.lang];
  const t = preflightCliStrings[context.lang];
  const rows = results.map((result) => {
    const step = `[${result.stepId}](${stepUrl(context.guideOrigin, context.lang, result)})`;
    return `| ${markdownCell(statusLabel(result.status, context.lang))} | ${markdownCell(checkTitle(result.id, context.lang))} | ${markdownCell(reasonText(result, context.lang))} | ${step} |`;
  });
  return [
    `## ${t.summaryHeading}`,
    '',
    `${markdownCell(context.endpoint)} · ${markdownCell(context.appId)}`,
    '',
    summaryText(results, context.lang),
    '',
    `| ${ui.columnStatus} | ${ui.columnCheck} | ${t.columnReason} | ${ui.columnStep} |`,
    '| --- | --- | --- | --- |',
    ...rows,
    '',
  ].join('\n');
}

// --- JUnit XML -------------------------------------------------------------------------------

/** Text and attribute values: the five XML specials, and characters XML 1.0 does not allow dropped. */
export function escapeXml(text: string): string {
  return text
    .replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

/**
 * One `<testcase>` per check (classname: the guide step), failing with what was found and the step's
 * link, `<skipped>` when its prerequisite failed; a warning that doesn't fail the run passes with the
 * warning as its output.
 */
export function junitReport(results: readonly CheckResult[], context: ReportContext): string {
  const failures = results.filter((result) => result.status !== 'skip' && countsAsFailure(result, context.failOn)).length;
  const skipped = results.filter((result) => result.status === 'skip').length;
  const cases = results.map((result) => {
    const text = reasonText(result, context.lang);
    const link = format(preflightCliStrings[context.lang].guideLink, { url: stepUrl(context.guideOrigin, context.lang, result) });
    const open = `    <testcase classname="${escapeXml(`preflight.${result.stepId}`)}" name="${escapeXml(`${result.id}: ${checkTitle(result.id, context.lang)}`)}" time="0">`;
    if (result.status === 'skip') return `${open}\n      <skipped message="${escapeXml(text)}"/>\n    </testcase>`;
    if (countsAsFailure(result, context.failOn)) {
      return `${open}\n      <failure type="${escapeXml(result.cause ?? result.status)}" message="${escapeXml(text)}">${escapeXml(`${text}\n${link}`)}</failure>\n    </testcase>`;
    }
    if (result.status === 'warn') return `${open}\n      <system-out>${escapeXml(`${text}\n${link}`)}</system-out>\n    </testcase>`;
    return `${open}\n      <system-out>${escapeXml(text)}</system-out>\n    </testcase>`;
  });
  const name = escapeXml(preflightCliStrings[context.lang].summaryHeading);
  const counts = `tests="${results.length}" failures="${failures}" errors="0" skipped="${skipped}"`;
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="${name}" ${counts}>`,
    `  <testsuite name="${name}" ${counts} hostname="${escapeXml(context.endpoint)}">`,
    ...cases,
    '  </testsuite>',
    '</testsuites>',
    '',
  ].join('\n');
}

// --- All of them -----------------------------------------------------------------------------

/** The JSON report with its schema version first. */
export function versionedJsonReport(results: readonly CheckResult[], context: ReportContext) {
  return {
    schemaVersion: JSON_SCHEMA_VERSION,
    ...jsonReport(results, context),
    failOn: context.failOn,
    failed: results.filter((result) => countsAsFailure(result, context.failOn)).map((result) => result.id),
  };
}

/** What one reporter writes: its report, and for github the job summary too. */
export interface Rendered {
  report: string;
  summary?: string;
}

export function render(reporter: ReporterName, results: readonly CheckResult[], context: ReportContext): Rendered {
  switch (reporter) {
    case 'table':
      return { report: `${formatTable(results, context.lang, context.guideOrigin)}\n` };
    case 'json':
      return { report: `${JSON.stringify(versionedJsonReport(results, context), null, 2)}\n` };
    case 'github': {
      const lines = githubAnnotations(results, context);
      return { report: lines.length > 0 ? `${lines.join('\n')}\n` : '', summary: githubSummary(results, context) };
    }
    case 'junit':
      return { report: junitReport(results, context) };
  }
}

/** Counts, for a caller that only needs them (the CLI's exit code among them). */
export function failedCount(results: readonly CheckResult[], failOn: FailOn): number {
  return results.filter((result) => countsAsFailure(result, failOn)).length;
}
