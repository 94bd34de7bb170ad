/**
 * The production server (src/server/main.ts) started as a deployment starts it, each test with its own
 * environment, and attacked with what a public host receives: forged Host and X-Forwarded-* headers,
 * oversized and endless bodies, methods nobody routes, a stop in the middle of a request.
 */
import { readFileSync } from 'node:fs';
import { Agent, METHODS, request as httpRequest } from 'node:http';
import { connect } from 'node:net';
import { serverStrings } from '../../src/server/strings.ts';
import { bodyLimitBytes } from '../../src/server/body-limit.ts';
import { lockedDownCsp, permissionsPolicy } from '../../src/server/security-headers.ts';
import { test as base, expect, type TestFixtures } from '../support/fixtures.ts';
import type { NodeProcess } from '../support/node-process.ts';
import { testTenantEndpoint } from '../support/ports.ts';

const secret = 'server-public-test-secret-0123456789abcdef';
const publicOrigin = 'https://guide.example.com';

interface RunningServer {
  origin: string;
  child: NodeProcess['child'];
  output: () => string;
  exited: Promise<number | null>;
}

/**
 * Starts src/server/main.ts on a free port (stopped after the test); resolves once it says where it
 * listens, or when it exits (origin '').
 */
function startServer(spawnNode: TestFixtures['spawnNode'], env: Record<string, string>): Promise<RunningServer> {
  const run = spawnNode(['src/server/main.ts'], {
    PATH: process.env['PATH'] ?? '',
    ASTRO_OUT_DIR: process.env['ASTRO_OUT_DIR'] ?? 'dist',
    HOST: 'localhost',
    PORT: '0',
    SANDBOX_ENDPOINT: testTenantEndpoint,
    ...env,
  });
  const output = () => run.output().all;
  const server = (origin: string): RunningServer => ({ origin, child: run.child, output, exited: run.exited });
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start:\n${output()}`)), 60_000);
    run.child.stdout!.on('data', () => {
      const found = /listening on (http:\/\/\S+)/.exec(output());
      if (found?.[1]) {
        clearTimeout(timer);
        resolve(server(found[1]));
      }
    });
    void run.exited.then(() => {
      clearTimeout(timer);
      resolve(server(''));
    });
  });
}

type Send = (
  origin: string,
  path: string,
  options?: { method?: string; headers?: Record<string, string>; body?: Buffer | string | (() => AsyncIterable<Buffer>) },
) => Promise<{ status: number; headers: Record<string, string | string[] | undefined>; text: string }>;

const test = base.extend<{ serverWith: (env: Record<string, string>) => Promise<RunningServer>; send: Send }>({
  serverWith: async ({ spawnNode }, use) => {
    await use((env) => startServer(spawnNode, env));
  },
  // Keep-alive like a browser (a refused upload is discarded, not cut off), but never a connection kept
  // from an earlier test: a new server may get the same port.
  send: async ({}, use) => {
    const agent = new Agent({ keepAlive: true });
    await use((origin, path, options) => rawRequest(agent, origin, path, options));
    agent.destroy();
  },
});

/** A raw HTTP request, so headers like Host go out exactly as written. */
function rawRequest(
  agent: Agent,
  ...[origin, path, { method = 'GET', headers = {}, body } = {}]: Parameters<Send>
): ReturnType<Send> {
  const url = new URL(path, origin);
  return new Promise((resolve, reject) => {
    let answered: (() => void) | undefined;
    const outgoing = httpRequest({ host: url.hostname, port: url.port, path: url.pathname + url.search, method, headers, agent }, (incoming) => {
      const chunks: Buffer[] = [];
      answered = () => resolve({ status: incoming.statusCode ?? 0, headers: incoming.headers, text: Buffer.concat(chunks).toString() });
      incoming.on('data', (chunk: Buffer) => chunks.push(chunk));
      incoming.on('end', answered);
      incoming.on('error', answered);
    });
    // The server may answer (413) and close before the upload is done: the answer is what counts.
    outgoing.on('error', (error) => (answered ? answered() : reject(error)));
    if (typeof body === 'function') {
      void (async () => {
        for await (const chunk of body()) {
          if (outgoing.destroyed) return;
          if (!outgoing.write(chunk)) await new Promise((r) => outgoing.once('drain', r));
        }
        outgoing.end();
      })().catch(() => undefined);
    } else outgoing.end(body);
  });
}

const settingsForm = (lang: string) =>
  new URLSearchParams({ lang, returnTo: `/${lang}/playground/`, endpoint: testTenantEndpoint, appId: 'x', appSecret: '' }).toString();

function cookiesOf(response: { headers: Record<string, string | string[] | undefined> }): string[] {
  const value = response.headers['set-cookie'];
  return Array.isArray(value) ? value : value ? [value] : [];
}

test.describe('safe defaults', () => {
  test('a public HOST without COOKIE_SECRET refuses to start with one line naming it', async ({ serverWith }) => {
    const server = await serverWith({ HOST: '0.0.0.0', SITE_ORIGIN: publicOrigin });
    expect(await server.exited).not.toBe(0);
    const lines = server.output().trim().split('\n').filter((line) => !line.includes('ExperimentalWarning') && !line.includes('--trace-warnings'));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain('COOKIE_SECRET is required');
  });

  test('a public HOST without SITE_ORIGIN refuses to start with one line naming it', async ({ serverWith }) => {
    const server = await serverWith({ HOST: '0.0.0.0', COOKIE_SECRET: secret });
    expect(await server.exited).not.toBe(0);
    expect(server.output()).toContain('SITE_ORIGIN is required');
    expect(server.output()).not.toContain(secret);
  });

  test('a public HOST with both starts in PUBLIC mode', async ({ serverWith, send }) => {
    const server = await serverWith({ HOST: '0.0.0.0', COOKIE_SECRET: secret, SITE_ORIGIN: publicOrigin });
    expect(server.output()).toContain('PUBLIC mode, listening on');
    const health = await send(server.origin.replace('0.0.0.0', 'localhost'), '/healthz');
    expect(health.status).toBe(200);
  });
});

test.describe('host trust', () => {
  const forged = { Host: 'evil.example', 'X-Forwarded-Host': 'evil.example', 'X-Forwarded-Proto': 'https', 'X-Forwarded-Port': '8443', Forwarded: 'host=evil.example;proto=https' };

  test('without SITE_ORIGIN, forged Host and X-Forwarded-* change neither the URIs shown nor the Secure flag', async ({ serverWith, send }) => {
    const server = await serverWith({ COOKIE_SECRET: secret });
    const page = await send(server.origin, '/en/playground/', { headers: forged });
    expect(page.status).toBe(200);
    expect(page.headers['strict-transport-security'], 'no HSTS for a plain-http origin').toBeUndefined();
    expect(page.text).toContain(`${server.origin}/playground/callback`);
    expect(page.text).not.toContain('evil.example');
    const post = await send(server.origin, '/playground/settings', {
      method: 'POST',
      headers: { ...forged, Origin: server.origin, 'Content-Type': 'application/x-www-form-urlencoded' },
      body: settingsForm('en'),
    });
    expect(post.status).toBe(303);
    expect(cookiesOf(post).length).toBeGreaterThan(0);
    for (const cookie of cookiesOf(post)) expect(cookie).not.toMatch(/;\s*Secure/i);
  });

  test('forged forwarded headers do not let another origin pass the form origin check', async ({ serverWith, send }) => {
    const server = await serverWith({ COOKIE_SECRET: secret });
    const post = await send(server.origin, '/playground/settings', {
      method: 'POST',
      headers: { ...forged, Host: new URL(server.origin).host, Origin: 'https://evil.example', 'Content-Type': 'application/x-www-form-urlencoded' },
      body: settingsForm('en'),
    });
    expect(post.status).toBe(403);
  });

  test('PUBLIC: URIs, origin check and Secure follow SITE_ORIGIN, whatever the request says', async ({ serverWith, send }) => {
    const server = await serverWith({ HOST: '127.0.0.1', PLAYGROUND_MODE: 'PUBLIC', COOKIE_SECRET: secret, SITE_ORIGIN: publicOrigin });
    const page = await send(server.origin, '/en/playground/', { headers: { ...forged, 'X-Forwarded-Proto': 'http' } });
    expect(page.text).toContain(`${publicOrigin}/playground/callback`);
    expect(page.text).not.toContain('evil.example');
    expect(page.headers['strict-transport-security']).toMatch(/^max-age=\d+/);
    // Reached over plain http with no forwarded header at all: the cookies are still Secure.
    const post = await send(server.origin, '/playground/settings', {
      method: 'POST',
      headers: { Origin: publicOrigin, 'Content-Type': 'application/x-www-form-urlencoded' },
      body: settingsForm('en'),
    });
    expect(post.status).toBe(303);
    expect(cookiesOf(post).length).toBeGreaterThan(0);
    for (const cookie of cookiesOf(post)) expect(cookie).toMatch(/;\s*Secure/i);
    const foreign = await send(server.origin, '/playground/settings', {
      method: 'POST',
      headers: { Origin: server.origin, 'Content-Type': 'application/x-www-form-urlencoded' },
      body: settingsForm('en'),
    });
    expect(foreign.status).toBe(403);
  });

  test('behind a proxy (TRUST_PROXY=1): the public https origin passes the origin check', async ({ serverWith, send }) => {
    const server = await serverWith({ HOST: '127.0.0.1', PLAYGROUND_MODE: 'PUBLIC', COOKIE_SECRET: secret, SITE_ORIGIN: publicOrigin, TRUST_PROXY: '1' });
    const post = await send(server.origin, '/playground/settings', {
      method: 'POST',
      headers: {
        Host: 'guide.example.com',
        'X-Forwarded-Proto': 'https',
        'X-Forwarded-For': '203.0.113.7',
        Origin: publicOrigin,
        'Content-Type': 'application/x-www-form-urlencoded',
      },
      body: settingsForm('en'),
    });
    expect(post.status).toBe(303);
  });
});

test.describe('bounded input', () => {
  const tenMegabytes = Buffer.alloc(10 * 1024 * 1024, 'a');
  const form = { 'Content-Type': 'application/x-www-form-urlencoded' };

  test('a 10 MB post is refused with 413 and a page in the reader\'s language', async ({ serverWith, send }) => {
    const server = await serverWith({ COOKIE_SECRET: secret });
    const byHeader = await send(server.origin, '/playground/settings', {
      method: 'POST',
      headers: { ...form, Origin: server.origin, 'Accept-Language': 'ja,en;q=0.5' },
      body: tenMegabytes,
    });
    expect(byHeader.status).toBe(413);
    expect(byHeader.headers['content-type']).toContain('text/html');
    expect(byHeader.text).toContain('<html lang="ja">');
    expect(byHeader.text).toContain(serverStrings.ja.tooLargeTitle);
    expect(byHeader.headers['x-content-type-options']).toBe('nosniff');

    const byPath = await send(server.origin, '/ko/playground/', { method: 'POST', headers: { ...form, Origin: server.origin }, body: tenMegabytes });
    expect(byPath.status).toBe(413);
    expect(byPath.text).toContain(serverStrings.ko.tooLargeTitle);
  });

  test('a chunked body with no length is cut off at the limit too', async ({ serverWith, send }) => {
    const server = await serverWith({ COOKIE_SECRET: secret });
    const response = await send(server.origin, '/playground/sign-in', {
      method: 'POST',
      headers: { ...form, Origin: server.origin, 'Accept-Language': 'en' },
      body: async function* () {
        for (let i = 0; i < 640; i += 1) yield Buffer.alloc(16 * 1024, 'b'); // 10 MB in 16 KB chunks
      },
    });
    expect(response.status).toBe(413);
    expect(response.text).toContain(serverStrings.en.tooLargeTitle);
  });

  test('a body just under the limit still reaches the form', async ({ serverWith, send }) => {
    const server = await serverWith({ COOKIE_SECRET: secret });
    const padded = `${settingsForm('en')}&pad=${'p'.repeat(bodyLimitBytes - 1024)}`;
    const response = await send(server.origin, '/playground/settings', { method: 'POST', headers: { ...form, Origin: server.origin }, body: padded });
    expect(response.status).toBe(303);
  });

  test('memory after 20 posts of 10 MB stays within 20 MB of where it started', async ({ serverWith, send }) => {
    test.setTimeout(180_000);
    test.skip(process.platform !== 'linux', 'reads the server\'s resident memory from /proc');
    const server = await serverWith({ COOKIE_SECRET: secret });
    // Resident memory of the server process as the kernel counts it: no endpoint, nothing the server reports.
    const rssMegabytes = () => Number(/VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${server.child.pid}/status`, 'utf8'))?.[1]) / 1024;
    // Warm up what every post touches (the form route, the 413 page, discarding an upload) until the
    // allocator has the buffers it reuses, so the baseline includes them; what is measured is whether
    // memory grows with each refused post (a buffered 10 MB body would add 200 MB over the 20).
    for (let i = 0; i < 8; i += 1) {
      await send(server.origin, '/playground/settings', { method: 'POST', headers: { ...form, Origin: server.origin }, body: settingsForm('en') });
      await send(server.origin, '/playground/settings', { method: 'POST', headers: { ...form, Origin: server.origin }, body: tenMegabytes });
    }
    const before = rssMegabytes();
    for (let i = 0; i < 20; i += 1) {
      const response = await send(server.origin, '/playground/settings', { method: 'POST', headers: { ...form, Origin: server.origin }, body: tenMegabytes });
      expect(response.status).toBe(413);
    }
    console.log(`server RSS: ${before.toFixed(1)} MB before, ${rssMegabytes().toFixed(1)} MB right after 20 × 10 MB posts`);
    // Freed buffers leave the resident set when the collector runs, not at once: give it a few seconds.
    // Memory that is kept (a buffered upload) never comes back down, and this fails.
    await expect.poll(() => rssMegabytes() - before, { timeout: 15_000, intervals: [250, 500, 1000] }).toBeLessThan(20);
  });
});

/** Writes `head` on a raw connection; resolves with all the server sent once it closes the connection. */
function rawExchange(origin: string, head: string, closedWithinMs: number): Promise<string> {
  const { hostname, port } = new URL(origin);
  return new Promise((resolve, reject) => {
    const socket = connect(Number(port), hostname, () => socket.write(head));
    let received = '';
    const timer = setTimeout(() => {
      socket.destroy();
      reject(new Error(`the connection was still open after ${closedWithinMs} ms; received: ${JSON.stringify(received)}`));
    }, closedWithinMs);
    socket.on('data', (chunk: Buffer) => (received += chunk.toString()));
    socket.on('error', () => undefined);
    socket.on('close', () => {
      clearTimeout(timer);
      resolve(received);
    });
  });
}

test.describe('methods the site does not implement', () => {
  // Every method Node's parser knows besides the three the site answers (and CONNECT, below).
  const unimplemented = METHODS.filter((method) => !['GET', 'HEAD', 'POST', 'CONNECT'].includes(method));

  test('are answered 501 on every kind of path, with the security headers, and nothing in the log', async ({ serverWith, send }) => {
    test.setTimeout(120_000);
    const server = await serverWith({ COOKIE_SECRET: secret });
    const css = /\/_astro\/[^"]+\.css/.exec((await send(server.origin, '/en/')).text)?.[0];
    expect(css, 'the guide page links a stylesheet').toBeDefined();
    const paths = ['/en/', '/en/playground/', '/playground/settings', '/playground/callback?code=secret-code-4711&state=s', css!, '/no-such-page'];
    const logged = server.output().length;
    for (const method of unimplemented) {
      for (const path of paths) {
        const response = await send(server.origin, path, { method, headers: { Origin: server.origin } });
        const what = `${method} ${path}`;
        expect(response.status, what).toBe(501);
        expect(response.headers['content-type'], what).toBe('text/plain; charset=utf-8');
        expect(response.text, what).toContain('GET, HEAD and POST');
        expect(response.headers['x-content-type-options'], what).toBe('nosniff');
        expect(response.headers['content-security-policy'], what).toBe(lockedDownCsp);
        expect(response.headers['permissions-policy'], what).toBe(permissionsPolicy);
      }
    }
    // The finding: 500 TRACEs made a 500 and a stack trace (with the URL, query included) each.
    for (let i = 0; i < 500; i += 1) {
      expect((await send(server.origin, `/en/?q=secret-query-${i}`, { method: 'TRACE' })).status).toBe(501);
    }
    expect(server.output().slice(logged)).toBe('');
  });

  test('CONNECT gets the same 501 and the connection is closed, not left open', async ({ serverWith }) => {
    const server = await serverWith({ COOKIE_SECRET: secret });
    const answer = await rawExchange(server.origin, 'CONNECT evil.example:443 HTTP/1.1\r\nHost: evil.example:443\r\n\r\n', 5000);
    expect(answer).toMatch(/^HTTP\/1\.1 501 Not Implemented\r\n/);
    expect(answer.toLowerCase()).toContain(`permissions-policy: ${permissionsPolicy}\r\n`);
    expect(answer.toLowerCase()).toContain('x-content-type-options: nosniff\r\n');
    expect(answer).toContain('GET, HEAD and POST');
  });

  test('HEAD still answers like GET, without a body', async ({ serverWith, send }) => {
    const server = await serverWith({ COOKIE_SECRET: secret });
    for (const path of ['/en/', '/en/playground/', '/healthz']) {
      const head = await send(server.origin, path, { method: 'HEAD' });
      expect(head.status, path).toBe(200);
      expect(head.text, path).toBe('');
      expect(head.headers['permissions-policy'], path).toBe(permissionsPolicy);
    }
  });
});

test.describe('operations', () => {
  test('GET /healthz answers 200 without calling the tenant', async ({ serverWith, send }) => {
    const server = await serverWith({ COOKIE_SECRET: secret, SANDBOX_ENDPOINT: 'http://localhost:1' });
    const health = await send(server.origin, '/healthz');
    expect(health.status).toBe(200);
    expect(health.text.trim()).toBe('ok');
  });

  test('SIGTERM lets the request in flight finish, then the server exits', async ({ serverWith, send }) => {
    const server = await serverWith({ COOKIE_SECRET: secret });
    const body = settingsForm('en');
    let release!: () => void;
    const released = new Promise<void>((resolve) => (release = resolve));
    // A post whose body arrives in two parts, with the stop signal in between.
    const answer = send(server.origin, '/playground/settings', {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded', 'Content-Length': String(body.length), Origin: server.origin },
      body: async function* () {
        yield Buffer.from(body.slice(0, 10));
        await released;
        yield Buffer.from(body.slice(10));
      },
    });
    await new Promise((resolve) => setTimeout(resolve, 300));
    server.child.kill('SIGTERM');
    await new Promise((resolve) => setTimeout(resolve, 300));
    // Stopped listening: a new connection is refused while the old request is still open.
    await expect(send(server.origin, '/healthz')).rejects.toThrow(/ECONNREFUSED/);
    release();
    expect((await answer).status).toBe(303);
    expect(await server.exited).toBe(0);
  });
});
