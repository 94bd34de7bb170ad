import type { Context, Middleware, Next } from 'koa';

export type RouteParams = Readonly<Record<string, string>>;
export type RouteHandler = (ctx: Context, params: RouteParams) => Promise<void> | void;

type Route = { method: string; pattern: RegExp; keys: string[]; handler: RouteHandler };

/** The `:name` segments, decoded; undefined when one is not valid percent-encoding (then no route matches: 404, not 500). */
function decodeParams(keys: readonly string[], match: RegExpExecArray): RouteParams | undefined {
  const params: Record<string, string> = {};
  try {
    keys.forEach((key, index) => {
      params[key] = decodeURIComponent(match[index + 1] ?? '');
    });
  } catch {
    return undefined;
  }
  return params;
}

/** Just enough routing for a handful of fixed paths with `:name` segments. */
export class Router {
  readonly #routes: Route[] = [];

  on(method: string, path: string, handler: RouteHandler): this {
    const keys: string[] = [];
    const source = path
      .split('/')
      .map((segment) => {
        if (!segment.startsWith(':')) return segment.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
        keys.push(segment.slice(1));
        return '([^/]+)';
      })
      .join('/');
    this.#routes.push({ method, pattern: new RegExp(`^${source}$`), keys, handler });
    return this;
  }

  middleware(): Middleware {
    return async (ctx: Context, next: Next) => {
      for (const route of this.#routes) {
        if (route.method !== ctx.method) continue;
        const match = route.pattern.exec(ctx.path);
        const params = match ? decodeParams(route.keys, match) : undefined;
        if (!params) continue;
        await route.handler(ctx, params);
        return;
      }
      await next();
    };
  }
}
