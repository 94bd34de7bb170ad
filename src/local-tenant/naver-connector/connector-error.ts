/** The subset of connector-kit's ConnectorErrorCodes this connector raises. */
export type ConnectorErrorCode = 'general' | 'invalid_response' | 'social_auth_code_invalid' | 'social_invalid_access_token';

/**
 * connector-kit's ConnectorError, as Logto core meets it: the message is `ConnectorError: ` and the JSON of
 * `data` (or the code when there is none), and the name stays `Error`, so `String(error)`, which Logto's
 * audit log records, reads `Error: ConnectorError: …`. A string `data` is kept as `{message}`, as
 * connector-kit does; core's connector error handler maps the code to the API's answer
 * (experience/connector-error-handler.ts).
 */
export class ConnectorError extends Error {
  readonly code: ConnectorErrorCode;
  readonly data: unknown;

  constructor(code: ConnectorErrorCode, data?: unknown) {
    super(`ConnectorError: ${data ? JSON.stringify(data) : code}`);
    this.code = code;
    this.data = typeof data === 'string' ? { message: data } : data;
  }
}
