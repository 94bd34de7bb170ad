/**
 * Logto's API error (packages/core/src/errors/RequestError): a `code` from Logto's phrase table
 * (../logto-phrases.ts), an HTTP status, and a body `{code, data?, message}`.
 */
import { logtoPhrase, type LogtoErrorCode } from '../logto-phrases.ts';

export class RequestError extends Error {
  readonly code: string;
  readonly status: number;
  readonly data: unknown;

  constructor(code: LogtoErrorCode, status: number, options: { data?: unknown; values?: Record<string, string> } = {}) {
    const values = options.values ?? {};
    super(logtoPhrase(code).replace(/\{(\w+)\}/g, (match, key: string) => values[key] ?? match));
    this.name = 'RequestError';
    this.code = code;
    this.status = status;
    this.data = options.data;
  }
}

/** A body in Logto's order; `data` is left out when there is none. */
export function requestErrorBody(code: string, message: string, data?: unknown): Record<string, unknown> {
  return data === undefined ? { code, message } : { code, data, message };
}
