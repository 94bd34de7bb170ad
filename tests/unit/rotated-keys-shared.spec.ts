import { decodeProtectedHeader } from 'jose';
import { buildDefaultTenantConfig } from '../../src/local-tenant/config/default-config.ts';
import { logtoVersionProfile } from '../../src/local-tenant/config/logto-version.ts';
import { SimulatedFaults } from '../../src/local-tenant/oidc/simulated-faults.ts';
import { keysFromSecret } from '../../src/local-tenant/oidc/tenant-secret.ts';
import { memoryStore } from '../../src/local-tenant/store/memory-store.ts';
import { expect, test } from '../support/fixtures.ts';

test('jwks-rotated: a key one instance rotates in is listed by every instance sharing the store, only its public half, for an ID token’s lifetime', async () => {
  let now = 1_700_000_000_000;
  const store = memoryStore({ now: () => now });
  const config = buildDefaultTenantConfig({ siteOrigin: 'http://localhost:4321', tenantEndpoint: 'http://localhost:3001' });
  const { signingKey, unknownKey } = await keysFromSecret('rotated-keys-test-secret-0123456789abcdef');
  const instance = () => SimulatedFaults.create(config, { tenantKey: signingKey, unknownKey, rotatedKeys: store.lists('rotated-keys') }, logtoVersionProfile(config.logtoVersion));
  const [one, two] = [instance(), instance()];
  expect(await two.extraPublicKeys()).toEqual([]);

  const claims = { sub: 'x', iat: Math.floor(now / 1000), exp: Math.floor(now / 1000) + 3600 };
  const token = await one.issueFaultyIdToken('rotated-key', config.apps[0]!.id, claims);
  const { kid } = decodeProtectedHeader(token);
  const listed = await two.extraPublicKeys();
  expect(listed.map((key) => key.kid)).toEqual([kid]);
  expect(listed[0]).not.toHaveProperty('d');
  expect(kid).not.toBe(signingKey.kid);

  now += 3601 * 1000;
  expect(await two.extraPublicKeys()).toEqual([]);
});
