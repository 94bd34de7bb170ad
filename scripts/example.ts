/**
 * `npm run example -- flask|express|next [--local] [--port N]`: starts one of the guide's sample apps
 * (examples/<id>/) so a reader runs what the guide shows in one command.
 *
 * - With examples/<id>/.env (the reader's own tenant, as .env.example shows), the sample runs against it.
 * - Without it (or with --local), against the built-in local tenant: the one already answering at
 *   TENANT_PORT (npm start's), or one started here, whose demo app registers the sample's URIs.
 *
 * The first run installs the sample's dependencies (npm ci, or a Python virtualenv) and builds Next.js;
 * later runs start at once. Ctrl+C stops the sample (and the tenant, if this started it).
 */
import { randomBytes } from 'node:crypto';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import {
  defaultSampleBaseUrl,
  LOCAL_DEMO_APP,
  portsFromEnv,
  SAMPLE_APPS,
  sampleIds,
  type SampleId,
} from '../src/lib/local-tenant-defaults.ts';
import { defaultTenantConfigInput } from '../src/local-tenant/config/default-config.ts';
import { startLocalTenant, type LocalTenant } from '../src/local-tenant/server.ts';
import { SampleError } from './example/paths.ts';
import { startSample } from './example/run-sample.ts';
import { hasReaderEnv, readReaderEnv, type SampleEnv } from './example/sample-env.ts';
import { sampleRunners } from './example/samples.ts';

const usage = `Usage: npm run example -- <${sampleIds.join('|')}> [--local] [--port N]`;

const argsSchema = z.object({
  sample: z.enum(sampleIds, { error: `Which sample? One of ${sampleIds.join(', ')}.\n${usage}` }),
  local: z.boolean(),
  port: z.coerce.number({ error: '--port must be a number' }).int().min(1).max(65535, '--port must be 1–65535').optional(),
});

function parseCommandLine(argv: string[]) {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { local: { type: 'boolean', default: false }, port: { type: 'string' } },
  });
  const parsed = argsSchema.safeParse({ sample: positionals[0], local: values.local, port: values.port });
  if (!parsed.success || positionals.length > 1) {
    throw new SampleError(parsed.success ? usage : (parsed.error.issues[0]?.message ?? usage));
  }
  return parsed.data;
}

async function tenantAnswers(endpoint: string): Promise<boolean> {
  try {
    const response = await fetch(`${endpoint}/oidc/.well-known/openid-configuration`, { signal: AbortSignal.timeout(1500) });
    await response.body?.cancel();
    return response.ok;
  } catch {
    return false;
  }
}

/** The local tenant's values for the sample, starting the tenant when none answers at TENANT_PORT. */
async function localTenantEnv(id: SampleId, port: number | undefined): Promise<{ env: SampleEnv; tenant?: LocalTenant }> {
  const ports = portsFromEnv();
  const baseUrl = port === undefined ? defaultSampleBaseUrl(id) : `http://localhost:${port}`;
  const endpoint = `http://localhost:${ports.tenant}`;
  const env: SampleEnv = {
    LOGTO_ENDPOINT: endpoint,
    LOGTO_APP_ID: LOCAL_DEMO_APP.id,
    LOGTO_APP_SECRET: LOCAL_DEMO_APP.secret,
    BASE_URL: baseUrl,
    SESSION_SECRET: randomBytes(32).toString('base64url'),
  };
  if (await tenantAnswers(endpoint)) {
    console.log(`Using the local tenant already running at ${endpoint}.`);
    if (baseUrl !== defaultSampleBaseUrl(id)) {
      console.log(`  It registers this sample at ${defaultSampleBaseUrl(id)} only: Logto will refuse ${baseUrl}'s redirect URI.`);
    }
    return { env };
  }
  const tenant = await startLocalTenant({
    host: 'localhost',
    port: ports.tenant,
    naverMockPort: ports.naverMock,
    siteOrigin: `http://localhost:${ports.site}`,
    config: (origins) => defaultTenantConfigInput({ ...origins, sampleBaseUrls: { [id]: baseUrl } }),
  });
  console.log(`Started the local tenant at ${tenant.endpoint} (Naver mock ${tenant.naverMockOrigin}).`);
  return { env, tenant };
}

async function main(): Promise<number> {
  const args = parseCommandLine(process.argv.slice(2));
  const runner = sampleRunners[args.sample];
  const log = (line: string) => console.log(line);
  await runner.prepare(log);

  let env: SampleEnv;
  let tenant: LocalTenant | undefined;
  if (hasReaderEnv(args.sample) && !args.local) {
    if (args.port !== undefined) throw new SampleError(`With examples/${args.sample}/.env the port comes from its BASE_URL; leave out --port.`);
    env = readReaderEnv(args.sample);
    console.log(`Using your tenant ${env.LOGTO_ENDPOINT} (App ID ${env.LOGTO_APP_ID}) from examples/${args.sample}/.env.`);
  } else {
    ({ env, tenant } = await localTenantEnv(args.sample, args.port));
  }

  const sample = await startSample(args.sample, env).catch(async (error: unknown) => {
    await tenant?.close();
    throw error;
  });
  console.log(`\n  ${runner.label} sample  ${sample.baseUrl}/   (redirect URI ${sample.baseUrl}${SAMPLE_APPS[args.sample].callbackPath})`);
  console.log(`Ready: ${sample.baseUrl}/ — press "Sign in with Naver" there. Ctrl+C stops it.`);

  let signalled = false;
  const onSignal = () => {
    signalled = true;
    void sample.stop();
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  const code = await sample.exited;
  await tenant?.close();
  // Stopped by Ctrl+C: a normal end. Stopped by itself: its exit code says how.
  return signalled ? 0 : (code ?? 1);
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof SampleError ? error.message : `npm run example failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
