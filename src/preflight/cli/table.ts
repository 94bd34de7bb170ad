import { format } from '../../i18n/define-strings.ts';
import type { Lang } from '../../i18n/languages.ts';
import { preflightCliStrings, preflightUiStrings } from '../strings.ts';
import { stepHref } from '../../guide/steps.ts';
import { checkTitle, countByStatus, reasonText, statusLabel, summaryText } from '../describe.ts';
import type { CheckResult } from '../types.ts';
import { settled } from '../check-definitions.ts';

/** The CLI's two outputs: a table for people and JSON for machines. Pure, so both are unit-tested. */

/** Columns in a terminal: CJK and Hangul characters take two. */
export function displayWidth(text: string): number {
  let width = 0;
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    const wide =
      (code >= 0x1100 && code <= 0x115f) ||
      (code >= 0x2e80 && code <= 0xa4cf) ||
      (code >= 0xac00 && code <= 0xd7a3) ||
      (code >= 0xf900 && code <= 0xfaff) ||
      (code >= 0xfe30 && code <= 0xfe4f) ||
      (code >= 0xff00 && code <= 0xff60) ||
      (code >= 0xffe0 && code <= 0xffe6);
    width += wide ? 2 : 1;
  }
  return width;
}

const pad = (text: string, width: number) => text + ' '.repeat(Math.max(0, width - displayWidth(text)));

/** Where a step is explained: the guide page on the site the URIs belong to. */
export function stepUrl(siteOrigin: string, lang: Lang, result: Pick<CheckResult, 'stepId'>): string {
  return new URL(stepHref(lang, result.stepId), siteOrigin).href;
}

export function formatTable(results: readonly CheckResult[], lang: Lang, siteOrigin: string): string {
  const ui = preflightUiStrings[lang];
  const rows = results.map((result) => [statusLabel(result.status, lang), checkTitle(result.id, lang), result.stepId]);
  const header = [ui.columnStatus, ui.columnCheck, ui.columnStep];
  const widths = header.map((cell, column) => Math.max(displayWidth(cell), ...rows.map((row) => displayWidth(row[column]!))));
  const line = (cells: string[]) => cells.map((cell, column) => pad(cell, widths[column]!)).join('  ').trimEnd();
  const indent = ' '.repeat(widths[0]! + 2);

  const out = [line(header), line(widths.map((width) => '-'.repeat(width)))];
  results.forEach((result, index) => {
    out.push(line(rows[index]!));
    out.push(`${indent}${reasonText(result, lang)}`);
    if (result.status === 'fail' || result.status === 'warn') {
      out.push(`${indent}${format(preflightCliStrings[lang].guideLink, { url: stepUrl(siteOrigin, lang, result) })}`);
    }
  });
  out.push('', summaryText(results, lang));
  return out.join('\n');
}

export interface JsonReportContext {
  endpoint: string;
  appId: string;
  siteOrigin: string;
  lang: Lang;
  exitCode: number;
}

/** Machine-readable output: stable ids and keys for scripts, plus the sentences for people. Never the secret. */
export function jsonReport(results: readonly CheckResult[], context: JsonReportContext) {
  return {
    ok: results.every(settled),
    exitCode: context.exitCode,
    endpoint: context.endpoint,
    appId: context.appId,
    siteOrigin: context.siteOrigin,
    lang: context.lang,
    summary: countByStatus(results),
    results: results.map((result) => ({
      ...result,
      title: checkTitle(result.id, context.lang),
      text: reasonText(result, context.lang),
      stepUrl: stepUrl(context.siteOrigin, context.lang, result),
    })),
  };
}
