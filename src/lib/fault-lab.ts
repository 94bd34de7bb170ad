/**
 * The fault lab: ready-made apps on the built-in local tenant, each configured so that one thing a reader
 * can get wrong is wrong, so the failure can be watched before it happens for real. One source of truth
 * for what both sides must agree on, like ./local-tenant-defaults.ts: the local tenant builds each
 * scenario's app, connector and Naver app from here (src/local-tenant/config/fault-lab.ts), and the site
 * offers them in the playground's picker, the guide and the README (src/playground/fault-lab/).
 *
 * The scenario is visible only as its App ID, as a misconfigured real tenant would be: `appSecret` is
 * what the reader types (for `wrong-app-secret` it is not the app's real secret).
 */

export const faultScenarioIds = [
  'wrong-app-secret',
  'spa-app',
  'native-app',
  'm2m-app',
  'redirect-uri-not-registered',
  'post-sign-out-uri-not-registered',
  'connector-not-in-sign-in-experience',
  'no-naver-connector',
  'wrong-naver-client-id',
  'wrong-naver-client-secret',
  'wrong-naver-client-secret-401',
  'naver-callback-url-mismatch',
  'naver-app-in-development',
  'naver-email-declined',
  'naver-token-endpoint-down',
  'naver-profile-api-down',
  'sign-in-only-new-user',
  'id-token-unknown-key',
  'id-token-wrong-issuer',
  'id-token-wrong-audience',
  'id-token-expired',
  'tenant-clock-ahead',
  'id-token-hs256',
  'token-endpoint-503',
  'cancel-at-naver',
  'jwks-rotated',
] as const;
export type FaultScenarioId = (typeof faultScenarioIds)[number];

export interface FaultScenarioApp {
  /** 21 characters [0-9a-z], like every Logto app id. */
  appId: string;
  /** What the reader types as the App secret (32 characters [0-9A-Za-z]). */
  appSecret: string;
}

export const faultScenarioApps: Record<FaultScenarioId, FaultScenarioApp> = {
  'wrong-app-secret': { appId: '83lmj5aj0d6flog4w14cp', appSecret: 'Okcb4SZdcmO5gUYTNPPBJSjhA84DUGhs' },
  'spa-app': { appId: 'yk8i2n3ztzcqbw96qe404', appSecret: 'KNpuDE9gdCtYlQEc4xiUMcb3QMf8nfn1' },
  'native-app': { appId: 'rh1hfvrsrtvnup5vzjrqz', appSecret: 'okVrA0sAliOvzwk5uQmWx9mNctCmc2jk' },
  'm2m-app': { appId: 'xj8h5cddv3ck4wtc1be2v', appSecret: 'cXruAqJTJgvPqXeypC2QfOzplyjzRXvE' },
  'redirect-uri-not-registered': { appId: '1rbkon6ibacx2cj1nr72v', appSecret: 'oBFlCwlhSA0ROixpvNG5Rf9m0IohuwLa' },
  'post-sign-out-uri-not-registered': { appId: 'djah4icehceu3b8823stt', appSecret: 'JPbz5Qt9kV0Ig3Mii9eRS5jGopQxBulD' },
  'connector-not-in-sign-in-experience': { appId: '162fe1rb0je0o17x8j1mz', appSecret: 'kGV6A48EBIUwCj1jAUvupaGnOyIJs6kN' },
  'no-naver-connector': { appId: '4wg4eo2koitz7ellklrum', appSecret: 'zIkrLAf1O4P9sfGhMxRQ3a2n0FVQqg6W' },
  'wrong-naver-client-id': { appId: '7d1j8g0odyu6rscougrx0', appSecret: 'hRkvzjw43UwztmkteiKelOd3LV48VP1V' },
  'wrong-naver-client-secret': { appId: 'dgqcb1tcygn60fiz2g6fz', appSecret: 'ENGYPwfIgfjqRKXCh5ncgKVdCGn0uTng' },
  'wrong-naver-client-secret-401': { appId: 'e1ci2w9gv25jfhvqo08sq', appSecret: 'bbZAELaogmwKMzHDiEyGiMs0QbmnVQs9' },
  'naver-callback-url-mismatch': { appId: 'pnhre8kqp3woybrip3388', appSecret: 'wdeIh7x6m7XuSh9eqLnumHvR0kz45n6R' },
  'naver-app-in-development': { appId: 'i60sqn5avj5fufoe1vc82', appSecret: 'h7w3i2r7k9bnpm7zqH4ClrYTcrHAVF2N' },
  'naver-email-declined': { appId: 'nvi69vcushk62gjfd3xf7', appSecret: '5kDygmfzXtj9HwQ0GTnRfV9r34CwI1L5' },
  'naver-token-endpoint-down': { appId: 'm1pe54s3279d4x63nugql', appSecret: 'biAdJV33ARLPIzfv4iD4YEAbKxJE5MU2' },
  'naver-profile-api-down': { appId: 'okodoii604fjsi8nv4ych', appSecret: 'dMMQpurrjTf3pdQChOy8ZbZg7o93TmFc' },
  'sign-in-only-new-user': { appId: 'nsansrujb291g00843dy2', appSecret: '2qIiQbKLeaco8ovK6CGB5pJTpaHSSyBG' },
  'id-token-unknown-key': { appId: 'tlbd70f49fbubej771jv9', appSecret: 'Y7D7rC9v56IFFlxxifuLMkeoLN5wxkIk' },
  'id-token-wrong-issuer': { appId: 'v4wo5zbusw4hulp3r8ofr', appSecret: 'h3zJnElHskzrZZQjMnFk58j8ptrgGm7Z' },
  'id-token-wrong-audience': { appId: 'kae895na5yu0gf7029bft', appSecret: '2bHvYj7uJrc3l0e6dkp7AlVEDy67uNOV' },
  'id-token-expired': { appId: 'pzb3oeqhxa4bcfjhdh1j8', appSecret: 'rwixnUCZC4krkyVb015iOyucKJMuyYIl' },
  'tenant-clock-ahead': { appId: 'of4txem9oncetgnwgy1xh', appSecret: 'nEJoz903pEAs5LnEgBrrXDgn1NujQ0wB' },
  'id-token-hs256': { appId: 'oms1xvgcuss0lgt89njwc', appSecret: 'vLC1iaJ8KfIYCoaXX4KFoQPrrrkmMwd6' },
  'token-endpoint-503': { appId: 'wptbx8psda3jird28yy9l', appSecret: 'jDotEkDis9LOh70vjzEdSebcMHsqa0vq' },
  'cancel-at-naver': { appId: 'mg5544bbjzvtyp8pjl7kv', appSecret: 'z6SXWBuVnKXyZs53I3UVdaWhf2y1Ktvu' },
  'jwks-rotated': { appId: '29599k0hsige5e602r9zz', appSecret: 'Fi4NsRZrTRvJJZXaDG7GWsbE8yv8o5jj' },
};

/** The app's real secret in the tenant where it differs from what the reader is given. */
export const WRONG_APP_SECRET_REAL_SECRET = 'lZkTaFZaxiQi6NKR9gRFB143SrCrJYSq';

export function faultScenarioOfApp(appId: string): FaultScenarioId | undefined {
  return faultScenarioIds.find((id) => faultScenarioApps[id].appId === appId);
}
