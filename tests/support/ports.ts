/**
 * Ports of the servers Playwright starts for the test run. They differ from `npm start`'s defaults so
 * the tests can run while a reader's own site and tenant are up.
 */
export const testPorts = {
  site: Number(process.env['TEST_SITE_PORT'] ?? 4421),
  tenant: Number(process.env['TEST_TENANT_PORT'] ?? 3021),
  naverMock: Number(process.env['TEST_NAVER_MOCK_PORT'] ?? 3022),
} as const;

export const testSiteOrigin = `http://localhost:${testPorts.site}`;
export const testTenantEndpoint = `http://localhost:${testPorts.tenant}`;
export const testNaverMockOrigin = `http://localhost:${testPorts.naverMock}`;
