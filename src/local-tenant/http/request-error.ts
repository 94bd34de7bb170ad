/**
 * Logto's API error (packages/core/src/errors/RequestError): a `code` from Logto's phrase table
 * (../logto-phrases.ts), an HTTP status, and a body `{code, data?, message}`. Its `message` is English,
 * as Logto builds it "for server-side logging" (the audit log records it); the body is in the request's
 * language.
 */
import { localizedLogtoPhrase, logtoPhrase } from '../logto-phrases.ts';
import type { LogtoErrorCode } from '../logto-phrases.ts';
import type { PageLang } from './locale.ts';

export class RequestError extends Error {
  readonly code: LogtoErrorCode;
  readonly status: number;
  readonly data: unknown;
  readonly #values: Readonly<Record<string, string>>;

  constructor(code: LogtoErrorCode, status: number, options: { data?: unknown; values?: Record<string, string> } = {}) {
    const values = options.values ?? {};
    super(logtoPhrase(code, values));
    this.name = 'RequestError';
    this.code = code;
    this.status = status;
    this.data = options.data;
    this.#values = values;
  }

  /** What the API answers, in `lang`. */
  toBody(lang: PageLang): Record<string, unknown> {
    return requestErrorBody(this.code, localizedLogtoPhrase(this.code, lang, this.#values), this.data);
  }
}

/** A body in Logto's order; `data` is left out when there is none. */
export function requestErrorBody(code: string, message: string, data?: unknown): Record<string, unknown> {
  return data === undefined ? { code, message } : { code, data, message };
}
