import { CompactSign, decodeProtectedHeader, importJWK } from 'jose';
import type { JWK } from 'jose';
import type Provider from 'oidc-provider';
import type { LogtoVersionProfile } from '../config/logto-version.ts';
import type { SimulatedFaults } from './simulated-faults.ts';

/**
 * Logto's ID tokens as the tenant's version issues them. oidc-provider 9.13 issues them as Logto 1.42
 * does (header `{alg, kid}`, no `at_hash`). Logto 1.37 ran an older release, which added two details:
 * `at_hash` on ID tokens from the token endpoint, and `typ: "JWT"` in the header (recorded header:
 * `{alg, typ, kid}`); there the payload is re-signed with the same key under that header. A fault-lab
 * app with an ID-token fault gets its token from `faults` instead (simulated-faults.ts).
 */
export async function matchLogtoIdTokens(
  provider: Provider,
  signingKey: JWK,
  faults: SimulatedFaults,
  profile: Pick<LogtoVersionProfile, 'idToken'>,
): Promise<void> {
  const key = await importJWK(signingKey, 'ES384');
  const kid = signingKey.kid ?? '';
  const { typHeader, atHash } = profile.idToken;
  const prototype = provider.IdToken.prototype;
  const issue = prototype.issue;
  prototype.issue = async function issueLikeLogto(this: typeof prototype, context) {
    if (context.use !== 'idtoken') return issue.call(this, context);
    // The access token is opaque, so its value is its jti.
    const accessToken = this.ctx?.oidc?.entities.AccessToken;
    if (atHash && accessToken?.jti && this.extra['at_hash'] === undefined) this.set('at_hash', accessToken.jti);
    const issued = await issue.call(this, context);
    const header = decodeProtectedHeader(issued);
    if (header.kid !== kid || header.alg !== 'ES384') return issued;
    const [, payload = ''] = issued.split('.');
    const clientId = this.ctx?.oidc?.client?.clientId;
    const fault = faults.idTokenFaultOf(clientId);
    if (fault && clientId) {
      const claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as Record<string, unknown>;
      return faults.issueFaultyIdToken(fault, clientId, claims);
    }
    if (!typHeader) return issued;
    return new CompactSign(Buffer.from(payload, 'base64url'))
      .setProtectedHeader({ alg: 'ES384', typ: 'JWT', kid })
      .sign(key);
  };
}
