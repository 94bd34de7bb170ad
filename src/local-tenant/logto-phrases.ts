/**
 * Logto's English phrases for the error codes this tenant answers with (packages/phrases errors.*): one
 * table for what the experience API's errors (experience/request-error.ts) and the OIDC error bodies
 * (oidc/error-body.ts) say, so it sits below both.
 */
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

export type LogtoErrorCode = keyof typeof phrases;

export function logtoPhrase(code: LogtoErrorCode): string {
  return phrases[code];
}
