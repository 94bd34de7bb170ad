/**
 * Several instances built separately (two `astro build` runs, as two release pipelines or two machines
 * would make them) serve one reader: with the same ASTRO_KEY, one instance decrypts the server-island
 * props in a page the other built, and with the same COOKIE_SECRET it reads the other's cookies.
 */
import { spawnSync } from 'node:child_process';
import { expect, test, type TestFixtures } from '../support/fixtures.ts';
import { testTenantEndpoint } from '../support/ports.ts';

const node = process.execPath;
const base = process.env['ASTRO_OUT_DIR'] ?? 'dist';

function astroKey(): string {
  const made = spawnSync(node, ['node_modules/astro/bin/astro.mjs', 'create-key'], { encoding: 'utf8' });
  const key = /ASTRO_KEY=(\S+)/.exec(made.stdout + made.stderr)?.[1];
  if (!key) throw new Error('astro create-key printed no key');
  return key;
}

/** `astro build` into `outDir` with `key`; a build still running when the test ends is stopped. */
async function build(spawnNode: TestFixtures['spawnNode'], outDir: string, key: string): Promise<void> {
  const run = spawnNode(['node_modules/astro/bin/astro.mjs', 'build'], {
    ...process.env,
    ASTRO_OUT_DIR: outDir,
    ASTRO_KEY: key,
    SANDBOX_ENDPOINT: testTenantEndpoint,
  });
  const code = await run.exited;
  if (code !== 0) throw new Error(`astro build into ${outDir} exited with ${code}`);
}

test('two separate builds with one ASTRO_KEY and one COOKIE_SECRET serve each other\'s island and cookies', async ({ makeTempDir, spawnNode, startSiteInstance }) => {
  test.setTimeout(360_000);
  // Next to the usual build (inside the project, where the server build finds node_modules); removed after the test.
  const builds = [await makeTempDir(`${base}-key-a-`, '.'), await makeTempDir(`${base}-key-b-`, '.')];
  const key = astroKey();
  for (const outDir of builds) await build(spawnNode, outDir, key);
  const env = { COOKIE_SECRET: 'two-builds-test-secret-0123456789abcdef', PLAYGROUND_MODE: 'LOCAL', SANDBOX_ENDPOINT: testTenantEndpoint };
  const [a, b] = [
    await startSiteInstance({ ...env, ASTRO_OUT_DIR: builds[0]! }),
    await startSiteInstance({ ...env, ASTRO_OUT_DIR: builds[1]! }),
  ];

  // The island URL in A's prerendered page carries props encrypted with A's build key.
  const page = await (await fetch(`${a.origin}/en/`)).text();
  const island = /\/_server-islands\/[^"'\s]+/.exec(page)?.[0]?.replace(/&amp;/g, '&');
  expect(island).toBeDefined();
  const fromB = await fetch(`${b.origin}${island}`);
  expect(fromB.status).toBe(200);
  expect(await fromB.text()).toContain('data-playground-panel');

  // Settings saved through A, read back through B.
  const endpoint = 'http://127.0.0.1:9';
  const saved = await fetch(`${a.origin}/playground/settings`, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'content-type': 'application/x-www-form-urlencoded', origin: a.origin },
    body: new URLSearchParams({ lang: 'en', returnTo: '/en/playground/', endpoint, appId: 'mfltvwzoqspy906wvwgqe', appSecret: 'two-builds-secret' }).toString(),
  });
  expect(saved.status).toBe(303);
  const cookie = saved.headers.getSetCookie().map((header) => header.split(';')[0]).join('; ');
  const onB = await (await fetch(`${b.origin}/en/playground/`, { headers: { cookie } })).text();
  expect(onB).toContain(`value="${endpoint}"`);
});
