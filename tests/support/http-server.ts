/**
 * A plain node:http server on a free loopback port, for a test that scripts what a remote answers
 * (a fake Naver, slow or oversized answers). In a test, start it through the `httpServer` fixture
 * (tests/support/fixtures.ts), which closes it after the test.
 */
import { createServer, type RequestListener, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface TestHttpServer {
  server: Server;
  port: number;
  /** `http://<host>:<port>` (IPv6 hosts in brackets). */
  origin: string;
  /** Drops open connections (a request the handler never answers included), then closes. */
  close(): Promise<void>;
}

/** `host` defaults to 127.0.0.1; '::' listens on both stacks. */
export async function startHttpServer(handler: RequestListener, host = '127.0.0.1'): Promise<TestHttpServer> {
  const server = createServer(handler);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, host, () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    server,
    port,
    origin: `http://${host.includes(':') ? `[${host}]` : host}:${port}`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
