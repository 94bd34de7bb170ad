import type { Context, Next } from 'koa';
import { errors } from 'oidc-provider';
import { pickPageLang } from '../http/locale.ts';
import { ConnectorError } from '../naver-connector/index.ts';
import { fromConnectorError } from './connector-errors.ts';
import { RequestError } from '../http/request-error.ts';
import { sandboxUnavailable } from '../http/sandbox-unavailable.ts';
import { isStoreUnavailable } from '../store/store-unavailable.ts';

type ErrorLogger = (line: string) => void;

/** What real Logto answers for an error that is not one of its own, in every language. */
export const internalServerErrorMessage = 'Internal server error.';

function asRequestError(error: unknown): RequestError | undefined {
  if (error instanceof RequestError) return error;
  if (error instanceof ConnectorError) return fromConnectorError(error);
  // oidc-provider's missing interaction (no or expired cookies): Logto's `session.not_found`.
  if (error instanceof errors.SessionNotFound) return new RequestError('session.not_found', 400);
  return undefined;
}

/**
 * Logto core's outer handlers for `/api` (koa-connector-error-handler, then koa-error-handler): its own
 * errors as `{code, data?, message}` with their status and the message in the request's language;
 * anything else as the bare 500 `{"message":"Internal server error."}`, not localized. Logs name the
 * error only, never data.
 */
export function apiErrorHandler(log: ErrorLogger) {
  return async (ctx: Context, next: Next): Promise<void> => {
    try {
      await next();
    } catch (error) {
      ctx.set('cache-control', 'no-store');
      const requestError = asRequestError(error);
      if (requestError) {
        ctx.status = requestError.status;
        ctx.body = requestError.toBody(pickPageLang(undefined, ctx));
        return;
      }
      // The sandbox's store gone (Redis down): "the sandbox is unavailable", in the request's language.
      if (isStoreUnavailable(error)) {
        sandboxUnavailable(ctx);
        return;
      }
      log(`API ${ctx.method} ${ctx.path} failed: ${error instanceof Error ? error.name : 'unknown error'}`);
      ctx.status = 500;
      ctx.body = { message: internalServerErrorMessage };
    }
  };
}
