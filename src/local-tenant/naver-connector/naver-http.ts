import { defaultTimeoutMs, maxResponseBytes } from './constants.ts';
import { ConnectorError } from './connector-error.ts';

type NaverHttpResponse = { status: number; ok: boolean; text: string };

/**
 * One POST to Naver with the connector's time-out and a size cap. A network failure or time-out is a
 * 500, as when `got` throws inside the real connector.
 */
export async function postToNaver(url: string, init: { headers?: Record<string, string>; body?: URLSearchParams }) {
  let response: Response;
  try {
    response = await fetch(url, {
      method: 'POST',
      headers: { accept: 'application/json', ...init.headers },
      ...(init.body ? { body: init.body } : {}),
      redirect: 'manual',
      signal: AbortSignal.timeout(defaultTimeoutMs),
    });
  } catch (error) {
    throw new ConnectorError('general', { status: 500, description: 'Naver could not be reached.', cause: error });
  }
  const text = await readCapped(response);
  return { status: response.status, ok: response.ok, text } satisfies NaverHttpResponse;
}

async function readCapped(response: Response): Promise<string> {
  const declared = Number(response.headers.get('content-length'));
  if (declared > maxResponseBytes) {
    await response.body?.cancel();
    throw new ConnectorError('invalid_response', { data: { reason: 'response too large' } });
  }
  const chunks: Uint8Array[] = [];
  let size = 0;
  if (response.body) {
    for await (const chunk of response.body) {
      size += chunk.byteLength;
      if (size > maxResponseBytes) {
        throw new ConnectorError('invalid_response', { data: { reason: 'response too large' } });
      }
      chunks.push(chunk);
    }
  }
  return Buffer.concat(chunks).toString('utf8');
}

/** Like connector-kit's parseJson: a body that is not JSON is an invalid response. */
export function parseNaverJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new ConnectorError('invalid_response', { data: { reason: 'not JSON' } });
  }
}
