/**
 * Compresses the built static files once, at build time: `x.br` and `x.gz` next to each `x` in
 * dist/client, so the server sends them as they are (src/server/static-files.ts picks the variant the browser accepts)
 * instead of compressing the same bytes for every reader.
 */
import { readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import type { AstroIntegration } from 'astro';

const brotli = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

/** Text formats worth compressing; images and fonts are compressed already. */
const compressible = /\.(html|js|mjs|css|json|svg|txt|md|xml|map|webmanifest)$/;
/** Below this the compressed file plus its header isn't smaller in practice. */
const minimumBytes = 1024;

async function* filesUnder(dir: string): AsyncGenerator<string> {
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* filesUnder(path);
    else if (entry.isFile()) yield path;
  }
}

/** Writes `.br` (best quality: it happens once) and `.gz` beside every compressible file; returns how many. */
export async function precompressDirectory(dir: string): Promise<number> {
  let count = 0;
  for await (const file of filesUnder(dir)) {
    if (!compressible.test(file) || (await stat(file)).size < minimumBytes) continue;
    const bytes = await readFile(file);
    const [br, gz] = await Promise.all([
      brotli(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY } }),
      gzipAsync(bytes, { level: 9 }),
    ]);
    await Promise.all([writeFile(`${file}.br`, br), writeFile(`${file}.gz`, gz)]);
    count += 1;
  }
  return count;
}

export function precompressIntegration(): AstroIntegration {
  return {
    name: 'precompress-static-files',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const count = await precompressDirectory(fileURLToPath(dir));
        logger.info(`${count} static files precompressed (br, gz)`);
      },
    },
  };
}
