/**
 * Request bodies are read here, before Astro sees them, and never past a small limit: the site's forms
 * carry a few short fields, so anything bigger is refused without being held in memory.
 */
import type { IncomingMessage } from 'node:http';

/** The largest body any form of the site may send (the settings form is well under 2 KB). */
export const bodyLimitBytes = 16 * 1024;

export type BoundedBody = { ok: true; body: Buffer } | { ok: false };

/**
 * Reads the body up to `limit` bytes. A declared Content-Length over the limit is refused before a byte
 * is read; a chunked body is counted as it arrives and refused at the first byte over. After a refusal
 * the caller answers 413 and Node discards the rest of the upload without keeping it.
 */
export function readBoundedBody(request: IncomingMessage, limit = bodyLimitBytes): Promise<BoundedBody> {
  const declared = Number(request.headers['content-length']);
  if (Number.isFinite(declared) && declared > limit) return Promise.resolve({ ok: false });
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let received = 0;
    const onData = (chunk: Buffer) => {
      received += chunk.length;
      if (received > limit) {
        cleanup();
        chunks.length = 0;
        resolve({ ok: false });
        return;
      }
      chunks.push(chunk);
    };
    const onEnd = () => {
      cleanup();
      resolve({ ok: true, body: Buffer.concat(chunks, received) });
    };
    const onError = (error: Error) => {
      cleanup();
      reject(error);
    };
    const cleanup = () => {
      request.off('data', onData);
      request.off('end', onEnd);
      request.off('error', onError);
    };
    request.on('data', onData);
    request.on('end', onEnd);
    request.on('error', onError);
  });
}

/** Methods whose body Astro reads (it skips GET and HEAD). */
export function carriesBody(method: string | undefined): boolean {
  return method !== 'GET' && method !== 'HEAD' && method !== undefined;
}
