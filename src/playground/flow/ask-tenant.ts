/**
 * "Ask the tenant": for a sign-in that did not come back, read the tenant's audit log with the
 * reader's Management API credential and keep what it says (the finding: a cause and the entry's key,
 * never a value of the log) with the attempt, for the panel to show. Only while the site offers the
 * audit-log diagnosis, the reader gave a credential, and the last sign-in is still waiting for its return.
 */
import { readLastSignIn } from '../../preflight/audit-log/read-last-sign-in.ts';
import type { PlaygroundContext } from './context.ts';

/** The browser's User-Agent, as the tenant logged it for the sign-in page's calls (bounded). */
export function readerUserAgent(header: string | null): string | undefined {
  const value = header?.trim();
  return value && value.length <= 1024 ? value : undefined;
}

export async function askTenant(ctx: PlaygroundContext, userAgent: string | undefined): Promise<void> {
  const credential = ctx.settings.managementApi;
  if (!ctx.auditLogDiagnosis || !credential) return;
  const attempt = await ctx.state.attempt();
  if (attempt?.kind !== 'sign-in' || attempt.status !== 'pending') return;
  const finding = await readLastSignIn(
    { endpoint: ctx.settings.endpoint, appId: ctx.settings.appId, credential, startedAt: attempt.startedAt, userAgent },
    { fetch: ctx.fetch, now: ctx.now },
  );
  await ctx.state.saveAttempt({ ...attempt, auditLogFinding: finding });
}
