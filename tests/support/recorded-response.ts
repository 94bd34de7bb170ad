import type { OutgoingHttpHeaders, ServerResponse } from 'node:http';

/** What a handler wrote to a node:http response: enough to test handlers that answer with writeHead().end(). */
export interface Recorded {
  status?: number;
  headers?: OutgoingHttpHeaders;
  body?: Buffer | undefined;
}

/** A ServerResponse stand-in that records writeHead() and end() for a unit test. */
export function recordedResponse(): { response: ServerResponse; sent: Recorded } {
  const sent: Recorded = {};
  const response = {
    writeHead(status: number, headers: OutgoingHttpHeaders) {
      Object.assign(sent, { status, headers });
      return response;
    },
    end(body?: Uint8Array) {
      sent.body = body ? Buffer.from(body) : undefined;
      return response;
    },
  };
  return { response: response as unknown as ServerResponse, sent };
}
