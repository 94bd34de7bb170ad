import type { TenantConfig, TenantConnector } from '../config/schema.ts';
import { signInModes } from '../config/schema.ts';

export type SignInMode = (typeof signInModes)[number];

/** What one app's sign-in page offers: its social connectors, in order, and whether new users may register. */
export type AppExperience = { connectors: TenantConnector[]; signInMode: SignInMode };

/**
 * The sign-in experience an app gets: its own when the config gives it one (an approximation of Logto's
 * app-level sign-in experience), otherwise the tenant's (the connectors enabled in the sign-in experience
 * and the tenant's sign-in mode). Without an app, or for an unknown one, the tenant's.
 */
export function experienceForApp(config: TenantConfig, appId: string | undefined): AppExperience {
  const own = config.apps.find((app) => app.id === appId)?.signInExperience;
  if (!own) {
    return {
      connectors: config.connectors.filter((connector) => connector.enabledInSignInExperience),
      signInMode: config.signInMode,
    };
  }
  return {
    connectors: own.socialConnectorIds.flatMap((id) => config.connectors.filter((connector) => connector.id === id)),
    signInMode: own.signInMode ?? config.signInMode,
  };
}
