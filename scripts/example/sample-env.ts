import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseEnv } from 'node:util';
import { z } from 'zod';
import type { SampleId } from '../../src/lib/local-tenant-defaults.ts';
import { SampleError, sampleDir } from './paths.ts';

/** What every sample reads from its environment (examples/<id>/.env.example names the same). */
export const sampleEnvSchema = z.object({
  LOGTO_ENDPOINT: z.url({ protocol: /^https?$/, error: 'LOGTO_ENDPOINT must be your tenant’s URL, e.g. https://abc123.logto.app' }),
  LOGTO_APP_ID: z.string().regex(/^[\w-]+$/, 'LOGTO_APP_ID must be the App ID from the Logto Console'),
  LOGTO_APP_SECRET: z.string().min(1, 'LOGTO_APP_SECRET must be the App secret from the Logto Console'),
  BASE_URL: z
    .url({ protocol: /^https?$/, error: 'BASE_URL must be where the sample runs, e.g. http://localhost:3000' })
    .refine((value) => new URL(value).pathname === '/', 'BASE_URL must be an origin, with no path')
    .transform((value) => value.replace(/\/+$/, '')),
  SESSION_SECRET: z.string().min(16, 'SESSION_SECRET must be a long random string (16 characters or more)'),
});
export type SampleEnv = z.infer<typeof sampleEnvSchema>;

/** The placeholder values .env.example holds: a .env still holding them was not filled in. */
const placeholderValues = new Set(['https://your-tenant.logto.app', 'your-app-id', 'your-app-secret', 'replace-with-a-long-random-string']);

/** examples/<id>/.env, the reader's own tenant, if they made one. */
export function readerEnvFile(id: SampleId): string {
  return join(sampleDir(id), '.env');
}

export function hasReaderEnv(id: SampleId): boolean {
  return existsSync(readerEnvFile(id));
}

/** Reads and checks examples/<id>/.env (or `file`); a problem is one line per variable, never a value. */
export function readReaderEnv(id: SampleId, file?: string): SampleEnv {
  const path = file ?? readerEnvFile(id);
  const name = file ?? `examples/${id}/.env`;
  if (!existsSync(path)) throw new SampleError(`${name} does not exist.`);
  const values = parseEnv(readFileSync(path, 'utf8'));
  const parsed = sampleEnvSchema.safeParse(values);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => `  - ${issue.path.join('.') || 'value'}: ${issue.message}`);
    throw new SampleError(`${name} is not complete:\n${lines.join('\n')}`);
  }
  const unfilled = Object.entries(values).filter(([, value]) => value !== undefined && placeholderValues.has(value)).map(([name]) => name);
  if (unfilled.length > 0) throw new SampleError(`${name} still holds the example values of ${unfilled.join(', ')}: put in your tenant's.`);
  return parsed.data;
}
