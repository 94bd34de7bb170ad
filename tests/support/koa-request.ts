import { IncomingMessage, ServerResponse } from 'node:http';
import { Socket } from 'node:net';
import Koa from 'koa';
import type { Context } from 'koa';

/** A real Koa context for a request with this Accept-Language, for code that negotiates on one. */
export function koaRequestIn(acceptLanguage: string): Context {
  const request = new IncomingMessage(new Socket());
  request.headers['accept-language'] = acceptLanguage;
  return new Koa().createContext(request, new ServerResponse(request));
}
