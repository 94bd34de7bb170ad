import { bodyParser } from '@koa/bodyparser';
import type { Middleware } from 'koa';

/**
 * The bodies this process reads (the experience API's JSON, the Naver mock's consent and token forms)
 * are a few hundred bytes; anything over this is refused before it is buffered.
 */
const bodyLimit = '64kb';

/** Why a body was refused: over the limit (413), or not parseable as its content type says (400). */
type BodyFailure = 'too-large' | 'malformed';

function failureOf(error: unknown): BodyFailure {
  const status = typeof error === 'object' && error !== null && 'status' in error ? error.status : undefined;
  return status === 413 ? 'too-large' : 'malformed';
}

/**
 * `@koa/bodyparser` with small limits, reading only the given content types (others leave
 * `ctx.request.body` as `{}`). `refuse` turns a failure into the error each caller answers with, so the
 * experience API keeps Logto's `guard.invalid_input` and the Naver mock its own `invalid_request`.
 */
export function boundedBodyParser(types: ('json' | 'form')[], refuse: (failure: BodyFailure) => Error): Middleware {
  return bodyParser({
    enableTypes: types,
    jsonLimit: bodyLimit,
    formLimit: bodyLimit,
    onError: (error) => {
      throw refuse(failureOf(error));
    },
  });
}
