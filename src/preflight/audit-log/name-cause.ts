/**
 * The cause of a sign-in that did not come back, as its audit log entries name it — or that they
 * don't. The table is the records' (../shared/reference/real-logto-faults.md, "A tool with Management API
 * access"): when Logto's own call to Naver failed, `…Verification.Social.Submit` ✗ says how; sign-in only
 * is `…Identifier.Submit` ✗ `user.identity_not_exist` with nothing after it (with registration allowed,
 * the sign-in page goes on to register); a refusal on Naver's own page (wrong Client ID, callback URL
 * mismatch, a reader who left, Naver down before the redirect) leaves `…Social.Create` ✓ and nothing
 * after it, which is all the log can say.
 */
import type { DiagnosisCode } from '../../diagnosis/codes.ts';
import type { AuditLogFacts, LoggedError } from '../../tenant/management-api.ts';
import type { AuditLogFinding } from './finding.ts';

const isKey = (entry: AuditLogFacts, suffix: string) => entry.key.startsWith('Interaction.') && entry.key.endsWith(suffix);

/** The evidence shown next to a cause: what the entry logged, as a short code (never its message). */
export function evidenceOf(error: LoggedError | undefined, connectorData: AuditLogFacts['connectorData']): string {
  // Kept in the attempt cookie, whose schema (finding.ts) allows 96 characters of [\w .:-]: a longer or
  // stranger code must not make the whole cookie unreadable.
  return evidenceCode(error, connectorData).replace(/[^\w .:-]/g, '_').slice(0, 96) || 'error';
}

function evidenceCode(error: LoggedError | undefined, connectorData: AuditLogFacts['connectorData']): string {
  if (connectorData?.error) return connectorData.error;
  switch (error?.kind) {
    case 'http':
      return `HTTPError ${error.status}`;
    case 'network':
      return error.code;
    case 'timeout':
      return 'TimeoutError';
    case 'token-answer':
      return `token answer without ${error.missing.join(' ') || 'a token'}`;
    case 'connector-quoted':
      return 'ConnectorError: Naver error body';
    case 'connector-code':
    case 'logto':
      return error.code;
    default:
      return 'error';
  }
}

/** Logto's call to Naver failed (`…Social.Submit` ✗): the cause its error names, if it names one. */
function socialSubmitCause(entry: AuditLogFacts): DiagnosisCode | undefined {
  const { error, connectorData } = entry;
  // Naver sent the reader back with an error instead of a code: a cancel, or another refusal.
  if (connectorData?.error) return connectorData.error === 'access_denied' ? 'naver_cancelled' : 'authorization_error';
  switch (error?.kind) {
    case 'http':
      // A bare got HTTPError only comes from the token call: 5xx is Naver failing, 4xx Naver refusing the secret.
      if (error.status >= 500) return 'naver_unavailable';
      return error.status === 400 || error.status === 401 || error.status === 403 ? 'naver_client_secret_wrong' : undefined;
    case 'network':
    case 'timeout':
      return 'naver_unavailable';
    case 'token-answer':
      // Naver answered the token call without a token: most often the secret (a bad code would look the same).
      return error.missing.includes('access_token') ? 'naver_client_secret_wrong' : undefined;
    case 'connector-quoted':
      // The connector quoting Naver's body after a code came back: the profile API answered an error.
      return connectorData?.hasCode ? 'naver_unavailable' : undefined;
    default:
      return undefined;
  }
}

function failedCause(entry: AuditLogFacts): DiagnosisCode | undefined {
  if (isKey(entry, '.Verification.Social.Submit')) return socialSubmitCause(entry);
  if (isKey(entry, '.Identifier.Submit') && entry.error?.kind === 'logto' && entry.error.code === 'user.identity_not_exist') return 'sign_in_only';
  if (isKey(entry, '.Verification.Social.Create') && entry.error?.kind === 'logto' && entry.error.code === 'entity.not_found') return 'connector_not_enabled';
  return undefined;
}

/** The finding of an attempt's browser entries (oldest first); `undefined` entries: no attempt in the log. */
export function findingOfAttempt(entries: readonly AuditLogFacts[] | undefined): AuditLogFinding {
  if (!entries?.length) return { kind: 'no-attempt' };
  // Logto finished: the experience submitted (`Interaction.<Event>.Submit` ✓) or the interaction ended.
  const done = entries.findLast((entry) => entry.key === 'Interaction.End' || (/^Interaction\.\w+\.Submit$/.test(entry.key) && entry.result === 'Success'));
  if (done) return { kind: 'completed', at: done.createdAt };
  const failed = entries.findLast((entry) => entry.result === 'Error');
  const last = entries.at(-1)!;
  // A failure that the page moved past (an error the reader retried from) is not what stopped the attempt.
  if (failed && failed === last) {
    const cause = failedCause(failed);
    const evidence = evidenceOf(failed.error, failed.connectorData);
    return cause
      ? { kind: 'cause', cause, logKey: failed.key, evidence, at: failed.createdAt }
      : { kind: 'unnamed', logKey: failed.key, evidence, at: failed.createdAt };
  }
  return { kind: 'silent', logKey: last.key, at: last.createdAt };
}
