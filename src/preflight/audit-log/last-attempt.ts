/**
 * The entries of the last sign-in attempt, out of an app's audit log. Logto's experience entries carry
 * no session or interaction id (../shared/reference/real-logto-faults.md), so an attempt is found the
 * way the records say: by app, by time from the attempt's start, and by the browser's address and user
 * agent. The playground's own server-side calls write entries too (its token exchange, its Run checks
 * walk through the sign-in page's API), with the server's user agent: those are never the browser's.
 */
import type { AuditLogFacts } from '../../tenant/management-api.ts';

/** The user agents of server-side calls (the site's and the CLI's fetch is undici's; Node's own says `node`). */
const SERVER_USER_AGENTS = /^(undici|node)(\/|$)/i;

export function isServerSideEntry(entry: AuditLogFacts): boolean {
  return !entry.userAgent || SERVER_USER_AGENTS.test(entry.userAgent);
}

export interface LastAttemptQuery {
  applicationId: string;
  /** When the attempt started, on the tenant's clock (the site's time plus the measured offset), less a little slack. */
  since: number;
  /** The browser's User-Agent, when known (the panel's request has it; the CLI does not). */
  userAgent?: string | undefined;
}

/**
 * The last attempt's browser entries, oldest first: from the last browser `Interaction.Create` of a
 * direct sign-in since `since` (each attempt starts with one), the entries after it with its address and
 * user agent. Undefined when no attempt by this browser started in the window.
 */
export function lastAttemptEntries(entries: readonly AuditLogFacts[], query: LastAttemptQuery): AuditLogFacts[] | undefined {
  const browser = entries.filter(
    (entry) =>
      entry.applicationId === query.applicationId &&
      entry.createdAt >= query.since &&
      !isServerSideEntry(entry) &&
      (query.userAgent === undefined || entry.userAgent === query.userAgent),
  );
  const startIndex = browser.findLastIndex((entry) => entry.directSignIn);
  const start = browser[startIndex];
  if (!start) return undefined;
  return browser.slice(startIndex).filter((entry) => entry.ip === start.ip && entry.userAgent === start.userAgent);
}
