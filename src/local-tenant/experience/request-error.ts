/**
 * Logto's API error (packages/core/src/errors/RequestError): a `code` from Logto's phrase table, an
 * HTTP status, and a body `{code, data?, message}`.
 */

/** Logto's English phrases for the codes the experience API answers with (packages/phrases errors.*). */
const phrases = {
  'session.not_found': 'Session not found. Please go back and sign in again.',
  'session.verification_session_not_found':
    'The verification session was not found. Please go back and start the sign-in again.',
  'session.verification_failed': 'The verification was not successful. Restart the verification flow and try again.',
  'session.identifier_not_found': 'User identifier not found. Please go back and sign in again.',
  'session.interaction_not_found': 'Interaction session not found. Please go back and start the session again.',
  'user.identity_not_exist': 'The social account has not been registered yet.',
  'user.identity_already_in_use': 'The social account has been associated with an existing account.',
  'user.missing_profile': 'You need to provide additional info before signing-in.',
  'user.username_already_in_use': 'This username is already in use.',
  'user.invalid_username': 'Invalid username.',
  'entity.not_exists_with_id': 'The connector with ID `{id}` does not exist.',
  'connector.not_enabled': 'The connector is not enabled.',
  'auth.forbidden': 'Forbidden.',
  'connector.not_implemented': '{method}: has not been implemented yet.',
  'guard.invalid_input': 'The request {type} is invalid.',
  'request.general': 'Request error occurred.',
} as const;

type RequestErrorCode = keyof typeof phrases;

export function logtoPhrase(code: RequestErrorCode): string {
  return phrases[code];
}

export class RequestError extends Error {
  readonly code: string;
  readonly status: number;
  readonly data: unknown;

  constructor(code: RequestErrorCode, status: number, options: { data?: unknown; values?: Record<string, string> } = {}) {
    const values = options.values ?? {};
    super(phrases[code].replace(/\{(\w+)\}/g, (match, key: string) => values[key] ?? match));
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
