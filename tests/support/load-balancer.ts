/**
 * Several site instances behind a round-robin proxy, for the test that the site keeps no state of its
 * own. Each instance is the built server (dist/), started like a deployment would start it.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer, request as forward, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

function listen(server: Server): Promise<number> {
  return new Promise((resolve) => server.listen(0, 'localhost', () => resolve((server.address() as AddressInfo).port)));
}

async function freePort(): Promise<number> {
  const server = createServer();
  const port = await listen(server);
  await new Promise((resolve) => server.close(resolve));
  return port;
}

async function waitUntilServing(url: string, child: ChildProcess): Promise<void> {
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`site instance exited with ${child.exitCode}`);
    const ok = await fetch(url).then((response) => response.ok, () => false);
    if (ok) return;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`site instance at ${url} did not start`);
}

export interface LoadBalancedSite {
  origin: string;
  /** How many requests each instance answered, in start order. */
  served: number[];
  close(): Promise<void>;
}

/** A proxy on a free port, before the instances exist, so the tenant can be told its origin first. */
export async function startRoundRobinProxy(): Promise<{ origin: string; attach(env: Record<string, string>, count: number): Promise<LoadBalancedSite> }> {
  const ports: number[] = [];
  const served: number[] = [];
  let next = 0;
  const proxy = createServer((incoming, outgoing) => {
    if (ports.length === 0) {
      outgoing.writeHead(503).end();
      return;
    }
    const index = next++ % ports.length;
    served[index] = (served[index] ?? 0) + 1;
    const upstream = forward(
      { host: 'localhost', port: ports[index], path: incoming.url, method: incoming.method, headers: incoming.headers },
      (answer) => {
        outgoing.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(outgoing);
      },
    );
    upstream.on('error', () => outgoing.writeHead(502).end());
    incoming.pipe(upstream);
  });
  const origin = `http://localhost:${await listen(proxy)}`;

  return {
    origin,
    async attach(env, count) {
      const children: ChildProcess[] = [];
      const outDir = process.env['ASTRO_OUT_DIR'] ?? 'dist';
      for (let i = 0; i < count; i += 1) {
        const port = await freePort();
        const child = spawn(process.execPath, [`${outDir}/server/entry.mjs`], {
          env: { ...process.env, ...env, HOST: 'localhost', PORT: String(port), SITE_ORIGIN: origin },
          stdio: 'ignore',
        });
        children.push(child);
        await waitUntilServing(`http://localhost:${port}/en/`, child);
        ports.push(port);
        served.push(0);
      }
      return {
        origin,
        served,
        async close() {
          for (const child of children) child.kill('SIGTERM');
          await new Promise((resolve) => proxy.close(resolve));
        },
      };
    },
  };
}
