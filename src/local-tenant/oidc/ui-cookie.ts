import type { KoaContextWithOIDC } from 'oidc-provider';
import { z } from 'zod';

/**
 * Logto's `_logto` cookie: which app and which UI locales the current interaction is for. Logto's
 * sign-in pages read it before they render; it holds no secret, so it is readable by the page.
 */
export const logtoUiCookieName = '_logto';

const logtoUiCookieSchema = z.object({
  appId: z.string().optional(),
  organizationId: z.string().optional(),
  uiLocales: z.string().optional(),
});
type LogtoUiCookie = z.infer<typeof logtoUiCookieSchema>;

function text(value: unknown): string | undefined {
  return typeof value === 'string' && value.length > 0 ? value : undefined;
}

export function writeLogtoUiCookie(ctx: KoaContextWithOIDC, params: Readonly<Record<string, unknown>>): void {
  const value: LogtoUiCookie = {};
  const appId = text(params['client_id']);
  const organizationId = text(params['organization_id']);
  const uiLocales = text(params['ui_locales']);
  if (appId) value.appId = appId;
  if (organizationId) value.organizationId = organizationId;
  if (uiLocales) value.uiLocales = uiLocales;
  ctx.cookies.set(logtoUiCookieName, JSON.stringify(value), {
    sameSite: 'lax',
    path: '/',
    overwrite: true,
    httpOnly: false,
    signed: false,
  });
}

export function readLogtoUiCookie(raw: string | undefined): LogtoUiCookie {
  if (!raw) return {};
  try {
    const parsed = logtoUiCookieSchema.safeParse(JSON.parse(decodeURIComponent(raw)));
    return parsed.success ? parsed.data : {};
  } catch {
    return {};
  }
}
