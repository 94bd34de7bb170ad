import { z } from 'zod';

/** The connector's config, as Logto's console stores it. Naver has no `scope` setting. */
export const naverConnectorConfigSchema = z.object({
  clientId: z.string().min(1),
  clientSecret: z.string().min(1),
});
export type NaverConnectorConfig = z.infer<typeof naverConnectorConfigSchema>;

export type NaverEndpoints = {
  authorizationEndpoint: string;
  tokenEndpoint: string;
  userInfoEndpoint: string;
  /** How the connector connects for the token and profile calls when not by DNS (endpoints.ts, NAVER_MOCK_CONNECT). */
  dispatcher?: import('undici').Dispatcher;
};

/**
 * What the callback data must carry for the flow to go on (the real connector's authResponseGuard): the
 * sign-in page sends Naver's callback query with the callback URL as `redirectUri`. After a cancel Naver
 * sends `error`/`error_description` instead of `code`, which this schema rejects.
 */
export const naverAuthResponseSchema = z.looseObject({ code: z.string(), redirectUri: z.string() });

/** Naver's token answer: `{access_token, refresh_token, token_type: "bearer", expires_in: "3600"}`. */
export const naverTokenResponseSchema = z.looseObject({
  access_token: z.string(),
  token_type: z.string(),
  refresh_token: z.string().optional(),
  expires_in: z.union([z.string(), z.number()]).optional(),
});

/** The profile fields Naver may return; which ones depends on what the app asked for and the user shared. */
const naverProfileSchema = z.looseObject({
  id: z.string().min(1),
  email: z.string().optional(),
  nickname: z.string().optional(),
  profile_image: z.string().optional(),
  name: z.string().optional(),
  age: z.string().optional(),
  gender: z.string().optional(),
  birthday: z.string().optional(),
  birthyear: z.string().optional(),
  mobile: z.string().optional(),
  mobile_e164: z.string().optional(),
});

/** `POST /v1/nid/me` answer. */
export const naverProfileResponseSchema = z.looseObject({
  resultcode: z.string(),
  message: z.string(),
  response: naverProfileSchema,
});
export type NaverProfileResponse = z.infer<typeof naverProfileResponseSchema>;

/** What the connector hands Logto core: the shape Logto stores as `identities.naver.details`. */
export type NaverUserInfo = {
  id: string;
  name?: string;
  email?: string;
  avatar?: string;
  rawData: unknown;
};
