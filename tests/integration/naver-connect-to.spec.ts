import { naverEndpointsFor } from '../../src/local-tenant/naver-connector/endpoints.ts';
import { postToNaver } from '../../src/local-tenant/naver-connector/naver-http.ts';
import { expect, test } from '../support/fixtures.ts';

test('NAVER_MOCK_CONNECT: the connector reaches a public name that is not in DNS at the operator’s address, Host unchanged', async ({ httpServer }) => {
  const seen: { host: string | undefined; url: string | undefined }[] = [];
  const server = await httpServer((request, response) => {
    seen.push({ host: request.headers.host, url: request.url });
    response.writeHead(200, { 'content-type': 'application/json' }).end('{"ok":true}');
  });
  const port = Number(new URL(server.origin).port);
  const endpoints = naverEndpointsFor('http://naver.sandbox.invalid:8443', { host: '127.0.0.1', port });
  const answer = await postToNaver(endpoints.tokenEndpoint, { body: new URLSearchParams({ a: 'b' }), dispatcher: endpoints.dispatcher });
  expect(answer).toMatchObject({ status: 200, text: '{"ok":true}' });
  expect(seen).toEqual([{ host: 'naver.sandbox.invalid:8443', url: '/oauth2.0/token' }]);
  // Without it the name does not resolve: got's RequestError, as the audit log records it.
  const unresolved = await postToNaver(naverEndpointsFor('http://naver.sandbox.invalid:8443').tokenEndpoint, {}).catch((error: unknown) => error);
  expect((unresolved as Error).name).toBe('RequestError');
});
