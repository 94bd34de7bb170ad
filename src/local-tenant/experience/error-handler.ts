import type { Context, Next } from 'koa';
import { errors } from 'oidc-provider';
import { ConnectorError, internalServerErrorMessage } from '../naver-connector/index.ts';
import { RequestError, requestErrorBody } from './request-error.ts';

type ErrorLogger = (line: string) => void;

/**
 * Turns what the experience API throws into Logto's answers: RequestError and connector errors as
 * `{code, data?, message}` with their status, oidc-provider's missing interaction as
 * `session.not_found`, anything else as Logto's bare 500. Logs name the error only, never data.
 */
export function experienceErrorHandler(log: ErrorLogger) {
  return async (ctx: Context, next: Next): Promise<void> => {
    try {
      await next();
    } catch (error) {
      ctx.set('cache-control', 'no-store');
      if (error instanceof RequestError) {
        ctx.status = error.status;
        ctx.body = requestErrorBody(error.code, error.message, error.data);
      } else if (error instanceof ConnectorError) {
        ctx.status = error.status;
        ctx.body =
          error.status >= 500
            ? { message: internalServerErrorMessage }
            : requestErrorBody(`connector.${error.code}`, error.message, error.data);
      } else if (error instanceof errors.SessionNotFound) {
        const notFound = new RequestError('session.not_found', 400);
        ctx.status = notFound.status;
        ctx.body = requestErrorBody(notFound.code, notFound.message);
      } else {
        log(`experience API ${ctx.method} ${ctx.path} failed: ${error instanceof Error ? error.name : 'unknown error'}`);
        ctx.status = 500;
        ctx.body = { message: internalServerErrorMessage };
      }
    }
  };
}
