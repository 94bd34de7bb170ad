/**
 * What `got` throws inside the real connector, and what escapes it uncaught to Logto core (which answers
 * 500 "Internal server error."): the audit log records `String(error)`, so the names and messages are
 * got's own: `HTTPError: Response code 401 (Unauthorized)`, `RequestError: connect ECONNREFUSED
 * 127.0.0.1:443`, `TimeoutError: Timeout awaiting 'request' for 5000ms`. This connector calls Naver with
 * fetch, and turns its failures into these.
 */

/** A non-2xx answer (got's `throwHttpErrors`). */
export class NaverHttpError extends Error {
  readonly statusCode: number;

  constructor(statusCode: number, statusMessage: string) {
    super(`Response code ${statusCode} (${statusMessage})`);
    this.name = 'HTTPError';
    this.statusCode = statusCode;
  }
}

/** No answer: the connection failed (refused, reset, DNS). The message is the socket's, with the address tried. */
export class NaverRequestError extends Error {
  constructor(message: string, options: { cause?: unknown } = {}) {
    super(message, options);
    this.name = 'RequestError';
  }
}

/** No answer within the connector's time-out. */
export class NaverTimeoutError extends Error {
  constructor(timeoutMs: number) {
    super(`Timeout awaiting 'request' for ${timeoutMs}ms`);
    this.name = 'TimeoutError';
  }
}

/** The socket error under fetch's `TypeError: fetch failed` (undici puts it in `cause`; with several addresses, an AggregateError). */
function socketErrorOf(error: unknown): Error | undefined {
  const cause = error instanceof Error ? error.cause : undefined;
  if (cause instanceof AggregateError) return cause.errors.findLast((inner: unknown): inner is Error => inner instanceof Error);
  return cause instanceof Error ? cause : undefined;
}

/** fetch's failure as got would have reported it. */
export function asGotError(error: unknown, timeoutMs: number): Error {
  if (error instanceof Error && error.name === 'TimeoutError') return new NaverTimeoutError(timeoutMs);
  const socketError = socketErrorOf(error);
  return new NaverRequestError(socketError?.message || (error instanceof Error ? error.message : 'request failed'), { cause: error });
}
