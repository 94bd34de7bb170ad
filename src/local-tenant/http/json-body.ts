import type { Context } from 'koa';
import type { z } from 'zod';
import { RequestError } from '../experience/request-error.ts';

const maxBodyBytes = 64 * 1024;

async function readText(ctx: Context): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of ctx.req) {
    const buffer = Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk));
    size += buffer.length;
    if (size > maxBodyBytes) throw new RequestError('guard.invalid_input', 413, { values: { type: 'body' } });
    chunks.push(buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/** The JSON request body checked against `schema`; a bad body is Logto's 400 `guard.invalid_input`. */
export async function readJsonBody<T extends z.ZodType>(ctx: Context, schema: T): Promise<z.infer<T>> {
  const text = await readText(ctx);
  let json: unknown;
  try {
    json = text.length === 0 ? {} : JSON.parse(text);
  } catch {
    throw new RequestError('guard.invalid_input', 400, { values: { type: 'body' } });
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) {
    throw new RequestError('guard.invalid_input', 400, {
      values: { type: 'body' },
      data: parsed.error.issues.map((issue) => ({ path: issue.path.map(String).join('.'), message: issue.message })),
    });
  }
  return parsed.data;
}
