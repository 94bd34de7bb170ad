/**
 * The SDK's requester, as @logto/client's `createRequester` builds it (same errors, same codes) but
 * without its `console.error` of every error body: the tenant is whatever URL a reader typed, and the
 * server log must not carry what it answers (see src/playground/request-context.ts).
 */
import { LogtoError, LogtoRequestError, type ClientAdapter } from '@logto/node';
import { z } from 'zod';

/** Logto's own error body (`{code, message}`); anything else is an unexpected response. */
const logtoErrorBodySchema = z.object({ code: z.string(), message: z.string() });

export function createQuietRequester(fetchFn: typeof fetch): ClientAdapter['requester'] {
  const requester = async (input: Parameters<typeof fetch>[0], init?: Parameters<typeof fetch>[1]) => {
    const response = await fetchFn(input, init);
    if (response.ok) return response.json();
    const body: unknown = await response.clone().json().catch(() => undefined);
    if (body === undefined) {
      throw new LogtoRequestError(response.status === 429 ? 'rate_limited' : `http_error_${response.status}`, response.statusText, response);
    }
    const known = logtoErrorBodySchema.safeParse(body);
    if (!known.success) throw new LogtoError('unexpected_response_error', body);
    throw new LogtoRequestError(known.data.code, known.data.message, response);
  };
  return requester as ClientAdapter['requester'];
}
