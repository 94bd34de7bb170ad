import type { Context } from 'koa';
import { z } from 'zod';
import { RequestError } from '../http/request-error.ts';

const defaultPageSize = 20;
const maxPageSize = 100;

export type Page = { offset: number; limit: number };

/** Logto's koa-pagination: `page` from 1, `page_size` 1–100 (default 20); anything else is 400 `guard.invalid_pagination`. */
export function pageOf(query: Context['query']): Page {
  const { page, page_size: pageSize } = query;
  const pageNumber = page ? z.number().positive().safeParse(Number(page)) : { success: true as const, data: 1 };
  const limit = pageSize ? z.number().positive().max(maxPageSize).safeParse(Number(pageSize)) : { success: true as const, data: defaultPageSize };
  if (!pageNumber.success || !limit.success) throw new RequestError('guard.invalid_pagination', 400);
  return { offset: (pageNumber.data - 1) * limit.data, limit: limit.data };
}

/**
 * A `Link` to another page of this list, as Logto builds it (utils/pagination.ts): the request's origin
 * and path as Logto's Management API router sees them, that is without the `/api` it is mounted at
 * (recorded: `<http://127.0.0.1:3001/logs?page_size=2&page=2>; rel="next"`), and the request's query with
 * `page` set.
 */
function link(ctx: Context, page: number, rel: 'first' | 'last' | 'prev' | 'next'): string {
  const path = ctx.path.replace(/^\/api(?=\/)/, '');
  const query = new URLSearchParams({ ...(ctx.query as Record<string, string>), page: String(page) });
  return `<${ctx.protocol}://${ctx.host}${path}?${query.toString()}>; rel="${rel}"`;
}

/** The headers Logto's pagination answers with: `Total-Number`, and `Link` to the first, last, previous and next pages. */
export function setPaginationHeaders(ctx: Context, { offset, limit }: Page, total: number): void {
  const totalPage = Math.ceil(total / limit) || 1;
  const page = Math.floor(offset / limit) + 1;
  ctx.set('Total-Number', String(total));
  ctx.append('Link', link(ctx, 1, 'first'));
  ctx.append('Link', link(ctx, totalPage, 'last'));
  if (page > 1) ctx.append('Link', link(ctx, page - 1, 'prev'));
  if (page < totalPage) ctx.append('Link', link(ctx, page + 1, 'next'));
}
