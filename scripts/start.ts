/**
 * `npm start`: builds the site, then runs it together with the local tenant and its Naver mock.
 * `npm run dev` runs Astro's dev server instead of the build. Ctrl+C stops everything.
 */
import { z } from 'zod';
import { abortOnSignals, launchStack, LaunchError } from '../src/launcher/index.ts';
import { portsFromEnv } from '../src/lib/local-tenant-defaults.ts';
import { parseScriptArgs } from './support/script-args.ts';

const usage = `npm start            build the site, then serve it with the local tenant and its Naver mock
npm run dev          the same with Astro's dev server instead of the build (npm start -- --dev)

Ports: PORT (site, 4321), TENANT_PORT (3001), NAVER_MOCK_PORT (3002). Ctrl+C stops everything.`;

const { dev } = parseScriptArgs({
  usage,
  options: { dev: { type: 'boolean' } },
  schema: z.object({ dev: z.boolean().default(false) }),
});

const stopped = abortOnSignals();
try {
  const stack = await launchStack({
    site: dev ? 'dev' : 'serve',
    build: 'always',
    ports: portsFromEnv(),
    sandboxEndpoint: process.env['SANDBOX_ENDPOINT'],
    sandboxConnect: process.env['SANDBOX_CONNECT'],
    output: 'inherit',
    signal: stopped,
  });
  console.log(`\n  Guide and playground  ${stack.siteOrigin}/`);
  console.log(`  Local Logto tenant    ${stack.tenantEndpoint}/oidc/.well-known/openid-configuration`);
  console.log(`  Naver mock            ${stack.naverMockOrigin}/\n`);
  const end = await stack.ended;
  // One part exited by itself (the others are stopped by now): end as it did.
  process.exitCode = end.reason === 'exited' ? (end.code ?? 0) : 0;
} catch (error) {
  if (!stopped.aborted) {
    console.error(`npm start: ${(error as Error).message}`);
    process.exitCode = error instanceof LaunchError ? error.exitCode : 1;
  }
}
