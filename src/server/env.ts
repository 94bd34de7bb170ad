/**
 * The production server's environment, parsed once with zod. It decides the playground mode here (one
 * source of truth): PUBLIC unless HOST is a loopback address or PLAYGROUND_MODE says otherwise, and a
 * PUBLIC server needs COOKIE_SECRET and SITE_ORIGIN before it may start. It decides the rate limit's
 * budget here too (see `rateLimitPointsFor`), and the sandbox: the built-in tenant and the fault lab's
 * (SANDBOX_ENDPOINT, in LOCAL mode the local tenant unless given; none in PUBLIC unless given).
 */
import * as z from 'zod';
import { optionalEnv as optional, originEnv as origin } from '../lib/env-schema.ts';
import { connectToSchema, formatConnectTo, type ConnectTo } from '../lib/connect-to.ts';
import { DEFAULT_PORTS } from '../lib/local-tenant-defaults.ts';
import { isLoopbackHost } from '../lib/loopback-host.ts';
import { trustProxySchema } from '../lib/trust-proxy.ts';

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
  /** Counted requests per client and window (src/middleware/rate-limit.ts); undefined: not limited. */
  rateLimitPoints: number | undefined;
  /**
   * The sandbox the playground offers as its built-in tenant, with the fault lab: its public origin
   * (SANDBOX_ENDPOINT) and where the site connects for it instead of by DNS (SANDBOX_CONNECT);
   * undefined: none (PUBLIC mode without SANDBOX_ENDPOINT), readers bring their own tenant.
   */
  sandbox: { endpoint: URL; connect: ConnectTo | undefined } | undefined;
}

/** LOCAL mode's sandbox when SANDBOX_ENDPOINT is not given: the local tenant `npm start` runs. */
export const localSandboxEndpoint = `http://localhost:${DEFAULT_PORTS.tenant}`;

/** The budget when RATE_LIMIT_POINTS is not set and someone other than the machine's owner can connect. */
export const defaultRateLimitPoints = 30;

/** A configuration the server refuses to start with; its message is the one line the operator sees. */
export class ServerConfigError extends Error {
  override name = 'ServerConfigError';
}




const environment = z.object({
  HOST: optional(z.string()).default('localhost'),
  PORT: optional(z.coerce.number().int().min(0).max(65535)).default(DEFAULT_PORTS.site),
  PLAYGROUND_MODE: optional(z.enum(['LOCAL', 'PUBLIC'])),
  COOKIE_SECRET: optional(z.string().min(32, 'COOKIE_SECRET must be at least 32 characters')),
  SITE_ORIGIN: optional(origin('SITE_ORIGIN', 'https://guide.example.com')),
  SANDBOX_ENDPOINT: optional(origin('SANDBOX_ENDPOINT', 'https://sandbox.example.com')),
  SANDBOX_CONNECT: optional(connectToSchema('SANDBOX_CONNECT')),
  TRUST_PROXY: optional(trustProxySchema).default(0),
  ASTRO_OUT_DIR: optional(z.string()).default('dist'),
  RATE_LIMIT_POINTS: optional(z.coerce.number({ error: 'RATE_LIMIT_POINTS must be a whole number of requests, 1 or more' }).int().min(1)),
});

/**
 * The rate limit's budget: RATE_LIMIT_POINTS when it is set; otherwise none at all when only this
 * machine's owner can reach the server, and `defaultRateLimitPoints` when anyone else may. "Only the
 * owner" means LOCAL mode bound to loopback with nothing declared in front of it: no TRUST_PROXY and no
 * SITE_ORIGIN other than a loopback one (either says a proxy or tunnel brings other people's requests,
 * which then all arrive from loopback). A Playwright suite running the guide's flow against `npm start`
 * is then never throttled; a public bind, PUBLIC mode or a proxy keep the default.
 */
function rateLimitPointsFor(
  explicit: number | undefined,
  reach: { mode: PlaygroundMode; host: string; trustProxyHops: number; siteOrigin: URL | undefined },
): number | undefined {
  if (explicit !== undefined) return explicit;
  const ownerOnly =
    reach.mode === 'LOCAL' &&
    isLoopbackHost(reach.host) &&
    reach.trustProxyHops === 0 &&
    (!reach.siteOrigin || isLoopbackHost(reach.siteOrigin.hostname));
  return ownerOnly ? undefined : defaultRateLimitPoints;
}

export function parseServerEnv(env: Record<string, string | undefined>): ServerConfig {
  const parsed = environment.safeParse(env);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new ServerConfigError(`${String(issue?.path[0] ?? 'environment')}: ${issue?.message ?? 'invalid'}`);
  }
  const { HOST, PORT, PLAYGROUND_MODE, COOKIE_SECRET, SITE_ORIGIN, TRUST_PROXY, ASTRO_OUT_DIR, RATE_LIMIT_POINTS, SANDBOX_ENDPOINT, SANDBOX_CONNECT } = parsed.data;
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
  if (SANDBOX_CONNECT && !SANDBOX_ENDPOINT) {
    throw new ServerConfigError('SANDBOX_ENDPOINT is required: SANDBOX_CONNECT says where to connect for it (the sandbox\'s public origin, e.g. https://sandbox.example.com)');
  }
  const sandboxEndpoint = SANDBOX_ENDPOINT ?? (mode === 'LOCAL' ? new URL(localSandboxEndpoint) : undefined);
  return {
    host: HOST,
    port: PORT,
    sandbox: sandboxEndpoint ? { endpoint: sandboxEndpoint, connect: SANDBOX_CONNECT } : undefined,
    mode,
    siteOrigin: SITE_ORIGIN,
    cookieSecret: COOKIE_SECRET,
    trustProxyHops: TRUST_PROXY,
    outDir: ASTRO_OUT_DIR,
    rateLimitPoints: rateLimitPointsFor(RATE_LIMIT_POINTS, { mode, host: HOST, trustProxyHops: TRUST_PROXY, siteOrigin: SITE_ORIGIN }),
  };
}

/**
 * What the Astro app reads through astro:env: the same decisions, so the app and the server can never
 * disagree about the mode, the origin or the rate limit. Undefined: the variable is removed (an empty
 * one would fail astro:env's validation, and an unset RATE_LIMIT_POINTS tells the app "not limited").
 */
export function appEnvironment(config: ServerConfig): Record<string, string | undefined> {
  return {
    PLAYGROUND_MODE: config.mode,
    SITE_ORIGIN: config.siteOrigin?.origin,
    RATE_LIMIT_POINTS: config.rateLimitPoints === undefined ? undefined : String(config.rateLimitPoints),
    SANDBOX_ENDPOINT: config.sandbox?.endpoint.origin,
    SANDBOX_CONNECT: config.sandbox?.connect ? formatConnectTo(config.sandbox.connect) : undefined,
  };
}
