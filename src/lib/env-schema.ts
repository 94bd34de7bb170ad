/**
 * The pieces of an environment schema the site's server (src/server/env.ts) and the sandbox
 * (src/local-tenant/config/tenant-env.ts) both read their variables with, so an origin variable
 * means the same thing to both.
 */
import * as z from 'zod';

/** Unset and empty mean the same thing: `FOO= npm start` must not count as configured. */
export const optionalEnv = <T extends z.ZodType>(schema: T) =>
  z.preprocess((value) => (value === '' ? undefined : value), schema.optional());

/** An http(s) origin (scheme, host and port, nothing else), named in its refusal with an example. */
export const originEnv = (name: string, example: string) =>
  z
    .url({ protocol: /^https?$/, error: `${name} must be an http(s) origin such as ${example}` })
    .transform((value) => new URL(value))
    .refine((url) => url.pathname === '/' && !url.search && !url.hash && !url.username && !url.password, {
      error: `${name} must be an origin only (scheme, host and port), without a path`,
    })
    .transform((url) => new URL(url.origin));
