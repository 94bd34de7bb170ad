/**
 * `npm start`: builds the site, then runs it together with the local tenant and its Naver mock.
 * `npm run dev` runs Astro's dev server instead of the build. Ctrl+C stops everything.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { portsFromEnv } from '../src/lib/local-tenant-defaults.ts';

const dev = process.argv.includes('--dev');
const ports = portsFromEnv();
const node = process.execPath;
const astro = 'node_modules/astro/bin/astro.mjs';

const env = {
  ...process.env,
  PORT: String(ports.site),
  TENANT_PORT: String(ports.tenant),
  NAVER_MOCK_PORT: String(ports.naverMock),
  LOCAL_TENANT_ENDPOINT: process.env['LOCAL_TENANT_ENDPOINT'] ?? `http://localhost:${ports.tenant}`,
};

if (!dev) {
  const build = spawnSync(node, [astro, 'build'], { stdio: 'inherit', env });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

const children: ChildProcess[] = [
  spawn(node, ['src/local-tenant/main.ts'], { stdio: 'inherit', env }),
  dev
    ? spawn(node, [astro, 'dev', '--port', String(ports.site)], { stdio: 'inherit', env })
    : spawn(node, ['src/server/main.ts'], { stdio: 'inherit', env: { HOST: 'localhost', ...env } }),
];

function stopAll(code: number) {
  for (const child of children) if (child.exitCode === null) child.kill('SIGTERM');
  process.exit(code);
}
for (const child of children) child.on('exit', (code) => stopAll(code ?? 0));
process.on('SIGINT', () => stopAll(0));
process.on('SIGTERM', () => stopAll(0));

console.log(`\n  Guide and playground  http://localhost:${ports.site}/`);
console.log(`  Local Logto tenant    http://localhost:${ports.tenant}/oidc/.well-known/openid-configuration`);
console.log(`  Naver mock            http://localhost:${ports.naverMock}/\n`);
