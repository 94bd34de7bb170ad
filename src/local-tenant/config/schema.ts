import { z } from 'zod';
import { idTokenFaults } from '../../lib/fault-lab.ts';
import { naverMockConfigSchema } from '../naver-mock/config.ts';
import { defaultLogtoVersion, logtoVersionProfile, logtoVersionSchema } from './logto-version.ts';

/**
 * The local tenant's contents: apps, social connectors, the Naver mock's registered apps and test users.
 * Ids follow Logto's formats so that anything built against the local tenant also fits a real one.
 */

const appId = z
  .string()
  .regex(/^[0-9a-z]{21}$/, 'an app id is 21 characters of 0-9 and a-z, like Logto generates');
const appSecret = z
  .string()
  .regex(/^[0-9A-Za-z]{32}$/, 'an app secret is 32 characters of 0-9, A-Z and a-z, like Logto generates');
// Logto Console creates connectors with 21-character ids; the Management API can also make 12-character ones.
const connectorId = z
  .string()
  .regex(/^[0-9a-z]{12}(?:[0-9a-z]{9})?$/, 'a connector id is 12 or 21 characters of 0-9 and a-z, like Logto generates');

const absoluteUri = z.string().refine((value) => URL.canParse(value), 'must be an absolute URI (e.g. http://localhost:4321/callback)');

// Logto's application types this tenant knows. SPA and Native apps are public clients (no secret at the
// token endpoint); M2M apps only use client credentials.
const appTypes = ['Traditional', 'SPA', 'Native', 'M2M'] as const;

export const signInModes = ['SignInAndRegister', 'SignIn', 'Register'] as const;
const signInMode = z.enum(signInModes, { error: `signInMode must be one of ${signInModes.join(', ')}` });

/**
 * An app's own sign-in experience: which social connectors its sign-in page shows and whether new users
 * may register. An approximation of Logto's app-level sign-in experience, so that one tenant can hold
 * apps whose experiences differ; without it the app gets the tenant's experience. A listed connector id
 * that the tenant does not have is skipped, as Logto drops a deleted connector from every experience.
 */
const appSignInExperienceSchema = z
  .object({
    socialConnectorIds: z.array(connectorId).default([]),
    signInMode: signInMode.optional(),
  })
  .strict();

/**
 * Not a Logto setting: ways a tenant can misbehave that the fault lab reproduces for one app (its ID
 * tokens issued wrongly, src/lib/fault-lab.ts; its token endpoint unavailable). Access tokens and
 * userinfo stay correct.
 */
const simulatedFaultsSchema = z
  .object({
    idToken: z.enum(idTokenFaults, { error: `idToken must be one of ${idTokenFaults.join(', ')}` }).optional(),
    tokenEndpoint: z.literal('unavailable').optional(),
  })
  .strict();

const userId = z.string().regex(/^[0-9a-z]{12}$/, 'a user id is 12 characters of 0-9 and a-z, like Logto generates');

/**
 * Logto 1.41+'s app-level access control, switched on ("Enable app-level access control") with its
 * "Custom allow rules": only the users listed may use the app (this tenant has no roles or
 * organizations, so a user rule is the only kind). As in Logto, it cannot be on without a rule.
 */
const appAccessControlSchema = z
  .object({
    userIds: z.array(userId).min(1, 'access control needs at least one allowed user, as Logto refuses to enable it without a rule'),
  })
  .strict();
export type AppAccessControl = z.infer<typeof appAccessControlSchema>;

const tenantAppSchema = z
  .object({
    id: appId,
    secret: appSecret,
    name: z.string().min(1, 'an app needs a name'),
    type: z.enum(appTypes, { error: `type must be one of ${appTypes.join(', ')}` }),
    redirectUris: z.array(absoluteUri).default([]),
    postLogoutRedirectUris: z.array(absoluteUri).default([]),
    signInExperience: appSignInExperienceSchema.optional(),
    simulatedFaults: simulatedFaultsSchema.optional(),
    accessControl: appAccessControlSchema.optional(),
    /**
     * A machine-to-machine app with Logto's "Management API access" role: it may get a token for the
     * Management API (`resource=https://default.logto.app/api`, `scope=all`) and read the tenant's audit
     * log, sign-in experience and connectors.
     */
    managementApiAccess: z.boolean().default(false),
  })
  .strict()
  .superRefine((app, ctx) => {
    // Logto registers no front-channel URIs for machine-to-machine apps: they only use client credentials.
    if (app.type === 'M2M' && app.redirectUris.length > 0) {
      ctx.addIssue({ code: 'custom', path: ['redirectUris'], message: 'an M2M app cannot have redirect URIs' });
    }
    // Logto gives Management API roles to machine-to-machine apps only.
    if (app.managementApiAccess && app.type !== 'M2M') {
      ctx.addIssue({ code: 'custom', path: ['managementApiAccess'], message: 'only an M2M app can have Management API access' });
    }
  });
export type TenantApp = z.infer<typeof tenantAppSchema>;

const tenantConnectorSchema = z
  .object({
    id: connectorId,
    target: z.string().regex(/^[a-z][a-z0-9-]*$/, 'a target is a lower-case name such as "naver"'),
    clientId: z.string().min(1, 'clientId is required'),
    clientSecret: z.string().min(1, 'clientSecret is required'),
    enabledInSignInExperience: z.boolean().default(true),
  })
  .strict();
export type TenantConnector = z.infer<typeof tenantConnectorSchema>;

/**
 * A user the tenant already has when it starts, as if they had signed up before (with email and
 * password, say): a new Naver account with this email is a "related user" Logto offers to link.
 */
const existingUserSchema = z
  .object({
    id: userId,
    username: z.string().min(1).nullable().default(null),
    email: z.email('email must be an email address'),
    name: z.string().min(1).nullable().default(null),
  })
  .strict();

const signUpSchema = z
  .object({
    /** Real Logto then asks a new social user to choose a username (the `/continue/username` step). */
    requireUsername: z.boolean().default(false),
  })
  .strict();

export const tenantConfigSchema = z
  .object({
    /** Which Logto release the tenant answers like (./logto-version.ts); LOGTO_VERSION overrides it. */
    logtoVersion: logtoVersionSchema.default(defaultLogtoVersion),
    apps: z.array(tenantAppSchema).min(1, 'the tenant needs at least one app'),
    connectors: z.array(tenantConnectorSchema).default([]),
    naver: naverMockConfigSchema,
    signUp: signUpSchema.default({ requireUsername: false }),
    users: z.array(existingUserSchema).default([]),
    /** The tenant's sign-in mode, as Logto Console's "Sign-in & account" sets it. */
    signInMode: signInMode.default('SignInAndRegister'),
  })
  .strict()
  .superRefine((config, ctx) => {
    const seen = (values: string[], path: 'apps' | 'connectors', what: string) => {
      values.forEach((value, index) => {
        if (values.indexOf(value) !== index) {
          ctx.addIssue({ code: 'custom', path: [path, index, 'id'], message: `duplicate ${what} id ${value}` });
        }
      });
    };
    seen(config.apps.map((app) => app.id), 'apps', 'app');
    seen(config.connectors.map((connector) => connector.id), 'connectors', 'connector');
    if (!logtoVersionProfile(config.logtoVersion).appLevelAccessControl) {
      config.apps.forEach((app, index) => {
        if (app.accessControl) {
          ctx.addIssue({
            code: 'custom',
            path: ['apps', index, 'accessControl'],
            message: `app-level access control came with Logto 1.41; logtoVersion ${config.logtoVersion} has none`,
          });
        }
      });
    }
    const enabledTargets = config.connectors.filter((c) => c.enabledInSignInExperience).map((c) => c.target);
    enabledTargets.forEach((target, index) => {
      if (enabledTargets.indexOf(target) !== index) {
        ctx.addIssue({
          code: 'custom',
          path: ['connectors'],
          message: `only one enabled connector may have target "${target}", as in Logto's sign-in experience`,
        });
      }
    });
  });

export type TenantConfigInput = z.input<typeof tenantConfigSchema>;
export type TenantConfig = z.infer<typeof tenantConfigSchema>;

/** One line per problem, with the path into the config, e.g. `apps.0.secret: an app secret is 32 characters…`. */
export function describeConfigIssues(error: z.ZodError): string[] {
  return error.issues.map((issue) => {
    const path = issue.path.map(String).join('.');
    return path ? `${path}: ${issue.message}` : issue.message;
  });
}
