/**
 * The production server: `npm start` runs it after the build; a deployment runs
 * `node src/server/main.ts` (see README "Deploying publicly"). It checks the environment, tells the
 * Astro app the same decisions through process.env, then serves the build in dist/ (ASTRO_OUT_DIR).
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { appEnvironment, parseServerEnv, ServerConfigError, type ServerConfig } from './env.ts';
import { exitOnSignals } from './graceful-shutdown.ts';
import { loadPrerenderedCsp } from './security-headers.ts';
import { baseSecurityHeaders, createSiteServer, type AstroHandler } from './site-server.ts';
import { staticFiles } from './static-files.ts';

function configOrExit(): ServerConfig {
  try {
    return parseServerEnv(process.env);
  } catch (error) {
    if (error instanceof ServerConfigError) {
      // One line naming what is missing; never the values.
      console.error(`[server] refusing to start: ${error.message}`);
      process.exit(78); // EX_CONFIG
    }
    throw error;
  }
}

const config = configOrExit();
for (const [name, value] of Object.entries(appEnvironment(config))) {
  if (value === undefined) delete process.env[name];
  else process.env[name] = value;
}
if (config.mode === 'LOCAL' && !config.siteOrigin && config.host !== 'localhost') {
  console.warn(`[server] PLAYGROUND_MODE=LOCAL on HOST=${config.host}: visitors can make this server fetch private addresses`);
}

const outDir = resolve(config.outDir);
const entry = join(outDir, 'server/entry.mjs');
if (!existsSync(entry)) {
  console.error(`[server] refusing to start: no build at ${entry} (run npm run build)`);
  process.exit(78);
}
const { handler } = (await import(pathToFileURL(entry).href)) as { handler: AstroHandler };

const server = createSiteServer({
  config,
  astro: handler,
  staticFiles: staticFiles(join(outDir, 'client'), loadPrerenderedCsp(outDir), baseSecurityHeaders(config)),
});
exitOnSignals(server);
server.listen(config.port, config.host, () => {
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  const host = config.host.includes(':') ? `[${config.host}]` : config.host;
  console.log(`[server] ${config.mode} mode, listening on http://${host}:${port}`);
});
