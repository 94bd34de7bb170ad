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
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { z } from 'zod';
import { abortOnSignals, launchSandbox, LaunchError, type Sandbox } from '../src/launcher/index.ts';
import {
  defaultSampleBaseUrl,
  LOCAL_DEMO_APP,
  portsFromEnv,
  SAMPLE_APPS,
  sampleIds,
  type SampleId,
} from '../src/lib/local-tenant-defaults.ts';
import { defaultTenantConfigInput } from '../src/local-tenant/config/default-config.ts';
import { SampleError } from './example/paths.ts';
import { startSample } from './example/run-sample.ts';
import { hasReaderEnv, readReaderEnv, type SampleEnv } from './example/sample-env.ts';
import { sampleRunners } from './example/samples.ts';
import { parseScriptArgs } from './support/script-args.ts';

const usage = `npm run example -- <${sampleIds.join('|')}> [--local] [--port N] [--env-file FILE]

Starts one of the guide's sample apps (examples/<sample>/): against your tenant when
examples/<sample>/.env exists (see its .env.example), otherwise against the local tenant (the one
running at TENANT_PORT, 3001, or one started here whose demo app registers the sample's URIs).
  --local           use the local tenant even if examples/<sample>/.env exists
  --port N          run the sample on port N (default: flask ${SAMPLE_APPS.flask.port}, express ${SAMPLE_APPS.express.port}, next ${SAMPLE_APPS.next.port})
  --env-file FILE   your tenant's values from FILE instead of examples/<sample>/.env`;

const args = parseScriptArgs({
  usage,
  positionals: true,
  options: { local: { type: 'boolean' }, port: { type: 'string' }, 'env-file': { type: 'string' } },
  schema: z.object({
    positionals: z.tuple([z.enum(sampleIds, { error: `which sample? One of ${sampleIds.join(', ')}` })], {
      error: `which sample? One of ${sampleIds.join(', ')}`,
    }),
    local: z.boolean().default(false),
    port: z.coerce.number({ error: 'must be a number' }).int('must be a whole number').min(1).max(65535, 'must be 1–65535').optional(),
    'env-file': z.string().min(1).optional(),
  }),
});
const sample: SampleId = args.positionals[0];

async function tenantAnswers(endpoint: string): Promise<boolean> {
  try {
    const response = await fetch(`${endpoint}/oidc/.well-known/openid-configuration`, { signal: AbortSignal.timeout(1500) });
    await response.body?.cancel();
    return response.ok;
  } catch {
    return false;
  }
}

/**
 * The local tenant's values for the sample, starting the tenant (through the launcher) when none answers
 * at TENANT_PORT. On another port than the sample's default, the tenant it starts gets a TENANT_CONFIG:
 * the default config with the sample's URIs at that port.
 */
async function localTenant(id: SampleId, port: number | undefined, signal: AbortSignal): Promise<{ env: SampleEnv; sandbox?: Sandbox; cleanUp: () => Promise<void> }> {
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
      console.log(`  It registers this sample at ${defaultSampleBaseUrl(id)}: Logto will refuse the redirect URI of ${baseUrl}.`);
    }
    return { env, cleanUp: async () => {} };
  }
  let configDir: string | undefined;
  const tenantEnv: NodeJS.ProcessEnv = { ...process.env };
  if (baseUrl !== defaultSampleBaseUrl(id)) {
    configDir = await mkdtemp(join(tmpdir(), 'logto-naver-example-'));
    const config = defaultTenantConfigInput({
      siteOrigin: `http://localhost:${ports.site}`,
      tenantEndpoint: endpoint,
      sampleBaseUrls: { [id]: baseUrl },
    });
    tenantEnv['TENANT_CONFIG'] = join(configDir, 'tenant.json');
    await writeFile(tenantEnv['TENANT_CONFIG'], JSON.stringify(config));
  }
  const cleanUp = async () => {
    if (configDir) await rm(configDir, { recursive: true, force: true });
  };
  try {
    const sandbox = await launchSandbox({ ports: { tenant: ports.tenant, naverMock: ports.naverMock }, env: tenantEnv, signal });
    console.log(`Started the local tenant at ${sandbox.tenantEndpoint} (Naver mock ${sandbox.naverMockOrigin}).`);
    return { env, sandbox, cleanUp };
  } catch (error) {
    await cleanUp();
    throw error;
  }
}

async function main(): Promise<number> {
  const stopped = abortOnSignals();
  const runner = sampleRunners[sample];
  await runner.prepare((line) => console.log(line));

  let env: SampleEnv;
  let tenant: Awaited<ReturnType<typeof localTenant>> | undefined;
  const envFile = args['env-file'];
  if (envFile !== undefined || (hasReaderEnv(sample) && !args.local)) {
    const from = envFile ?? `examples/${sample}/.env`;
    if (args.port !== undefined) throw new SampleError(`With ${from} the port comes from its BASE_URL; leave out --port.`);
    env = readReaderEnv(sample, envFile);
    console.log(`Using your tenant ${env.LOGTO_ENDPOINT} (App ID ${env.LOGTO_APP_ID}) from ${from}.`);
  } else {
    tenant = await localTenant(sample, args.port, stopped);
    env = tenant.env;
  }
  const stopTenant = async () => {
    await tenant?.sandbox?.stop();
    await tenant?.cleanUp();
  };

  const app = await startSample(sample, env, stopped).catch(async (error: unknown) => {
    await stopTenant();
    throw error;
  });
  console.log(`\n  ${runner.label} sample  ${env.BASE_URL}/   (redirect URI ${env.BASE_URL}${SAMPLE_APPS[sample].callbackPath})`);
  console.log(`Ready: ${env.BASE_URL}/ — press "Sign in with Naver" there. Ctrl+C stops it.`);

  // Until Ctrl+C, or the sample (or the tenant started here) stops by itself.
  stopped.addEventListener('abort', () => void app.stop(), { once: true });
  void tenant?.sandbox?.ended.then(() => app.stop());
  const code = await app.exited;
  await stopTenant();
  return stopped.aborted ? 0 : (code ?? 1);
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    const known = error instanceof SampleError || error instanceof LaunchError;
    console.error(known ? `npm run example: ${error.message}` : `npm run example failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(error instanceof LaunchError ? error.exitCode : 1);
  },
);
