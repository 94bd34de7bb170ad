// What src/server/site-server.ts hands every request of the Astro app (context.locals).
declare namespace App {
  interface Locals {
    /** The reader's address: the socket's, or the trusted proxy's X-Forwarded-For entry (TRUST_PROXY). */
    clientAddress?: string | undefined;
  }
}
