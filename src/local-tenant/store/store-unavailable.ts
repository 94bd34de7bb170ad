/**
 * The store could not be reached (Redis went away): the reader is told the sandbox is unavailable
 * (../http/sandbox-unavailable.ts), never shown a stack trace. The message names the failure's code
 * only: a Redis error can carry the host, and a URL a password.
 */
export class StoreUnavailableError extends Error {
  override name = 'StoreUnavailableError';

  constructor(code: string, options: { cause?: unknown } = {}) {
    super(`the sandbox's store is unavailable (${code})`, options);
  }
}

/** True for the store's failure, also when a library wrapped it (oidc-provider, Koa) as a cause. */
export function isStoreUnavailable(error: unknown): boolean {
  for (let current = error, depth = 0; current instanceof Error && depth < 5; current = current.cause, depth += 1) {
    if (current instanceof StoreUnavailableError) return true;
  }
  return false;
}
