/**
 * The result view's data: the verified ID token (header and claims), the Naver identity from
 * userinfo, and a summary of the issued tokens in which every token value is reduced to its length.
 * Built once at the callback and kept in the reader's encrypted result cookie.
 */
import { z } from 'zod';
import { redacted } from '../../lib/redact.ts';
import type { VerifiedIdToken } from '../logto/id-token-verifier.ts';

const claimValue = z.union([z.string(), z.number(), z.boolean(), z.null()]);

const tokenSummarySchema = z.object({
  kind: z.enum(['id_token', 'access_token', 'refresh_token']),
  /** `<redacted N chars>`: never the value. */
  value: z.string().max(40),
  format: z.enum(['JWT', 'opaque']),
  scope: z.string().max(300).optional(),
  expiresAt: z.number().optional(),
});
export type TokenSummary = z.infer<typeof tokenSummarySchema>;

const identitySchema = z.object({
  target: z.string().max(64),
  userId: z.string().max(200),
  name: z.string().max(200).optional(),
  email: z.string().max(320).optional(),
  avatar: z.string().max(2048).optional(),
});
export type Identity = z.infer<typeof identitySchema>;

export const resultSchema = z.object({
  signedInAt: z.number(),
  /** When "Refresh tokens" last replaced the tokens (and the ID token, when the tenant sent one). */
  refreshedAt: z.number().optional(),
  idToken: z.object({
    alg: z.string().max(20),
    kid: z.string().max(200).optional(),
    /** The header's `typ`; `null` when it had none (Logto 1.42 sends none: src/tenant/version-family.ts). */
    typ: z.string().max(40).nullable().optional(),
    claims: z.record(z.string(), claimValue),
    expectedIssuer: z.string().max(2048),
    expectedAudience: z.string().max(200),
  }),
  /** The direct sign-in target's identity in userinfo (`identities.<target>`), if any. */
  identity: identitySchema.optional(),
  /** The other identities userinfo listed (targets only), to explain a missing Naver identity. */
  otherIdentities: z.array(z.string().max(64)).max(20),
  tokens: z.array(tokenSummarySchema).max(3),
});
export type PlaygroundResult = z.infer<typeof resultSchema>;

/** Userinfo as Logto returns it with the `identities` scope; only the parts we show. */
export const userInfoSchema = z.looseObject({
  sub: z.string(),
  identities: z
    .record(
      z.string(),
      z.looseObject({
        userId: z.string(),
        details: z
          .looseObject({
            name: z.string().nullish(),
            email: z.string().nullish(),
            avatar: z.string().nullish(),
          })
          .optional(),
      }),
    )
    .optional(),
});

const MAX_CLAIMS = 30;
const MAX_CLAIM_CHARS = 200;

/** Claims as shown: scalars only (nested values become JSON text), each kept short. */
export function displayClaims(claims: Record<string, unknown>): Record<string, string | number | boolean | null> {
  const out: Record<string, string | number | boolean | null> = {};
  for (const [key, value] of Object.entries(claims).slice(0, MAX_CLAIMS)) {
    if (value === null || typeof value === 'number' || typeof value === 'boolean') out[key] = value;
    else {
      const text = typeof value === 'string' ? value : JSON.stringify(value);
      out[key] = text.length > MAX_CLAIM_CHARS ? `${text.slice(0, MAX_CLAIM_CHARS - 1)}…` : text;
    }
  }
  return out;
}

/** Only http(s) image URLs are shown as an avatar. */
function httpUrl(value: string | null | undefined): string | undefined {
  if (!value) return undefined;
  try {
    const url = new URL(value);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

export function identityFromUserInfo(userInfo: unknown, target: string): { identity?: Identity; others: string[] } {
  const parsed = userInfoSchema.safeParse(userInfo);
  if (!parsed.success || !parsed.data.identities) return { others: [] };
  const { [target]: found, ...rest } = parsed.data.identities;
  const others = Object.keys(rest).slice(0, 20);
  if (!found) return { others };
  const details = found.details;
  const identity: Identity = { target, userId: found.userId.slice(0, 200) };
  if (details?.name) identity.name = details.name.slice(0, 200);
  if (details?.email) identity.email = details.email.slice(0, 320);
  const avatar = httpUrl(details?.avatar);
  if (avatar) identity.avatar = avatar;
  return { identity, others };
}

function looksLikeJwt(token: string): boolean {
  return /^[\w-]+\.[\w-]+\.[\w-]*$/.test(token);
}

export interface IssuedTokens {
  idToken: string;
  accessToken?: { token: string; scope?: string | undefined; expiresAt?: number | undefined } | undefined;
  refreshToken?: string | null | undefined;
}

export function summarizeTokens(tokens: IssuedTokens, idTokenExp: number | undefined): TokenSummary[] {
  const out: TokenSummary[] = [];
  const idToken: TokenSummary = { kind: 'id_token', value: redacted(tokens.idToken), format: 'JWT' };
  if (idTokenExp) idToken.expiresAt = idTokenExp;
  out.push(idToken);
  if (tokens.accessToken) {
    const access: TokenSummary = {
      kind: 'access_token',
      value: redacted(tokens.accessToken.token),
      format: looksLikeJwt(tokens.accessToken.token) ? 'JWT' : 'opaque',
    };
    if (tokens.accessToken.scope) access.scope = tokens.accessToken.scope.slice(0, 300);
    if (tokens.accessToken.expiresAt) access.expiresAt = tokens.accessToken.expiresAt;
    out.push(access);
  }
  if (tokens.refreshToken) {
    out.push({ kind: 'refresh_token', value: redacted(tokens.refreshToken), format: looksLikeJwt(tokens.refreshToken) ? 'JWT' : 'opaque' });
  }
  return out;
}

export function buildResult(input: {
  verified: VerifiedIdToken;
  userInfo: unknown;
  tokens: IssuedTokens;
  target: string;
  now: number;
}): PlaygroundResult {
  const { verified } = input;
  const { identity, others } = identityFromUserInfo(input.userInfo, input.target);
  const result: PlaygroundResult = {
    signedInAt: input.now,
    idToken: idTokenView(verified),
    otherIdentities: others,
    tokens: summarizeTokens(input.tokens, verified.claims.exp),
  };
  if (identity) result.identity = identity;
  return result;
}

function idTokenView(verified: VerifiedIdToken): PlaygroundResult['idToken'] {
  const view: PlaygroundResult['idToken'] = {
    alg: verified.header.alg,
    typ: verified.header.typ ?? null,
    claims: displayClaims(verified.claims),
    expectedIssuer: verified.expectedIssuer,
    expectedAudience: verified.expectedAudience,
  };
  if (verified.header.kid) view.kid = verified.header.kid;
  return view;
}

/**
 * The result after "Refresh tokens": the new tokens, and the new ID token's claims when the tenant sent
 * one (`verified`); the identity stays the sign-in's (userinfo is not asked again).
 */
export function refreshedResult(previous: PlaygroundResult, input: { verified: VerifiedIdToken | undefined; tokens: IssuedTokens; now: number }): PlaygroundResult {
  const idToken = input.verified ? idTokenView(input.verified) : previous.idToken;
  const exp = input.verified?.claims.exp ?? previous.tokens.find((token) => token.kind === 'id_token')?.expiresAt;
  return { ...previous, refreshedAt: input.now, idToken, tokens: summarizeTokens(input.tokens, exp) };
}
