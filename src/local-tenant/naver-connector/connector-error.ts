/** The subset of Logto's ConnectorErrorCodes this connector raises. */
type ConnectorErrorCode =
  | 'general'
  | 'invalid_response'
  | 'social_auth_code_invalid'
  | 'social_invalid_access_token';

/** Logto's English phrases for these codes (packages/phrases, errors.connector.*). */
const messages: Record<ConnectorErrorCode, string> = {
  general: 'Error occurred in connector: {description}',
  invalid_response: "The connector's response is invalid.",
  social_auth_code_invalid: 'Unable to get access token, please check authorization code.',
  social_invalid_access_token: "The connector's access token is invalid.",
};

/** The HTTP status Logto core answers with for each code (koa-connector-error-handler). */
const statuses: Record<ConnectorErrorCode, number> = {
  general: 400,
  invalid_response: 400,
  social_auth_code_invalid: 401,
  social_invalid_access_token: 401,
};

/** What real Logto answers when the connector throws something that is not a ConnectorError. */
export const internalServerErrorMessage = 'Internal server error.';

/**
 * A connector failure carrying the status Logto would answer with. `status: 500` marks the cases where
 * real Logto's connector lets a raw HTTP or network error escape and core answers 500
 * "Internal server error." with no `connector.*` code.
 */
export class ConnectorError extends Error {
  readonly code: ConnectorErrorCode;
  readonly status: number;
  /** What Naver said, for diagnosis (never a secret, code or token). */
  readonly data: unknown;

  constructor(
    code: ConnectorErrorCode,
    options: { description?: string; status?: number; data?: unknown; cause?: unknown } = {},
  ) {
    const status = options.status ?? statuses[code];
    const message =
      status === 500
        ? internalServerErrorMessage
        : messages[code].replace('{description}', options.description ?? '');
    super(message, { cause: options.cause });
    this.name = 'ConnectorError';
    this.code = code;
    this.status = status;
    this.data = options.data;
  }
}
