/**
 * The production server's environment, parsed once with zod. It decides the playground mode here (one
 * source of truth): PUBLIC unless HOST is a loopback address or PLAYGROUND_MODE says otherwise, and a
 * PUBLIC server needs COOKIE_SECRET and SITE_ORIGIN before it may start.
 */
import * as z from 'zod';
import { DEFAULT_PORTS } from '../lib/local-tenant-defaults.ts';
import { isLoopbackHost } from '../lib/loopback-host.ts';

export type PlaygroundMode = 'LOCAL' | 'PUBLIC';

export interface ServerConfig {
  host: string;
  port: number;
  mode: PlaygroundMode;
  /** The public origin (`https://guide.example.com`), normalised; undefined when not configured. */
  siteOrigin: URL | undefined;
  cookieSecret: string | undefined;
  /** How many proxies in front of the server append to X-Forwarded-For; 0: trust no forwarded header. */
  trustProxyHops: number;
  /** The Astro build to serve (ASTRO_OUT_DIR, as at build time). */
  outDir: string;
}

/** A configuration the server refuses to start with; its message is the one line the operator sees. */
export class ServerConfigError extends Error {
  override name = 'ServerConfigError';
}

// Unset and empty mean the same thing: `FOO= npm start` must not count as configured.
const optional = <T extends z.ZodType>(schema: T) =>
  z.preprocess((value) => (value === '' ? undefined : value), schema.optional());

const trustProxy = z
  .string()
  .regex(/^(true|false|\d{1,2})$/, 'TRUST_PROXY must be true, false or the number of proxies in front (1, 2, …)')
  .transform((value) => (value === 'true' ? 1 : value === 'false' ? 0 : Number(value)));

const siteOrigin = z
  .url({ protocol: /^https?$/, error: 'SITE_ORIGIN must be an http(s) origin such as https://guide.example.com' })
  .transform((value) => new URL(value))
  .refine((url) => url.pathname === '/' && !url.search && !url.hash && !url.username && !url.password, {
    error: 'SITE_ORIGIN must be an origin only (scheme, host and port), without a path',
  })
  .transform((url) => new URL(url.origin));

const environment = z.object({
  HOST: optional(z.string()).default('localhost'),
  PORT: optional(z.coerce.number().int().min(0).max(65535)).default(DEFAULT_PORTS.site),
  PLAYGROUND_MODE: optional(z.enum(['LOCAL', 'PUBLIC'])),
  COOKIE_SECRET: optional(z.string().min(32, 'COOKIE_SECRET must be at least 32 characters')),
  SITE_ORIGIN: optional(siteOrigin),
  TRUST_PROXY: optional(trustProxy).default(0),
  ASTRO_OUT_DIR: optional(z.string()).default('dist'),
});

export function parseServerEnv(env: Record<string, string | undefined>): ServerConfig {
  const parsed = environment.safeParse(env);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new ServerConfigError(`${String(issue?.path[0] ?? 'environment')}: ${issue?.message ?? 'invalid'}`);
  }
  const { HOST, PORT, PLAYGROUND_MODE, COOKIE_SECRET, SITE_ORIGIN, TRUST_PROXY, ASTRO_OUT_DIR } = parsed.data;
  const mode: PlaygroundMode = PLAYGROUND_MODE ?? (isLoopbackHost(HOST) ? 'LOCAL' : 'PUBLIC');
  if (mode === 'PUBLIC') {
    const why = PLAYGROUND_MODE ? 'PLAYGROUND_MODE=PUBLIC' : `HOST=${HOST} is not a loopback address, so the mode is PUBLIC`;
    if (!COOKIE_SECRET) {
      throw new ServerConfigError(`COOKIE_SECRET is required: ${why} (set 32+ random characters, e.g. openssl rand -base64 32)`);
    }
    if (!SITE_ORIGIN) {
      throw new ServerConfigError(`SITE_ORIGIN is required: ${why} (the public origin readers use, e.g. https://guide.example.com)`);
    }
  }
  return {
    host: HOST,
    port: PORT,
    mode,
    siteOrigin: SITE_ORIGIN,
    cookieSecret: COOKIE_SECRET,
    trustProxyHops: TRUST_PROXY,
    outDir: ASTRO_OUT_DIR,
  };
}

/**
 * What the Astro app reads through astro:env: the same decisions, so the app and the server can never
 * disagree about the mode or the origin.
 */
export function appEnvironment(config: ServerConfig): Record<string, string> {
  return {
    PLAYGROUND_MODE: config.mode,
    ...(config.siteOrigin ? { SITE_ORIGIN: config.siteOrigin.origin } : {}),
  };
}
