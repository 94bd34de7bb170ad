/**
 * A port nothing listens on at the moment of asking, for a server that takes a fixed port (the local
 * tenant's main.ts, redis-server). Between this answer and the server's listen another process could
 * take it; a server that takes port 0 and says where it listens (src/server/main.ts) avoids that.
 */
import { createServer } from 'node:net';
import type { AddressInfo } from 'node:net';

/** `host` is where the server will listen: `localhost` (the default) probes what Node binds it to. */
export async function freePort(host = 'localhost'): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve, reject) => {
    probe.once('error', reject);
    probe.listen(0, host, () => resolve());
  });
  const { port } = probe.address() as AddressInfo;
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  return port;
}
