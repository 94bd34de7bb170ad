import { createServer } from 'node:http';
import { z } from 'zod';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { showConsent, submitConsent } from './authorize.ts';
import { naverMockConfigSchema } from './config.ts';
import type { NaverMockConfig, NaverMockConfigInput } from './config.ts';
import { GrantStore } from './grant-store.ts';
import { BodyTooLargeError, sendJson } from './http-io.ts';
import { showProfile } from './profile.ts';
import { issueToken } from './token.ts';

export type NaverMockServer = { origin: string; close(): Promise<void> };

async function route(
  config: NaverMockConfig,
  grants: GrantStore,
  request: IncomingMessage,
  response: ServerResponse,
): Promise<void> {
  const url = new URL(request.url ?? '/', 'http://naver-mock.invalid');
  const method = request.method ?? 'GET';
  const key = `${method} ${url.pathname}`;
  switch (key) {
    case 'GET /oauth2.0/authorize':
      return showConsent(config, request, response, url);
    case 'POST /oauth2.0/authorize':
      return submitConsent(config, grants, request, response, url);
    case 'GET /oauth2.0/token':
    case 'POST /oauth2.0/token':
      return issueToken(config, grants, request, response, url);
    case 'GET /v1/nid/me':
    case 'POST /v1/nid/me':
      return showProfile(config, grants, request, response);
    default:
      sendJson(response, 404, { error: 'not_found', error_description: `${method} ${url.pathname} is not a Naver endpoint` });
  }
}

/**
 * Starts the Naver stand-in (nid.naver.com + openapi.naver.com on one origin). `port: 0` picks a free
 * port. Nothing it handles (secrets, codes, tokens) is ever logged.
 */
export async function startNaverMock({
  port,
  host = 'localhost',
  config,
}: {
  port: number;
  host?: string;
  config: NaverMockConfigInput;
}): Promise<NaverMockServer> {
  const parsed = naverMockConfigSchema.safeParse(config);
  if (!parsed.success) {
    throw new Error(`Invalid Naver mock config: ${z.prettifyError(parsed.error)}`);
  }
  const validConfig = parsed.data;
  const grants = new GrantStore();

  const server = createServer((request, response) => {
    route(validConfig, grants, request, response).catch((error: unknown) => {
      if (response.headersSent) return response.destroy();
      if (error instanceof BodyTooLargeError) return sendJson(response, 413, { error: 'invalid_request', error_description: 'request body too large' });
      sendJson(response, 500, { error: 'server_error', error_description: 'The Naver mock failed to handle this request.' });
    });
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });

  const { port: boundPort } = server.address() as AddressInfo;
  const hostForUrl = host.includes(':') ? `[${host}]` : host;
  return {
    origin: `http://${hostForUrl}:${boundPort}`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}
