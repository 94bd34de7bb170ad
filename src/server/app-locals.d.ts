// What src/server/site-server.ts hands every request of the Astro app (context.locals).
declare namespace App {
  interface Locals {
    /** The reader's address: the socket's, or the trusted proxy's X-Forwarded-For entry (TRUST_PROXY). */
    clientAddress?: string | undefined;
    /** Set only for an island request whose render the server keeps (src/server/island-render-cache.ts). */
    keepIslandRender?: ((render: import('./island-render-cache.ts').KeptRender) => void) | undefined;
  }
}
