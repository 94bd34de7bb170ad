/**
 * A round-robin proxy in front of several instances (of the site, or of the sandbox), for the tests that
 * they keep no state of their own and for bench:sandbox. The proxy starts first, on a free port, so the
 * tenant and the instances can be told its origin before they start; instances are added as they come up.
 */
import { createServer, request as forward } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface RoundRobinProxy {
  origin: string;
  /** How many requests each instance answered, in the order they were added. */
  served: number[];
  add(instanceOrigin: string): void;
  /** Takes an instance out of the rotation (as a balancer does with one that stopped); its count stays. */
  remove(instanceOrigin: string): void;
  close(): Promise<void>;
}

export async function startRoundRobinProxy(): Promise<RoundRobinProxy> {
  const upstreams: URL[] = [];
  const served: number[] = [];
  const removed = new Set<number>();
  let next = 0;
  const proxy = createServer((incoming, outgoing) => {
    const live = upstreams.map((_upstream, index) => index).filter((index) => !removed.has(index));
    if (live.length === 0) {
      outgoing.writeHead(503).end();
      return;
    }
    const index = live[next++ % live.length]!;
    served[index] = (served[index] ?? 0) + 1;
    const upstream = upstreams[index]!;
    const request = forward(
      { host: upstream.hostname, port: upstream.port, path: incoming.url, method: incoming.method, headers: incoming.headers },
      (answer) => {
        outgoing.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(outgoing);
      },
    );
    request.on('error', () => outgoing.writeHead(502).end());
    incoming.pipe(request);
  });
  await new Promise<void>((resolve) => proxy.listen(0, 'localhost', () => resolve()));
  const { port } = proxy.address() as AddressInfo;

  return {
    origin: `http://localhost:${port}`,
    served,
    add(instanceOrigin) {
      upstreams.push(new URL(instanceOrigin));
      served.push(0);
    },
    remove(instanceOrigin) {
      const index = upstreams.findIndex((upstream) => upstream.origin === new URL(instanceOrigin).origin);
      if (index !== -1) removed.add(index);
    },
    close: async () => {
      proxy.closeAllConnections();
      await new Promise((resolve) => proxy.close(resolve));
    },
  };
}
