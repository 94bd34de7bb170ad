/**
 * `--last-sign-in`: what the tenant's audit log says about the last sign-in, as the CLI prints it
 * (text or JSON) and the exit code it ends with. Only the finding is printed: an entry's key and a short
 * code, the cause and its step; never a value of the log.
 */
import { diagnosisText } from '../../diagnosis/strings.ts';
import { stepOf } from '../../diagnosis/codes.ts';
import { stepNumber } from '../../guide/steps.ts';
import { format } from '../../i18n/define-strings.ts';
import type { Lang } from '../../i18n/languages.ts';
import type { AuditLogFinding } from '../audit-log/finding.ts';
import { auditLogStrings, findingText } from '../audit-log/strings.ts';
import { preflightCliStrings } from '../strings.ts';
import { EXIT_CODES } from './args.ts';

/** How far back `--last-sign-in` looks for the attempt: the CLI does not know when it started. */
export const LAST_SIGN_IN_WINDOW_MS = 30 * 60_000;

export function lastSignInExitCode(finding: AuditLogFinding): number {
  switch (finding.kind) {
    case 'completed':
      return EXIT_CODES.ok;
    case 'cause':
      return EXIT_CODES.lastSignInCause;
    case 'unreadable':
      return EXIT_CODES.auditLogUnreadable;
    default:
      return EXIT_CODES.lastSignInUnknown;
  }
}

export function formatLastSignIn(finding: AuditLogFinding, lang: Lang): string {
  const lines = [auditLogStrings[lang].cliHeading, findingText(lang, finding)];
  if (finding.kind === 'cause') {
    const text = diagnosisText(lang, finding.cause);
    const step = stepOf(finding.cause);
    lines.push('', step === null ? text.title : format(preflightCliStrings[lang].fixAtStep, { n: stepNumber(step), title: text.title }), text.fix);
  }
  return lines.join('\n');
}

export function lastSignInJson(finding: AuditLogFinding, exitCode: number) {
  return { finding, ...(finding.kind === 'cause' ? { cause: finding.cause, stepId: stepOf(finding.cause) } : {}), exitCode };
}
