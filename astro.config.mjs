// @ts-check
import { defineConfig, envField } from 'astro/config';
import node from '@astrojs/node';
import mdx from '@astrojs/mdx';
import { bodyLimitBytes } from './src/server/body-limit.ts';
import { precompressIntegration } from './src/server/precompress.ts';
import { codeThemeStylesheet, guideMarkdownProcessor } from './src/guide/highlight-build.ts';

// Server variables marked `secret` are read when the server starts, not baked in at build time,
// so one build can serve the local tenant, a staging tenant or a public deployment.
const runtime = /** @type {const} */ ({ context: 'server', access: 'secret' });

export default defineConfig({
  // Overridable so that several builds can sit side by side (parallel test runs); `dist/` otherwise.
  outDir: process.env.ASTRO_OUT_DIR ?? './dist',
  cacheDir: process.env.ASTRO_CACHE_DIR ?? './node_modules/.astro',
  output: 'server',
  // `middleware`: the built app is a request handler that src/server/main.ts (the production server)
  // mounts behind its own host trust, body limit, compression, static files and security headers.
  // staticHeaders: the prerendered pages' CSP goes to dist/_headers.json, which that server sends as a
  // header (a <meta> CSP can't carry frame-ancestors). The body limit is the server's; this one only
  // guards the handler if someone mounts it elsewhere.
  adapter: node({ mode: 'middleware', staticHeaders: true, bodySizeLimit: bodyLimitBytes }),
  integrations: [mdx(), precompressIntegration()],
  // Code is highlighted at build time by src/guide/highlight.ts (Shiki, colours as classes: the CSP below
  // allows no style attributes, which Astro's own Shiki output uses), fences and sample files alike.
  markdown: { syntaxHighlight: false, processor: guideMarkdownProcessor() },
  vite: { plugins: [codeThemeStylesheet()] },
  trailingSlash: 'ignore',
  i18n: {
    locales: ['ja', 'en', 'ko'],
    defaultLocale: 'en',
    routing: { prefixDefaultLocale: true, redirectToDefaultLocale: false },
  },
  security: {
    // Form posts must come from this site's own pages (CSRF).
    checkOrigin: true,
    // Astro trusts no X-Forwarded-* header at all. The public origin is a runtime fact (SITE_ORIGIN, one
    // build serves any host), so src/server/host-trust.ts decides it per request, from SITE_ORIGIN or a
    // loopback Host, and hands Astro a request that already carries it; a forged Host or X-Forwarded-*
    // never reaches this app.
    allowedDomains: [],
    // Hashes for every script and style Astro emits, the server-island loader included; no
    // 'unsafe-inline'. The extra directives apply to every page (all sent as headers, see staticHeaders).
    csp: {
      directives: [
        "default-src 'self'",
        // Naver profile pictures (the panel shows the signed-in reader's) come from Naver's image CDN.
        "img-src 'self' data: https://*.pstatic.net",
        "object-src 'none'",
        "base-uri 'self'",
        "frame-ancestors 'none'",
      ],
    },
  },
  env: {
    schema: {
      // The sandbox (the local tenant as a service): the playground's built-in tenant and the fault lab's.
      // src/server/env.ts decides it (SANDBOX_ENDPOINT, or in LOCAL mode the local tenant) and sets this
      // before the app loads; the launcher sets it for `astro build` and `astro dev`. Unset: there is none.
      // The prerendered guide bakes what the build was given (src/launcher/build.ts).
      SANDBOX_ENDPOINT: envField.string({ ...runtime, optional: true, url: true }),
      // host:port the site's fetches to SANDBOX_ENDPOINT connect at instead (curl's --connect-to).
      SANDBOX_CONNECT: envField.string({ ...runtime, optional: true }),
      // src/server/main.ts decides the mode (PUBLIC unless HOST is loopback) and sets this before the app
      // loads; the default only serves `astro dev`, which binds to localhost.
      PLAYGROUND_MODE: envField.enum({ ...runtime, values: ['LOCAL', 'PUBLIC'], default: 'LOCAL' }),
      COOKIE_SECRET: envField.string({ ...runtime, optional: true, min: 32 }),
      SITE_ORIGIN: envField.string({ ...runtime, optional: true, url: true }),
      // The rate limit on endpoints that make the server fetch (src/middleware/rate-limit.ts): per client address,
      // counted in Redis when REDIS_URL is set (all instances share one budget), else in memory.
      REDIS_URL: envField.string({ ...runtime, optional: true, url: true }),
      // Set by src/server/main.ts from its decision (src/server/env.ts): RATE_LIMIT_POINTS when given,
      // else 30, except LOCAL mode on a loopback bind, whose only visitor is the machine's owner: there
      // it is unset, and unset means not limited (so under `astro dev`, which binds localhost, too).
      RATE_LIMIT_POINTS: envField.number({ ...runtime, int: true, min: 1, optional: true }),
      RATE_LIMIT_WINDOW_SECONDS: envField.number({ ...runtime, int: true, min: 1, default: 60 }),
      // The audit-log diagnosis (src/playground/config.ts): unset means on in LOCAL mode, off in PUBLIC.
      AUDIT_LOG_DIAGNOSIS: envField.boolean({ ...runtime, optional: true }),
    },
  },
});
