import type { Context, Middleware, Next } from 'koa';
import type { AuditLog } from './audit-log.ts';
import { LogEntryDraft, loggedError } from './log-entry.ts';
import type { LogPayload } from './log-entry.ts';

/** What a request's handlers (and the OIDC provider's event listeners) use to write entries. */
export type LogContext = {
  /** A new entry of this request; each call is one more entry. */
  createLog(key: string): LogEntryDraft;
  /** Puts `payload` before what every entry of this request holds so far. */
  prependAll(payload: LogPayload): void;
  /** Drops the request's entries: what happens never reached the tenant (a simulated outage in front of it). */
  discard(): void;
};

// Keyed by the Koa context, which oidc-provider hands to its event listeners too (it runs mounted, on the same context).
const logContexts = new WeakMap<object, LogContext>();

export function logContextOf(ctx: object): LogContext | undefined {
  return logContexts.get(ctx);
}

/** The log context of a route behind the audit middleware (a missing one is a wiring bug). */
export function requireLogContext(ctx: object): LogContext {
  const context = logContexts.get(ctx);
  if (!context) throw new Error('this route runs without the audit log middleware');
  return context;
}

/**
 * Logto's koa-audit-log: gives the request a log context; when the request fails, every entry gets
 * `result: "Error"` and the error (log-entry.ts's `loggedError`); at the end each entry is inserted with
 * the request's `ip` and `userAgent` first. A request that created no entry writes nothing.
 */
export function auditLogMiddleware(auditLog: AuditLog): Middleware {
  return async (ctx: Context, next: Next): Promise<void> => {
    let entries: LogEntryDraft[] = [];
    logContexts.set(ctx, {
      createLog: (key) => {
        const entry = new LogEntryDraft(key, auditLog.profile.isMaskedKey);
        entries.push(entry);
        return entry;
      },
      prependAll: (payload) => {
        for (const entry of entries) entry.prepend(payload);
      },
      discard: () => {
        entries = [];
      },
    });
    try {
      await next();
    } catch (error) {
      for (const entry of entries) entry.append({ result: 'Error', error: loggedError(error) });
      throw error;
    } finally {
      logContexts.delete(ctx);
      const userAgent = ctx.get('user-agent') || undefined;
      const base = { ip: ctx.request.ip, ...(userAgent === undefined ? {} : { userAgent }) };
      for (const entry of entries) await auditLog.insert(entry.key, { ...base, ...entry.payload });
    }
  };
}
