import type { Context } from 'koa';

/** Decodes one half of an HTTP Basic client credential (form-encoded, RFC 6749 §2.3.1). */
function formDecoded(value: string): string | undefined {
  try {
    return decodeURIComponent(value.replace(/\+/g, ' '));
  } catch {
    return undefined;
  }
}

/**
 * The client id and secret a token request presents: in HTTP Basic, or as `client_id`/`client_secret`
 * in the form (`form`: oidc-provider's parsed parameters, when it has them). Basic wins, as at Logto.
 */
export function presentedClientCredentials(
  ctx: Pick<Context, 'get'>,
  form: Readonly<Record<string, unknown>> = {},
): { clientId?: string; clientSecret?: string } {
  const match = /^Basic\s+(\S+)$/i.exec(ctx.get('authorization'));
  if (match?.[1]) {
    const decoded = Buffer.from(match[1], 'base64').toString('utf8');
    const separator = decoded.indexOf(':');
    if (separator > 0) {
      const clientId = formDecoded(decoded.slice(0, separator));
      const clientSecret = formDecoded(decoded.slice(separator + 1));
      return { ...(clientId ? { clientId } : {}), ...(clientSecret ? { clientSecret } : {}) };
    }
  }
  const clientId = form['client_id'];
  const clientSecret = form['client_secret'];
  return {
    ...(typeof clientId === 'string' && clientId ? { clientId } : {}),
    ...(typeof clientSecret === 'string' && clientSecret ? { clientSecret } : {}),
  };
}
