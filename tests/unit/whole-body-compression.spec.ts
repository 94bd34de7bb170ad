import { expect, test } from '@playwright/test';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { chooseCoding, compressBody, compressResponse, isCompressible, varyOnAcceptEncoding } from '../../src/lib/whole-body-compression.ts';

test('brotli when the client takes it, gzip otherwise, nothing when it refuses both', () => {
  const cases: [string | null, string | undefined][] = [
    ['gzip, deflate, br', 'br'],
    ['br;q=1.0, gzip;q=0.8, *;q=0.1', 'br'],
    ['gzip', 'gzip'],
    ['gzip;q=1, br;q=0.5', 'gzip'],
    ['br;q=0, gzip', 'gzip'],
    ['deflate', undefined],
    ['identity', undefined],
    ['', undefined],
    [null, undefined],
  ];
  for (const [header, expected] of cases) expect(chooseCoding(header), String(header)).toBe(expected);
});

test('text of at least 1 KB is worth compressing; images and small bodies are not', () => {
  expect(isCompressible('text/html; charset=utf-8', 4096)).toBe(true);
  expect(isCompressible('application/json', 2048)).toBe(true);
  expect(isCompressible('text/html', 1023)).toBe(false);
  expect(isCompressible('image/png', 100_000)).toBe(false);
  expect(isCompressible(null, 100_000)).toBe(false);
});

test('a compressed body decompresses to the same bytes, smaller', () => {
  const body = new TextEncoder().encode('<li class="hop">GET /oidc/auth 302</li>\n'.repeat(300));
  const br = compressBody(body, 'br');
  const gz = compressBody(body, 'gzip');
  expect(br.byteLength).toBeLessThan(body.byteLength / 4);
  expect(gz.byteLength).toBeLessThan(body.byteLength / 4);
  expect(Buffer.from(brotliDecompressSync(br)).equals(Buffer.from(body))).toBe(true);
  expect(Buffer.from(gunzipSync(gz)).equals(Buffer.from(body))).toBe(true);
});

test('Vary gains Accept-Encoding once, keeping what it had', () => {
  expect(varyOnAcceptEncoding(null)).toBe('Accept-Encoding');
  expect(varyOnAcceptEncoding('Cookie')).toBe('Cookie, Accept-Encoding');
  expect(varyOnAcceptEncoding('accept-encoding, Cookie')).toBe('accept-encoding, Cookie');
  expect(varyOnAcceptEncoding('*')).toBe('*');
});

test('compressResponse compresses a rendered page and says so in its headers', async () => {
  const html = '<main>' + '<p>Register the redirect URI on your Logto app.</p>'.repeat(50) + '</main>';
  const rendered = new Response(html, { status: 404, statusText: 'Not Found', headers: { 'content-type': 'text/html', vary: 'Cookie' } });
  const sent = await compressResponse(rendered, 'gzip, br');
  expect(sent.status).toBe(404);
  expect(sent.statusText).toBe('Not Found');
  expect(sent.headers.get('content-encoding')).toBe('br');
  expect(sent.headers.get('vary')).toBe('Cookie, Accept-Encoding');
  const bytes = Buffer.from(await sent.arrayBuffer());
  expect(Number(sent.headers.get('content-length'))).toBe(bytes.byteLength);
  expect(brotliDecompressSync(bytes).toString()).toBe(html);
});

test('compressResponse leaves small bodies plain (with Vary and length) and passes the rest through', async () => {
  const small = await compressResponse(new Response('<p>ok</p>', { headers: { 'content-type': 'text/html' } }), 'br');
  expect(small.headers.get('content-encoding')).toBeNull();
  expect(small.headers.get('vary')).toBe('Accept-Encoding');
  expect(small.headers.get('content-length')).toBe('9');
  const big = 'x'.repeat(4096);
  const untouched: [string, Response][] = [
    ['redirect', new Response(null, { status: 303, headers: { location: '/en/' } })],
    ['already encoded', new Response(big, { headers: { 'content-type': 'text/html', 'content-encoding': 'gzip' } })],
    ['no-transform', new Response(big, { headers: { 'content-type': 'text/html', 'cache-control': 'no-transform' } })],
    ['image', new Response(big, { headers: { 'content-type': 'image/png' } })],
  ];
  for (const [what, response] of untouched) expect(await compressResponse(response, 'br'), what).toBe(response);
});
