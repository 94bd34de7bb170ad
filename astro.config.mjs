// @ts-check
import { defineConfig, envField } from 'astro/config';
import node from '@astrojs/node';
import mdx from '@astrojs/mdx';

// Server variables marked `secret` are read when the server starts, not baked in at build time,
// so one build can serve the local tenant, a staging tenant or a public deployment.
const runtime = /** @type {const} */ ({ context: 'server', access: 'secret' });

export default defineConfig({
  // Overridable so that several builds can sit side by side (parallel test runs); `dist/` otherwise.
  outDir: process.env.ASTRO_OUT_DIR ?? './dist',
  cacheDir: process.env.ASTRO_CACHE_DIR ?? './node_modules/.astro',
  output: 'server',
  adapter: node({ mode: 'standalone' }),
  integrations: [mdx()],
  // Code stays plain text: the guide's script fills the reader's values into it, and highlighter colours
  // would add weight and contrast problems in dark mode.
  markdown: { syntaxHighlight: false },
  trailingSlash: 'ignore',
  i18n: {
    locales: ['ja', 'en', 'ko'],
    defaultLocale: 'en',
    routing: { prefixDefaultLocale: true, redirectToDefaultLocale: false },
  },
  security: {
    // Form posts must come from this site's own pages (CSRF).
    checkOrigin: true,
    // Behind a TLS-terminating proxy the browser posts from https://public-host while the server itself
    // is reached over http; trusting X-Forwarded-Proto/Host for https lets the origin check compare the
    // right origins there.
    allowedDomains: [{ protocol: 'https' }],
  },
  env: {
    schema: {
      LOCAL_TENANT_ENDPOINT: envField.string({ ...runtime, url: true, default: 'http://localhost:3001' }),
      PLAYGROUND_MODE: envField.enum({ ...runtime, values: ['LOCAL', 'PUBLIC'], default: 'LOCAL' }),
      COOKIE_SECRET: envField.string({ ...runtime, optional: true, min: 32 }),
      SITE_ORIGIN: envField.string({ ...runtime, optional: true, url: true }),
    },
  },
});
