import { RequestError } from '../http/request-error.ts';

export type LogPayload = Record<string, unknown>;

/** One entry as `GET /api/logs` answers it: `createdAt` in unix ms, the request's data in `payload`. */
export type AuditLogEntry = {
  tenantId: string;
  id: string;
  key: string;
  createdAt: number;
  payload: LogPayload;
};

function withoutUndefined(data: LogPayload): LogPayload {
  return Object.fromEntries(Object.entries(data).filter(([, value]) => value !== undefined));
}

function masked(value: unknown, isMaskedKey: (key: string) => boolean): unknown {
  if (Array.isArray(value)) return value.map((element) => masked(element, isMaskedKey));
  // Logto's own test for a record: any non-null object that is not an array (class instances included).
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(
      Object.entries(value).map(([key, element]) => [key, isMaskedKey(key) ? '******' : masked(element, isMaskedKey)]),
    );
  }
  return value;
}

/**
 * An entry being written during a request (Logto's LogEntry, koa-audit-log.ts): it starts as
 * `{key, result: "Success"}`; `append` spreads data after what is there (masking the profile's keys),
 * `prepend` before it (unmasked, as in Logto: request context such as `applicationId` and `interaction`).
 */
export class LogEntryDraft {
  readonly key: string;
  payload: LogPayload;
  readonly #isMaskedKey: (key: string) => boolean;

  constructor(key: string, isMaskedKey: (key: string) => boolean) {
    this.key = key;
    this.payload = { key, result: 'Success' };
    this.#isMaskedKey = isMaskedKey;
  }

  prepend(data: LogPayload): void {
    this.payload = { ...withoutUndefined(data), ...this.payload };
  }

  append(data: LogPayload): void {
    this.payload = { ...this.payload, ...(masked(withoutUndefined(data), this.#isMaskedKey) as LogPayload) };
  }
}

/**
 * What Logto's log records of an error that ended a request: a RequestError as `{message, code, data}`
 * with the English message; anything else (a connector's own error, got's, a bug) as `{message:
 * String(error)}`, so the raw connector failure shows before core maps it to an answer.
 */
export function loggedError(error: unknown): LogPayload {
  if (error instanceof RequestError) return withoutUndefined({ message: error.message, code: error.code, data: error.data });
  return { message: String(error) };
}
