import Router from '@koa/router';
import type { Context } from 'koa';
import type Provider from 'oidc-provider';
import { RequestError } from '../http/request-error.ts';
import type { AppAccessControl } from '../users/app-access-control.ts';

type ConsentApiDeps = { provider: Provider; accessControl: AppAccessControl };

/** The signed-in user and the app of the interaction the request's cookies name, if there is one. */
async function consentingUser(provider: Provider, ctx: Context): Promise<{ accountId: string; clientId: string } | undefined> {
  const details = await provider.interactionDetails(ctx.req, ctx.res).catch(() => undefined);
  const accountId = details?.session?.accountId;
  const clientId = details?.params['client_id'];
  return accountId && typeof clientId === 'string' ? { accountId, clientId } : undefined;
}

/**
 * Logto's consent API (`GET` and `POST /api/interaction/consent`) as far as this tenant needs it: the
 * refusal of a user the app's access control leaves out, 400 `oidc.access_denied` ("Access denied.", in
 * the request's language), which Logto's consent page turns into its "Access denied" page. This
 * tenant's `/consent` consents on the server, so no page of its own calls the API; any other request
 * goes on to the routes after it, which have none (404). Nothing is written to the audit log, as at Logto.
 */
export function consentApiRouter({ provider, accessControl }: ConsentApiDeps): Router {
  const refuseIfDenied = async (ctx: Context, next: () => Promise<unknown>) => {
    const consenting = await consentingUser(provider, ctx);
    if (consenting && !(await accessControl.allows(consenting.clientId, consenting.accountId))) {
      throw new RequestError('oidc.access_denied', 400);
    }
    await next();
  };
  return new Router({ strict: true, sensitive: true }).get('/api/interaction/consent', refuseIfDenied).post('/api/interaction/consent', refuseIfDenied);
}
