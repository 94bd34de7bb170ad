/**
 * Asking a tenant what happened to the last sign-in: a Management API token for the reader's M2M
 * credential, the app's audit log since the attempt started, the attempt's browser entries, and the
 * cause they name. Used by the panel (its "Ask the tenant" form) and the CLI (`--last-sign-in`) alike.
 */
import { readAuditLog, requestManagementApiToken, type ManagementApiCredential, type ManagementApiFailure } from '../../tenant/management-api.ts';
import type { TenantFetch } from '../../tenant/http.ts';
import type { AuditLogFinding, UnreadableReason } from './finding.ts';
import { lastAttemptEntries } from './last-attempt.ts';
import { findingOfAttempt } from './name-cause.ts';

export interface LastSignInQuery {
  endpoint: string;
  /** The reader's app (the one that signs in), not the M2M app. */
  appId: string;
  credential: ManagementApiCredential;
  /** When the attempt started (unix ms, our clock). */
  startedAt: number;
  /** The browser's User-Agent, when known. */
  userAgent?: string | undefined;
}

/** How far before the attempt's start the log is read: the tenant's clock may be a little ahead or behind ours. */
export const CLOCK_SLACK_MS = 120_000;
/** Slack left once the tenant's clock offset is measured (its `Date` has whole seconds; the request took a moment). */
const MEASURED_SLACK_MS = 5_000;

function unreadable(failure: ManagementApiFailure): AuditLogFinding {
  const reason: UnreadableReason =
    failure.kind === 'unreachable'
      ? 'unreachable'
      : failure.kind === 'credential_refused'
        ? 'credential_refused'
        : failure.kind === 'no_access'
          ? 'no_access'
          : failure.kind === 'bad_answer'
            ? 'bad_answer'
            : 'tenant_error';
  return 'status' in failure ? { kind: 'unreadable', reason, status: failure.status } : { kind: 'unreadable', reason };
}

export async function readLastSignIn(query: LastSignInQuery, deps: { fetch: TenantFetch; now?: () => number }): Promise<AuditLogFinding> {
  const now = deps.now ?? Date.now;
  const token = await requestManagementApiToken(deps.fetch, query.endpoint, query.credential);
  if (!token.ok) return unreadable(token.failure);
  const read = await readAuditLog(
    deps.fetch,
    query.endpoint,
    token.value,
    { applicationId: query.appId, startTime: query.startedAt - CLOCK_SLACK_MS, endTime: now() + CLOCK_SLACK_MS },
    now,
  );
  if (!read.ok) return unreadable(read.failure);
  const { entries, clockOffsetMs } = read.value;
  const since = clockOffsetMs === undefined ? query.startedAt - CLOCK_SLACK_MS : query.startedAt + clockOffsetMs - MEASURED_SLACK_MS;
  return findingOfAttempt(lastAttemptEntries(entries, { applicationId: query.appId, since, userAgent: query.userAgent }));
}
