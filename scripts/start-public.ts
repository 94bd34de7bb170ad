/**
 * `npm run start:public`: the whole public stack on one host, behind a reverse proxy that serves the three
 * host names (README "Hosting the sandbox"): builds the site, then runs it, the sandbox and its Naver mock
 * from SITE_ORIGIN, COOKIE_SECRET, SANDBOX_ENDPOINT (or TENANT_ORIGIN), NAVER_MOCK_ORIGIN, TENANT_SECRET
 * and the optional REDIS_URL, HOST, TRUST_PROXY, SANDBOX_CONNECT, NAVER_MOCK_CONNECT. Refuses to start
 * with one line naming what is missing. Ctrl+C stops everything.
 */
import { z } from 'zod';
import { abortOnSignals, launchPublicStack, LaunchError } from '../src/launcher/index.ts';
import { portsFromEnv } from '../src/lib/local-tenant-defaults.ts';
import { parseScriptArgs } from './support/script-args.ts';

const usage = `npm run start:public   build the site, then serve it with the sandbox and its Naver mock, as a public deployment

Needs SITE_ORIGIN, COOKIE_SECRET, SANDBOX_ENDPOINT (or TENANT_ORIGIN), NAVER_MOCK_ORIGIN, TENANT_SECRET;
optional REDIS_URL, HOST, TRUST_PROXY (1 on a loopback HOST), SANDBOX_CONNECT, NAVER_MOCK_CONNECT,
SANDBOX_TRUSTED_CLIENTS (loopback) (README "Hosting the sandbox").
Ports: PORT (site, 4321), TENANT_PORT (3001), NAVER_MOCK_PORT (3002). Ctrl+C stops everything.`;

const { build } = parseScriptArgs({
  usage,
  options: { 'no-build': { type: 'boolean' } },
  schema: z.object({ 'no-build': z.boolean().default(false) }).transform((args) => ({ build: args['no-build'] ? ('if-missing' as const) : ('always' as const) })),
});

const stopped = abortOnSignals();
try {
  const stack = await launchPublicStack({ ports: portsFromEnv(), build, output: 'inherit', signal: stopped });
  console.log(`\n  Guide and playground  ${stack.origins.site}/  (here: ${stack.local.site})`);
  console.log(`  Sandbox (Logto)       ${stack.origins.sandbox}/oidc/.well-known/openid-configuration  (here: ${stack.local.tenant})`);
  console.log(`  Naver mock            ${stack.origins.naverMock}/  (here: ${stack.local.naverMock})\n`);
  const end = await stack.ended;
  process.exitCode = end.reason === 'exited' ? (end.code ?? 0) : 0;
} catch (error) {
  if (!stopped.aborted) {
    console.error(error instanceof LaunchError ? error.message : `npm run start:public: ${(error as Error).message}`);
    process.exitCode = error instanceof LaunchError ? error.exitCode : 1;
  }
}
