import { createServer } from 'node:net';

/**
 * A port nothing listens on right now, for a server that must be told its port before it starts (a
 * sample app whose base URL the tenant registers first). Another process could take it in between;
 * on a test machine that is rare enough, and the test then fails saying the port was in use.
 */
export function freePort(host = 'localhost'): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, host, () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}
