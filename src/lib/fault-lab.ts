/**
 * The fault lab: ready-made apps on the built-in local tenant, each set up so that one thing a reader can
 * get wrong is wrong, so the failure can be watched before it happens for real. This is the one table of
 * what both sides must agree on, like ./local-tenant-defaults.ts: each scenario's id, the App ID and
 * secret the reader is given, and how the tenant is set up wrong for it (`fault`, as data). The local
 * tenant builds each scenario's app, connector and Naver app from it (src/local-tenant/config/
 * fault-lab.ts); the site offers the scenarios by id and App ID (src/playground/fault-lab/, where what a
 * scenario means for the reader is keyed by the same ids).
 *
 * The site never reads `fault`: the scenario is visible to it only as its App ID, as a misconfigured real
 * tenant would be, and its diagnoses come from what the tenant answers. `appSecret` is what the reader
 * types (for `wrong-app-secret` it is not the app's real secret).
 */

/** How the tenant can issue one app's ID tokens wrongly (a misbehaving tenant, not a setting). */
export const idTokenFaults = ['unknown-key', 'wrong-issuer', 'wrong-audience', 'expired', 'clock-ahead', 'hs256', 'rotated-key'] as const;
export type IdTokenFault = (typeof idTokenFaults)[number];

/** The scenario app's own Naver connector, and the Naver app at the mock that it is meant to match. */
export interface OwnNaverConnector {
  /** The connector's id: 21 characters, as Logto Console makes them. */
  id: string;
  /** The Naver app's Client ID and Secret, which a correct connector repeats. */
  clientId: string;
  clientSecret: string;
  /** What the connector says instead of the Naver app's Client ID or Secret. */
  says?: { clientId?: string; clientSecret?: string };
  /** The connector is set up and works, but the app's sign-in experience does not show it. */
  notInSignInExperience?: true;
  /** How the Naver app at the mock differs from one set up right. */
  naverApp?: {
    /** Registered as its Callback URL instead of Logto's callback URI: the app's own redirect URI. */
    callbackUrl?: 'app-redirect-uri';
    /** Naver refuses a wrong Client Secret with HTTP 401 instead of 200 with an error. */
    tokenErrorStatus?: 401;
    /** Still 개발 중 (in development), with only the first test user a member. */
    inDevelopment?: true;
    /** 이메일 주소 asked under 추가 (optional), so the user can untick it. */
    emailPermission?: 'optional';
    /** Naver's endpoints that answer 503 for this app. */
    outages?: readonly ('token' | 'profile')[];
    /** Its own ids for every user, so each is new to the tenant. */
    appScopedUserIds?: true;
  };
}

/** How the tenant is set up wrong for one scenario's app. Empty: nothing is (the reader's action is the fault). */
export interface TenantFault {
  /** How the app differs from a Traditional web app with the playground's redirect and post sign-out URIs. */
  app?: {
    /** The app's real secret, where the reader is given another (copied from another app, say). */
    secret?: string;
    type?: 'SPA' | 'Native' | 'M2M';
    redirectUris?: readonly string[];
    postLogoutRedirectUris?: readonly string[];
    /** The app's own sign-in experience offers no social connector at all. */
    noSocialConnectors?: true;
    /** The app's sign-in experience lets only existing users in. */
    signInMode?: 'SignIn';
  };
  /** The app signs in with its own Naver connector instead of the tenant's. */
  naverConnector?: OwnNaverConnector;
  /** The tenant issues this app's ID tokens wrongly. */
  idToken?: IdTokenFault;
  /** The tenant's token endpoint answers this app's code exchange with 503. */
  tokenEndpoint?: 'unavailable';
  /**
   * App-level access control (Logto 1.41+) is on and its rules leave the reader's users out: only the
   * tenant's existing user (최연동, the Naver mock's 기존회원 once linked) is allowed.
   */
  accessControl?: 'deny';
}

export interface FaultScenario {
  /** 21 characters [0-9a-z], like every Logto app id. */
  appId: string;
  /** What the reader types as the App secret (32 characters [0-9A-Za-z]). */
  appSecret: string;
  fault: TenantFault;
}

/** The connector of `wrong-naver-client-secret` and `-401` says this instead of its Naver app's Client Secret. */
const oldNaverClientSecret = 'Hq3bX8kT0p';

/** The scenarios, in the order the picker, the guide and the README list them. */
export const faultScenarios = {
  'wrong-app-secret': {
    appId: '83lmj5aj0d6flog4w14cp',
    appSecret: 'Okcb4SZdcmO5gUYTNPPBJSjhA84DUGhs',
    fault: { app: { secret: 'lZkTaFZaxiQi6NKR9gRFB143SrCrJYSq' } },
  },
  'spa-app': { appId: 'yk8i2n3ztzcqbw96qe404', appSecret: 'KNpuDE9gdCtYlQEc4xiUMcb3QMf8nfn1', fault: { app: { type: 'SPA' } } },
  'native-app': { appId: 'rh1hfvrsrtvnup5vzjrqz', appSecret: 'okVrA0sAliOvzwk5uQmWx9mNctCmc2jk', fault: { app: { type: 'Native' } } },
  'm2m-app': {
    appId: 'xj8h5cddv3ck4wtc1be2v',
    appSecret: 'cXruAqJTJgvPqXeypC2QfOzplyjzRXvE',
    // Logto registers no front-channel URIs for machine-to-machine apps.
    fault: { app: { type: 'M2M', redirectUris: [], postLogoutRedirectUris: [] } },
  },
  'redirect-uri-not-registered': {
    appId: '1rbkon6ibacx2cj1nr72v',
    appSecret: 'oBFlCwlhSA0ROixpvNG5Rf9m0IohuwLa',
    // The URI of Logto's sample app was registered instead of the playground's.
    fault: { app: { redirectUris: ['http://localhost:3000/callback'] } },
  },
  'post-sign-out-uri-not-registered': {
    appId: 'djah4icehceu3b8823stt',
    appSecret: 'JPbz5Qt9kV0Ig3Mii9eRS5jGopQxBulD',
    fault: { app: { postLogoutRedirectUris: ['http://localhost:3000/'] } },
  },
  'connector-not-in-sign-in-experience': {
    appId: '162fe1rb0je0o17x8j1mz',
    appSecret: 'kGV6A48EBIUwCj1jAUvupaGnOyIJs6kN',
    fault: {
      naverConnector: { id: '7rdmi46qiruowlnwn8c8g', clientId: 'DBsT0qOPSWuZNwGiqkr9', clientSecret: 'a1xVdHatg1', notInSignInExperience: true },
    },
  },
  'no-naver-connector': { appId: '4wg4eo2koitz7ellklrum', appSecret: 'zIkrLAf1O4P9sfGhMxRQ3a2n0FVQqg6W', fault: { app: { noSocialConnectors: true } } },
  'wrong-naver-client-id': {
    appId: '7d1j8g0odyu6rscougrx0',
    appSecret: 'hRkvzjw43UwztmkteiKelOd3LV48VP1V',
    // One character off.
    fault: {
      naverConnector: { id: 'vqrgwieopkqahtl8elv5m', clientId: 'gBBUZnu6z5dy1wJaFRqR', clientSecret: '7XbMJWKyT2', says: { clientId: 'gBBUZnu6z5dy1wJaFRqB' } },
    },
  },
  'wrong-naver-client-secret': {
    appId: 'dgqcb1tcygn60fiz2g6fz',
    appSecret: 'ENGYPwfIgfjqRKXCh5ncgKVdCGn0uTng',
    fault: {
      naverConnector: { id: 'u5xype37nvpwn0i937bws', clientId: 'hR1zTTPlSrARvIhjvFNM', clientSecret: 'wdr4oU97r5', says: { clientSecret: oldNaverClientSecret } },
    },
  },
  'wrong-naver-client-secret-401': {
    appId: 'e1ci2w9gv25jfhvqo08sq',
    appSecret: 'bbZAELaogmwKMzHDiEyGiMs0QbmnVQs9',
    fault: {
      naverConnector: {
        id: 'fuey71xx1dvq7azabte86',
        clientId: '13hjmhuOq4Jr4bJTh2hQ',
        clientSecret: 'Cc95QhiRl7',
        says: { clientSecret: oldNaverClientSecret },
        naverApp: { tokenErrorStatus: 401 },
      },
    },
  },
  'naver-callback-url-mismatch': {
    appId: 'pnhre8kqp3woybrip3388',
    appSecret: 'wdeIh7x6m7XuSh9eqLnumHvR0kz45n6R',
    fault: {
      naverConnector: { id: 'lnl1ovgzsm2tc4qa5lydj', clientId: 'jdbCdBoq8AoXJTz9Oe6a', clientSecret: 'RhhkAp54Ea', naverApp: { callbackUrl: 'app-redirect-uri' } },
    },
  },
  'naver-app-in-development': {
    appId: 'i60sqn5avj5fufoe1vc82',
    appSecret: 'h7w3i2r7k9bnpm7zqH4ClrYTcrHAVF2N',
    fault: { naverConnector: { id: '3tvk27rnienuez63l4zdn', clientId: '5B55hX5j1uK2gKlusU17', clientSecret: 'dee842HP3w', naverApp: { inDevelopment: true } } },
  },
  'naver-email-declined': {
    appId: 'nvi69vcushk62gjfd3xf7',
    appSecret: '5kDygmfzXtj9HwQ0GTnRfV9r34CwI1L5',
    fault: {
      naverConnector: { id: 'fsagg7ccllos6oh2l9s22', clientId: '0tJ6acDdR54Ku64QUhl0', clientSecret: '73OfLVjm63', naverApp: { emailPermission: 'optional' } },
    },
  },
  'naver-token-endpoint-down': {
    appId: 'm1pe54s3279d4x63nugql',
    appSecret: 'biAdJV33ARLPIzfv4iD4YEAbKxJE5MU2',
    fault: { naverConnector: { id: 'ktqa1bjb2umdttol39f22', clientId: 'pHNLl4bej1ZBXg5oRm5g', clientSecret: '5rWeScEKxQ', naverApp: { outages: ['token'] } } },
  },
  'naver-profile-api-down': {
    appId: 'okodoii604fjsi8nv4ych',
    appSecret: 'dMMQpurrjTf3pdQChOy8ZbZg7o93TmFc',
    fault: { naverConnector: { id: 'amtz3aktv6il0n3glra8w', clientId: 'WRpXgmkRWaxBveKCkqWu', clientSecret: 'scB98srcUJ', naverApp: { outages: ['profile'] } } },
  },
  'sign-in-only-new-user': {
    appId: 'nsansrujb291g00843dy2',
    appSecret: '2qIiQbKLeaco8ovK6CGB5pJTpaHSSyBG',
    // Its own Naver app gives every test user an id no other app has seen, so each is new here.
    fault: {
      app: { signInMode: 'SignIn' },
      naverConnector: { id: 'nybv6o4u4tb9721dr7961', clientId: 'RYT6ZMJbNPvHGUSoIHmr', clientSecret: 'soixVpJwl5', naverApp: { appScopedUserIds: true } },
    },
  },
  'app-access-denied': { appId: 'y0n41vqm9a3h0pnw25587', appSecret: 'zGrr6ZBKt3xM16PQ6fJjHwiFCqQPbjSD', fault: { accessControl: 'deny' } },
  'id-token-unknown-key': { appId: 'tlbd70f49fbubej771jv9', appSecret: 'Y7D7rC9v56IFFlxxifuLMkeoLN5wxkIk', fault: { idToken: 'unknown-key' } },
  'id-token-wrong-issuer': { appId: 'v4wo5zbusw4hulp3r8ofr', appSecret: 'h3zJnElHskzrZZQjMnFk58j8ptrgGm7Z', fault: { idToken: 'wrong-issuer' } },
  'id-token-wrong-audience': { appId: 'kae895na5yu0gf7029bft', appSecret: '2bHvYj7uJrc3l0e6dkp7AlVEDy67uNOV', fault: { idToken: 'wrong-audience' } },
  'id-token-expired': { appId: 'pzb3oeqhxa4bcfjhdh1j8', appSecret: 'rwixnUCZC4krkyVb015iOyucKJMuyYIl', fault: { idToken: 'expired' } },
  'tenant-clock-ahead': { appId: 'of4txem9oncetgnwgy1xh', appSecret: 'nEJoz903pEAs5LnEgBrrXDgn1NujQ0wB', fault: { idToken: 'clock-ahead' } },
  'id-token-hs256': { appId: 'oms1xvgcuss0lgt89njwc', appSecret: 'vLC1iaJ8KfIYCoaXX4KFoQPrrrkmMwd6', fault: { idToken: 'hs256' } },
  'token-endpoint-503': { appId: 'wptbx8psda3jird28yy9l', appSecret: 'jDotEkDis9LOh70vjzEdSebcMHsqa0vq', fault: { tokenEndpoint: 'unavailable' } },
  // Correct in every way: the reader presses 취소 at Naver.
  'cancel-at-naver': { appId: 'mg5544bbjzvtyp8pjl7kv', appSecret: 'z6SXWBuVnKXyZs53I3UVdaWhf2y1Ktvu', fault: {} },
  'jwks-rotated': { appId: '29599k0hsige5e602r9zz', appSecret: 'Fi4NsRZrTRvJJZXaDG7GWsbE8yv8o5jj', fault: { idToken: 'rotated-key' } },
} as const satisfies Record<string, FaultScenario>;

export type FaultScenarioId = keyof typeof faultScenarios;

/** Every scenario id, in catalogue order. */
export const faultScenarioIds = Object.keys(faultScenarios) as [FaultScenarioId, ...FaultScenarioId[]];

/** What the reader types for a scenario: its App ID and App secret. */
export type FaultScenarioApp = Pick<FaultScenario, 'appId' | 'appSecret'>;

export function faultScenarioApp(id: FaultScenarioId): FaultScenarioApp {
  const { appId, appSecret } = faultScenarios[id];
  return { appId, appSecret };
}

/** The scenarios whose app has its own Naver connector. */
export type ConnectorScenarioId = {
  [K in FaultScenarioId]: (typeof faultScenarios)[K]['fault'] extends { naverConnector: OwnNaverConnector } ? K : never;
}[FaultScenarioId];

export function faultScenarioOfApp(appId: string): FaultScenarioId | undefined {
  return faultScenarioIds.find((id) => faultScenarios[id].appId === appId);
}
