import { expect, test } from '@playwright/test';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { chooseCoding, compressBody, isCompressible, varyOnAcceptEncoding } from '../../src/lib/whole-body-compression.ts';

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
