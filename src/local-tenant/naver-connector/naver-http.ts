import { fetch as undiciFetch } from 'undici';
import type { Dispatcher } from 'undici';
import { defaultTimeoutMs, maxResponseBytes } from './constants.ts';
import { ConnectorError } from './connector-error.ts';
import { asGotError } from './http-errors.ts';

type NaverHttpResponse = { status: number; statusText: string; ok: boolean; text: string };

/**
 * One POST to Naver with the connector's time-out and a size cap. A network failure or time-out throws
 * what got throws there (http-errors.ts); a non-2xx answer is returned, and each caller decides, as the
 * real connector does at each call.
 */
export async function postToNaver(url: string, init: { headers?: Record<string, string>; body?: URLSearchParams; dispatcher?: Dispatcher | undefined }) {
  let response: Response;
  try {
    const request = {
      method: 'POST',
      headers: { accept: 'application/json', ...init.headers },
      ...(init.body ? { body: init.body } : {}),
      redirect: 'manual',
      signal: AbortSignal.timeout(defaultTimeoutMs),
    } as const;
    // With a connect-to address (endpoints.ts), undici's own fetch, which takes its dispatcher.
    response = init.dispatcher
      ? ((await undiciFetch(url, { ...request, dispatcher: init.dispatcher })) as unknown as Response)
      : await fetch(url, request);
  } catch (error) {
    throw asGotError(error, defaultTimeoutMs);
  }
  const text = await readCapped(response);
  return { status: response.status, statusText: response.statusText, ok: response.ok, text } satisfies NaverHttpResponse;
}

/** Naver's bodies are a few hundred bytes; the cap is this tenant's own guard (got has none). */
async function readCapped(response: Response): Promise<string> {
  const declared = Number(response.headers.get('content-length'));
  if (declared > maxResponseBytes) {
    await response.body?.cancel();
    throw new ConnectorError('invalid_response', 'response too large');
  }
  const chunks: Uint8Array[] = [];
  let size = 0;
  if (response.body) {
    for await (const chunk of response.body) {
      size += chunk.byteLength;
      if (size > maxResponseBytes) {
        throw new ConnectorError('invalid_response', 'response too large');
      }
      chunks.push(chunk);
    }
  }
  return Buffer.concat(chunks).toString('utf8');
}

/** connector-kit's parseJson: a body that is not JSON is an invalid response carrying the body. */
export function parseNaverJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new ConnectorError('invalid_response', text);
  }
}
