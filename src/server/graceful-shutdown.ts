/**
 * SIGTERM/SIGINT: stop accepting connections, let the requests in flight finish, then exit. A request
 * still running after the grace period is cut off so a deployment's stop never hangs.
 */
import type { Server } from 'node:http';

export function closeGracefully(server: Server, graceMs: number): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => {
      server.closeAllConnections();
      resolve();
    }, graceMs);
    timer.unref();
    server.close(() => {
      clearTimeout(timer);
      resolve();
    });
    // Keep-alive connections with no request in flight would hold close() open until they time out.
    server.closeIdleConnections();
  });
}

export function exitOnSignals(server: Server, graceMs = 10_000): void {
  let stopping = false;
  const stop = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    console.log(`[server] ${signal}: finishing requests in flight, then exiting`);
    void closeGracefully(server, graceMs).then(() => process.exit(0));
  };
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
}
