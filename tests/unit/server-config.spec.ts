import { PassThrough } from 'node:stream';
import type { IncomingMessage } from 'node:http';
import { expect, test } from '@playwright/test';
import { readBoundedBody } from '../../src/server/body-limit.ts';
import { isLoopbackHost } from '../../src/lib/loopback-host.ts';
import { appEnvironment, defaultRateLimitPoints, localSandboxEndpoint, parseServerEnv, ServerConfigError } from '../../src/server/env.ts';
import { requestOrigin } from '../../src/server/host-trust.ts';
import { clientAddress } from '../../src/lib/trust-proxy.ts';

const secret = 'unit-test-cookie-secret-0123456789abcdef';

test.describe('the playground mode follows HOST unless PLAYGROUND_MODE says otherwise', () => {
  for (const [host, mode] of [
    ['localhost', 'LOCAL'],
    ['127.0.0.1', 'LOCAL'],
    ['127.8.9.10', 'LOCAL'],
    ['::1', 'LOCAL'],
    ['[::1]', 'LOCAL'],
    ['::ffff:127.0.0.1', 'LOCAL'],
    ['0.0.0.0', 'PUBLIC'],
    ['::', 'PUBLIC'],
    ['192.168.1.20', 'PUBLIC'],
    ['guide.example.com', 'PUBLIC'],
  ] as const) {
    test(`HOST=${host} → ${mode}`, () => {
      const config = parseServerEnv({ HOST: host, COOKIE_SECRET: secret, SITE_ORIGIN: 'https://guide.example.com' });
      expect(config.mode).toBe(mode);
      expect(isLoopbackHost(host)).toBe(mode === 'LOCAL');
    });
  }

  test('an explicit PLAYGROUND_MODE wins both ways', () => {
    expect(parseServerEnv({ HOST: '0.0.0.0', PLAYGROUND_MODE: 'LOCAL' }).mode).toBe('LOCAL');
    expect(parseServerEnv({ HOST: 'localhost', PLAYGROUND_MODE: 'PUBLIC', COOKIE_SECRET: secret, SITE_ORIGIN: 'https://a.example' }).mode).toBe('PUBLIC');
  });
});

test.describe('PUBLIC mode refuses to start without what it needs, naming it in one line', () => {
  const cases: [string, Record<string, string>, RegExp][] = [
    ['no COOKIE_SECRET', { HOST: '0.0.0.0', SITE_ORIGIN: 'https://guide.example.com' }, /^COOKIE_SECRET is required: HOST=0\.0\.0\.0 is not a loopback address/],
    ['no SITE_ORIGIN', { HOST: '0.0.0.0', COOKIE_SECRET: secret }, /^SITE_ORIGIN is required: HOST=0\.0\.0\.0/],
    ['an empty SITE_ORIGIN', { HOST: '0.0.0.0', COOKIE_SECRET: secret, SITE_ORIGIN: '' }, /^SITE_ORIGIN is required/],
    ['explicit PUBLIC on loopback', { PLAYGROUND_MODE: 'PUBLIC', SITE_ORIGIN: 'https://a.example' }, /^COOKIE_SECRET is required: PLAYGROUND_MODE=PUBLIC/],
    ['a short COOKIE_SECRET', { HOST: '0.0.0.0', COOKIE_SECRET: 'short', SITE_ORIGIN: 'https://a.example' }, /^COOKIE_SECRET: .*at least 32/],
    ['a SITE_ORIGIN with a path', { HOST: '0.0.0.0', COOKIE_SECRET: secret, SITE_ORIGIN: 'https://a.example/guide' }, /^SITE_ORIGIN: .*origin only/],
    ['a SITE_ORIGIN that is not http(s)', { HOST: '0.0.0.0', COOKIE_SECRET: secret, SITE_ORIGIN: 'ftp://a.example' }, /^SITE_ORIGIN: /],
    ['TRUST_PROXY=yes', { TRUST_PROXY: 'yes' }, /^TRUST_PROXY: /],
  ];
  for (const [name, env, message] of cases) {
    test(name, () => {
      let error: unknown;
      try {
        parseServerEnv(env);
      } catch (caught) {
        error = caught;
      }
      expect(error).toBeInstanceOf(ServerConfigError);
      expect((error as Error).message).toMatch(message);
      expect((error as Error).message).not.toContain('\n');
      if (env['COOKIE_SECRET']) expect((error as Error).message).not.toContain(env['COOKIE_SECRET']);
    });
  }

  test('LOCAL on loopback needs neither', () => {
    const config = parseServerEnv({});
    expect(config).toMatchObject({ host: 'localhost', mode: 'LOCAL', trustProxyHops: 0 });
    expect(config.siteOrigin).toBeUndefined();
  });
});

test.describe('the rate limit: off when only the machine\'s owner can connect, unless RATE_LIMIT_POINTS is set', () => {
  const cases: [string, Record<string, string>, number | undefined][] = [
    ['LOCAL on loopback (npm start)', {}, undefined],
    ['LOCAL on 127.0.0.1 with a loopback SITE_ORIGIN (the test servers)', { HOST: '127.0.0.1', SITE_ORIGIN: 'http://localhost:4321' }, undefined],
    ['LOCAL on loopback, RATE_LIMIT_POINTS set', { RATE_LIMIT_POINTS: '5' }, 5],
    ['an empty RATE_LIMIT_POINTS is unset', { RATE_LIMIT_POINTS: '' }, undefined],
    ['PUBLIC on a public bind', { HOST: '0.0.0.0', COOKIE_SECRET: secret, SITE_ORIGIN: 'https://guide.example.com' }, defaultRateLimitPoints],
    ['PUBLIC on loopback (behind a proxy on the same machine)', { PLAYGROUND_MODE: 'PUBLIC', COOKIE_SECRET: secret, SITE_ORIGIN: 'https://guide.example.com' }, defaultRateLimitPoints],
    ['PUBLIC with RATE_LIMIT_POINTS', { HOST: '0.0.0.0', COOKIE_SECRET: secret, SITE_ORIGIN: 'https://guide.example.com', RATE_LIMIT_POINTS: '100' }, 100],
    ['LOCAL on a public bind', { HOST: '0.0.0.0', PLAYGROUND_MODE: 'LOCAL' }, defaultRateLimitPoints],
    ['LOCAL on loopback behind a declared proxy', { TRUST_PROXY: '1' }, defaultRateLimitPoints],
    ['LOCAL on loopback with a public SITE_ORIGIN (a tunnel or proxy in front)', { SITE_ORIGIN: 'https://guide.example.com' }, defaultRateLimitPoints],
  ];
  for (const [name, env, points] of cases) {
    test(`${name} → ${points ?? 'not limited'}`, () => {
      const config = parseServerEnv(env);
      expect(config.rateLimitPoints).toBe(points);
      // What the Astro app is told: the same budget, or no variable at all.
      expect(appEnvironment(config)['RATE_LIMIT_POINTS']).toBe(points === undefined ? undefined : String(points));
    });
  }
  test('the PUBLIC default is still 30', () => expect(defaultRateLimitPoints).toBe(30));
  test('a budget that is not a whole number of 1 or more refuses to start', () => {
    for (const value of ['0', '-1', '2.5', 'many']) {
      expect(() => parseServerEnv({ RATE_LIMIT_POINTS: value }), value).toThrow(/^RATE_LIMIT_POINTS: /);
    }
  });
});

test.describe('the origin a request is served as', () => {
  const local = parseServerEnv({ PORT: '4000' });
  const localWithOrigin = parseServerEnv({ PORT: '4000', SITE_ORIGIN: 'https://guide.example.com' });
  const publicConfig = parseServerEnv({ HOST: '0.0.0.0', PORT: '4000', COOKIE_SECRET: secret, SITE_ORIGIN: 'https://guide.example.com' });

  const cases: [string, typeof local, string | undefined, string][] = [
    ['LOCAL keeps a loopback Host', local, '127.0.0.1:4000', 'http://127.0.0.1:4000'],
    ['LOCAL keeps localhost', local, 'localhost:4000', 'http://localhost:4000'],
    ['LOCAL replaces a foreign Host', local, 'evil.example', 'http://localhost:4000'],
    ['LOCAL without Host', local, undefined, 'http://localhost:4000'],
    ['LOCAL with SITE_ORIGIN: its host is https', localWithOrigin, 'guide.example.com', 'https://guide.example.com'],
    ['LOCAL with SITE_ORIGIN: a foreign Host becomes SITE_ORIGIN', localWithOrigin, 'evil.example', 'https://guide.example.com'],
    ['PUBLIC: a loopback Host is no exception', publicConfig, 'localhost:4000', 'https://guide.example.com'],
    ['PUBLIC: a foreign Host becomes SITE_ORIGIN', publicConfig, 'evil.example:443', 'https://guide.example.com'],
    ['PUBLIC: garbage becomes SITE_ORIGIN', publicConfig, 'a b/c', 'https://guide.example.com'],
  ];
  for (const [name, config, host, origin] of cases) {
    test(name, () => expect(requestOrigin(host, config).origin).toBe(origin));
  }
});

test.describe('the client address honours X-Forwarded-For only as far as TRUST_PROXY says', () => {
  const request = (xff: string | undefined) =>
    ({ socket: { remoteAddress: '10.0.0.5' }, headers: xff === undefined ? {} : { 'x-forwarded-for': xff } }) as unknown as IncomingMessage;
  test('no trust: the socket, whatever the header claims', () => expect(clientAddress(request('1.2.3.4'), 0)).toBe('10.0.0.5'));
  test('one proxy: the entry it appended', () => expect(clientAddress(request('6.6.6.6, 1.2.3.4'), 1)).toBe('1.2.3.4'));
  test('two proxies: the entry the outer one appended', () => expect(clientAddress(request('6.6.6.6, 1.2.3.4, 10.0.0.9'), 2)).toBe('1.2.3.4'));
  test('trusted but no header: the socket', () => expect(clientAddress(request(undefined), 1)).toBe('10.0.0.5'));
});

test.describe('request bodies are read up to the limit only', () => {
  function bodyOf(chunks: Buffer[], contentLength?: number) {
    const stream = new PassThrough();
    Object.assign(stream, { headers: contentLength === undefined ? {} : { 'content-length': String(contentLength) } });
    for (const chunk of chunks) stream.write(chunk);
    stream.end();
    return stream as unknown as IncomingMessage;
  }

  test('a small body comes back whole', async () => {
    const result = await readBoundedBody(bodyOf([Buffer.from('a=1&'), Buffer.from('b=2')], 7), 16);
    expect(result).toEqual({ ok: true, body: Buffer.from('a=1&b=2') });
  });
  test('a declared length over the limit is refused before reading', async () => {
    const stream = bodyOf([Buffer.alloc(10)], 1000);
    expect(await readBoundedBody(stream, 16)).toEqual({ ok: false });
    expect(stream.readableLength).toBe(10); // nothing consumed
  });
  test('a chunked body is refused at the first byte over', async () => {
    expect(await readBoundedBody(bodyOf([Buffer.alloc(10), Buffer.alloc(10)]), 16)).toEqual({ ok: false });
  });
  test('exactly the limit passes', async () => {
    expect(await readBoundedBody(bodyOf([Buffer.alloc(16)]), 16)).toMatchObject({ ok: true });
  });
});

test.describe('the sandbox: SANDBOX_ENDPOINT, in LOCAL mode the local tenant unless given, in PUBLIC mode none unless given', () => {
  const publicEnv = { HOST: '0.0.0.0', COOKIE_SECRET: secret, SITE_ORIGIN: 'https://guide.example.com' };

  test('LOCAL defaults to the local tenant; PUBLIC has none; a given one is used as its origin', () => {
    expect(parseServerEnv({}).sandbox?.endpoint.origin).toBe(localSandboxEndpoint);
    expect(appEnvironment(parseServerEnv({}))['SANDBOX_ENDPOINT']).toBe(localSandboxEndpoint);
    expect(parseServerEnv(publicEnv).sandbox).toBeUndefined();
    expect(appEnvironment(parseServerEnv(publicEnv))['SANDBOX_ENDPOINT']).toBeUndefined();
    const given = parseServerEnv({ ...publicEnv, SANDBOX_ENDPOINT: 'https://Sandbox.Example.com', SANDBOX_CONNECT: '127.0.0.1:3001' });
    expect(given.sandbox).toEqual({ endpoint: new URL('https://sandbox.example.com'), connect: { host: '127.0.0.1', port: 3001 } });
    expect(appEnvironment(given)).toMatchObject({ SANDBOX_ENDPOINT: 'https://sandbox.example.com', SANDBOX_CONNECT: '127.0.0.1:3001' });
  });

  test('a malformed SANDBOX_ENDPOINT or SANDBOX_CONNECT, or SANDBOX_CONNECT alone, is refused in one line naming it', () => {
    const refusals: [Record<string, string>, RegExp][] = [
      [{ SANDBOX_ENDPOINT: 'https://sandbox.example.com/oidc' }, /^SANDBOX_ENDPOINT: .*origin only/],
      [{ SANDBOX_ENDPOINT: 'ftp://sandbox.example.com' }, /^SANDBOX_ENDPOINT: /],
      [{ SANDBOX_ENDPOINT: 'https://sandbox.example.com', SANDBOX_CONNECT: '127.0.0.1' }, /^SANDBOX_CONNECT: SANDBOX_CONNECT must be host:port/],
      [{ SANDBOX_CONNECT: '127.0.0.1:3001' }, /^SANDBOX_ENDPOINT is required: SANDBOX_CONNECT/],
    ];
    for (const [env, message] of refusals) {
      let thrown: unknown;
      try {
        parseServerEnv({ ...publicEnv, ...env });
      } catch (error) {
        thrown = error;
      }
      expect(thrown, JSON.stringify(env)).toBeInstanceOf(ServerConfigError);
      expect((thrown as Error).message).toMatch(message);
      expect((thrown as Error).message).not.toContain('\n');
    }
  });
});
