/**
 * The local tenant's environment (`npm run tenant`, main.ts), parsed once with zod. Unset, it is what
 * `npm start` has always run: the tenant on http://localhost:3001, its Naver mock on :3002, keys of
 * this process alone, state in memory, the fixed test accounts for everyone. As a public sandbox (given
 * TENANT_ORIGIN, PLAYGROUND_MODE=PUBLIC, or a HOST other than loopback) it needs TENANT_SECRET and
 * both public origins, and refuses to start without them in one line naming the variable.
 */
import * as z from 'zod';
import { optionalEnv as optional, originEnv as origin } from '../../lib/env-schema.ts';
import { connectToSchema, type ConnectTo } from '../../lib/connect-to.ts';
import { portsFromEnv } from '../../lib/local-tenant-defaults.ts';
import { isLoopbackHost } from '../../lib/loopback-host.ts';
import { trustProxySchema } from '../../lib/trust-proxy.ts';
import { noTrustedClients, trustedClientsSchema, type TrustedClients } from '../http/trusted-clients.ts';
import { logtoVersionFromEnv } from './logto-version.ts';
import type { LogtoVersion } from './logto-version.ts';

/** The minimum TENANT_SECRET length: 32 characters, as COOKIE_SECRET on the site. */
export const minTenantSecretLength = 32;

/** A configuration the tenant refuses to start with; its message is the one line the operator sees. */
export class TenantEnvError extends Error {
  override name = 'TenantEnvError';
}


export type TenantEnv = {
  host: string;
  ports: { site: number; tenant: number; naverMock: number };
  /** PUBLIC: a sandbox anyone may reach (visitors kept apart, rate limits, TENANT_SECRET). */
  publicSandbox: boolean;
  /** The tenant's public origin (issuer `${origin}/oidc`); undefined: http://HOST:TENANT_PORT. */
  tenantOrigin: URL | undefined;
  /** The Naver mock's public origin; undefined: http://HOST:NAVER_MOCK_PORT. */
  naverMockOrigin: URL | undefined;
  /** Where the connector connects for NAVER_MOCK_ORIGIN when that name is not in DNS. */
  naverMockConnect: ConnectTo | undefined;
  trustProxyHops: number;
  tenantSecret: string | undefined;
  redisUrl: string | undefined;
  siteOrigin: string;
  tenantConfigPath: string | undefined;
  /** LOGTO_VERSION: the Logto release to answer like, over the config's `logtoVersion`; undefined: the config's. */
  logtoVersion: LogtoVersion | undefined;
  /** How long a sandbox user lives (seconds) and how many are held. */
  userTtlSeconds: number;
  maxUsers: number;
  /** Counted requests per client and window on the sign-in, sign-up and token endpoints; undefined: not limited. */
  rateLimit: { points: number; windowSeconds: number } | undefined;
  /** SANDBOX_TRUSTED_CLIENTS: server-side clients (the site's egress address) the rate limit does not count. */
  trustedClients: TrustedClients;
};

const oneDay = 24 * 60 * 60;
const fourteenDays = 14 * oneDay;
/** A sign-in makes about ten counted requests (the experience API and the token exchange). */
export const defaultSandboxRateLimit = { points: 120, windowSeconds: 60 };




const count = (name: string, what: string) =>
  z.coerce.number({ error: `${name} must be a whole number of ${what}, 1 or more` }).int(`${name} must be a whole number of ${what}, 1 or more`).min(1, `${name} must be a whole number of ${what}, 1 or more`);

const environment = z.object({
  HOST: optional(z.string()).default('localhost'),
  PLAYGROUND_MODE: optional(z.enum(['LOCAL', 'PUBLIC'])),
  TENANT_ORIGIN: optional(origin('TENANT_ORIGIN', 'https://sandbox.example.com')),
  NAVER_MOCK_ORIGIN: optional(origin('NAVER_MOCK_ORIGIN', 'https://naver.sandbox.example.com')),
  NAVER_MOCK_CONNECT: optional(connectToSchema('NAVER_MOCK_CONNECT')),
  TRUST_PROXY: optional(trustProxySchema).default(0),
  TENANT_SECRET: optional(z.string().min(minTenantSecretLength, `TENANT_SECRET must be at least ${minTenantSecretLength} characters`)),
  REDIS_URL: optional(z.url({ protocol: /^rediss?$/, error: 'REDIS_URL must be a redis:// or rediss:// URL' })),
  SITE_ORIGIN: optional(z.string()),
  TENANT_CONFIG: optional(z.string()),
  // The versions and their one-line refusal are logto-version.ts's.
  LOGTO_VERSION: optional(
    z.string().transform((value, ctx) => {
      try {
        return logtoVersionFromEnv(value);
      } catch (error) {
        ctx.addIssue({ code: 'custom', message: error instanceof Error ? error.message : String(error) });
        return z.NEVER;
      }
    }),
  ),
  SANDBOX_USER_TTL_SECONDS: optional(count('SANDBOX_USER_TTL_SECONDS', 'seconds')),
  SANDBOX_MAX_USERS: optional(count('SANDBOX_MAX_USERS', 'users')).default(10_000),
  TENANT_RATE_LIMIT_POINTS: optional(count('TENANT_RATE_LIMIT_POINTS', 'requests')),
  SANDBOX_TRUSTED_CLIENTS: optional(trustedClientsSchema),
  TENANT_RATE_LIMIT_WINDOW_SECONDS: optional(count('TENANT_RATE_LIMIT_WINDOW_SECONDS', 'seconds')).default(defaultSandboxRateLimit.windowSeconds),
});

/** Why this tenant is a public sandbox, for the refusal's one line. */
function publicBecause(env: z.output<typeof environment>): string | undefined {
  if (env.PLAYGROUND_MODE === 'PUBLIC') return 'PLAYGROUND_MODE=PUBLIC';
  if (env.PLAYGROUND_MODE === undefined && env.TENANT_ORIGIN) return 'TENANT_ORIGIN is set, so the tenant is a public sandbox';
  if (env.PLAYGROUND_MODE === undefined && !isLoopbackHost(env.HOST)) return `HOST=${env.HOST} is not a loopback address, so the tenant is a public sandbox`;
  return undefined;
}

export function parseTenantEnv(env: Record<string, string | undefined>): TenantEnv {
  const parsed = environment.safeParse(env);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const name = String(issue?.path[0] ?? 'environment');
    const message = issue?.message ?? 'invalid';
    // A message that already quotes the variable (`LOGTO_VERSION=2.0 is not …`) is the whole line.
    throw new TenantEnvError(message.startsWith(`${name}=`) ? message : `${name}: ${message}`);
  }
  const data = parsed.data;
  const ports = portsFromEnv(env);
  const why = publicBecause(data);
  if (why) {
    if (!data.TENANT_SECRET) {
      throw new TenantEnvError(`TENANT_SECRET is required: ${why} (set 32+ random characters, the same on every instance, e.g. openssl rand -base64 32)`);
    }
    if (!data.TENANT_ORIGIN) throw new TenantEnvError(`TENANT_ORIGIN is required: ${why} (the sandbox's public origin, e.g. https://sandbox.example.com)`);
    if (!data.NAVER_MOCK_ORIGIN) {
      throw new TenantEnvError(`NAVER_MOCK_ORIGIN is required: ${why} (the Naver mock's public origin, e.g. https://naver.sandbox.example.com)`);
    }
  }
  const points = data.TENANT_RATE_LIMIT_POINTS ?? (why ? defaultSandboxRateLimit.points : undefined);
  return {
    host: data.HOST,
    ports,
    publicSandbox: why !== undefined,
    tenantOrigin: data.TENANT_ORIGIN,
    naverMockOrigin: data.NAVER_MOCK_ORIGIN,
    naverMockConnect: data.NAVER_MOCK_CONNECT,
    trustProxyHops: data.TRUST_PROXY,
    tenantSecret: data.TENANT_SECRET,
    redisUrl: data.REDIS_URL,
    siteOrigin: (data.SITE_ORIGIN ?? `http://localhost:${ports.site}`).replace(/\/+$/, ''),
    tenantConfigPath: data.TENANT_CONFIG,
    logtoVersion: data.LOGTO_VERSION,
    userTtlSeconds: data.SANDBOX_USER_TTL_SECONDS ?? (why ? oneDay : fourteenDays),
    maxUsers: data.SANDBOX_MAX_USERS,
    rateLimit: points === undefined ? undefined : { points, windowSeconds: data.TENANT_RATE_LIMIT_WINDOW_SECONDS },
    trustedClients: data.SANDBOX_TRUSTED_CLIENTS ?? noTrustedClients,
  };
}
