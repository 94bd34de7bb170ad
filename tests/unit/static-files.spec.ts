import { mkdirSync, writeFileSync } from 'node:fs';
import type { IncomingMessage } from 'node:http';
import { join } from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { loadPrerenderedCsp } from '../../src/server/security-headers.ts';
import { cacheControlFor, staticFiles } from '../../src/server/static-files.ts';
import { expect, test } from '../support/fixtures.ts';
import { recordedResponse } from '../support/recorded-response.ts';

const page = '<!doctype html><title>guide</title>';
const script = 'console.log("copy buttons");';

/**
 * A build: dist/client with one prerendered page (and its precompressed copies), one hashed asset and a
 * `.gz` file that is a file of its own; dist/_headers.json with the page's CSP, as the adapter writes it.
 */
function writeBuild(outDir: string): string {
  const dir = join(outDir, 'client');
  mkdirSync(dir);
  writeFileSync(join(outDir, '_headers.json'), JSON.stringify([{ pathname: '/en/', headers: [{ key: 'Content-Security-Policy', value: "script-src 'self' 'sha256-x'" }] }]));
  writeFileSync(join(dir, 'archive.tar.gz'), 'not a precompressed copy');
  mkdirSync(join(dir, 'en'));
  mkdirSync(join(dir, '_astro'));
  writeFileSync(join(dir, 'en/index.html'), page);
  writeFileSync(join(dir, 'en/index.html.br'), brotliCompressSync(page));
  writeFileSync(join(dir, 'en/index.html.gz'), gzipSync(page));
  writeFileSync(join(dir, '_astro/copy.Ab12.js'), script);
  return dir;
}

function serve(handler: ReturnType<typeof staticFiles>, url: string, headers: Record<string, string> = {}, method = 'GET') {
  const { response, sent } = recordedResponse();
  const answered = handler({ method, url, headers } as unknown as IncomingMessage, response);
  return { ...sent, passedOn: !answered };
}

test('a page answers at /en/, /en and /en/index.html with the CSP the build wrote; anything else goes on to Astro', async ({ makeTempDir }) => {
  const outDir = await makeTempDir('static-files-');
  const handler = staticFiles(writeBuild(outDir), loadPrerenderedCsp(outDir), { 'x-content-type-options': 'nosniff', 'content-security-policy': "default-src 'none'" });
  for (const url of ['/en/', '/en', '/en/index.html', '/en/?utm=1']) {
    const sent = serve(handler, url);
    expect(sent.status, url).toBe(200);
    expect(sent.body?.toString(), url).toBe(page);
    expect(sent.headers?.['content-security-policy'], url).toBe("script-src 'self' 'sha256-x'");
    expect(sent.headers?.['cache-control'], url).toBe('no-cache');
    expect(sent.headers?.['x-content-type-options'], url).toBe('nosniff');
  }
  // A file that is not a page keeps the locked-down policy every response starts with.
  expect(serve(handler, '/_astro/copy.Ab12.js').headers?.['content-security-policy']).toBe("default-src 'none'");
  expect(serve(handler, '/archive.tar.gz').body?.toString()).toBe('not a precompressed copy');
  expect(serve(handler, '/en/index.html.br').passedOn).toBe(true);
  expect(serve(handler, '/ja/').passedOn).toBe(true);
  expect(serve(handler, '/_server-islands/PlaygroundPanel').passedOn).toBe(true);
  expect(serve(handler, '/en/', {}, 'POST').passedOn).toBe(true);
});

test('the precompressed copy the client accepts is sent as it is; an asset without one is sent plain', async ({ makeTempDir }) => {
  const dir = writeBuild(await makeTempDir('static-files-'));
  const handler = staticFiles(dir, () => undefined);
  const br = serve(handler, '/en/', { 'accept-encoding': 'gzip, deflate, br' });
  expect(br.headers?.['content-encoding']).toBe('br');
  expect(br.body?.equals(brotliCompressSync(page))).toBe(true);
  expect(serve(handler, '/en/', { 'accept-encoding': 'gzip' }).headers?.['content-encoding']).toBe('gzip');
  expect(serve(handler, '/en/', { 'accept-encoding': 'identity' }).headers?.['content-encoding']).toBeUndefined();
  const js = serve(handler, '/_astro/copy.Ab12.js', { 'accept-encoding': 'br' });
  expect(js.headers).toMatchObject({ 'content-type': 'text/javascript; charset=utf-8', 'cache-control': cacheControlFor('/_astro/x.js') });
  expect(js.headers?.['content-encoding']).toBeUndefined();
  expect(js.body?.toString()).toBe(script);
});

test('a matching If-None-Match gets a 304 that still carries the page CSP; HEAD gets headers only', async ({ makeTempDir }) => {
  const dir = writeBuild(await makeTempDir('static-files-'));
  const handler = staticFiles(dir, () => "script-src 'self'");
  const first = serve(handler, '/en/');
  const etag = String(first.headers?.etag);
  // Weak: the identity, br and gzip copies share it.
  expect(etag).toMatch(/^W\/"[\w-]{27}"$/);
  expect(serve(handler, '/en/', { 'if-none-match': etag.slice(2) }).status).toBe(304);
  const revalidated = serve(handler, '/en/', { 'if-none-match': `"other", ${etag}` });
  expect(revalidated.status).toBe(304);
  expect(revalidated.body).toBeUndefined();
  expect(revalidated.headers?.['content-security-policy']).toBe("script-src 'self'");
  expect(serve(handler, '/en/', { 'if-none-match': '"other"' }).status).toBe(200);
  const head = serve(handler, '/en/', {}, 'HEAD');
  expect(head.status).toBe(200);
  expect(head.headers?.['content-length']).toBe(String(Buffer.byteLength(page)));
  expect(head.body).toBeUndefined();
});

test('hashed assets are cached for a year, pages revalidated', () => {
  expect(cacheControlFor('/_astro/index.0g1tUah7.css')).toContain('immutable');
  expect(cacheControlFor('/ja/')).toBe('no-cache');
});
