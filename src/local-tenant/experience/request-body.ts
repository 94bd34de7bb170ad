import type { Context } from 'koa';
import type { z } from 'zod';
import { boundedBodyParser } from '../http/body-parser.ts';
import { RequestError } from '../http/request-error.ts';

/** Reads JSON bodies; too large is Logto's 413 and broken JSON its 400, both `guard.invalid_input`. */
export const experienceBodyParser = boundedBodyParser(
  ['json'],
  (failure) => new RequestError('guard.invalid_input', failure === 'too-large' ? 413 : 400, { values: { type: 'body' } }),
);

/** The parsed body checked against `schema`; a body that does not fit is Logto's 400 `guard.invalid_input`. */
export function checkedBody<T extends z.ZodType>(ctx: Context, schema: T): z.infer<T> {
  const parsed = schema.safeParse(ctx.request.body ?? {});
  if (!parsed.success) {
    throw new RequestError('guard.invalid_input', 400, {
      values: { type: 'body' },
      data: parsed.error.issues.map((issue) => ({ path: issue.path.map(String).join('.'), message: issue.message })),
    });
  }
  return parsed.data;
}
