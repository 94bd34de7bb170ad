import { playgroundPostSignOutUri, playgroundRedirectUri } from '../tenant/redirect-uris.ts';
import { naverAccountCallbackUrl, naverCallbackUrl, naverServiceUrl } from '../tenant/naver-urls.ts';
import type { PanelState } from './panel-state.ts';
import { placeholders } from './placeholders.ts';

/** The values an element marked `data-fill="<name>"` shows. */
export const fillNames = [
  'endpoint',
  'appId',
  'siteOrigin',
  'connectorId',
  'serviceUrl',
  'callbackUrl',
  'accountCallbackUrl',
  'playgroundRedirectUri',
  'playgroundPostSignOutUri',
] as const;
export type FillName = (typeof fillNames)[number];
export type FillValues = Record<FillName, string>;

/**
 * Every fillable value, from the reader's settings where the panel has them and from the placeholders
 * otherwise. The prerendered page uses the placeholders alone, so the page before and after the script
 * shows the same formulas.
 */
export function fillValues(state: Omit<PanelState, 'verifiedSteps' | 'tenantVersion'>): FillValues {
  const endpoint = state.endpoint ?? placeholders.endpoint;
  const siteOrigin = state.siteOrigin ?? placeholders.siteOrigin;
  const connectorId = state.connectorId ?? placeholders.connectorId;
  return {
    endpoint,
    appId: state.appId ?? placeholders.appId,
    siteOrigin,
    connectorId,
    serviceUrl: naverServiceUrl(siteOrigin) ?? siteOrigin,
    callbackUrl: naverCallbackUrl(endpoint, connectorId) ?? `${endpoint}/callback/${connectorId}`,
    accountCallbackUrl: naverAccountCallbackUrl(endpoint, connectorId) ?? `${endpoint}/account/callback/social/${connectorId}`,
    // Built where the playground itself builds them, so the guide can't show a path it doesn't serve.
    playgroundRedirectUri: playgroundRedirectUri(siteOrigin),
    playgroundPostSignOutUri: playgroundPostSignOutUri(siteOrigin),
  };
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * A text (the guide as Markdown) with every placeholder of the reader's values replaced by the value the
 * panel has, in one pass, longest first (the callback URL before the endpoint it starts with). Values the
 * panel doesn't have stay placeholders; the App secret has no fill name, so it always stays one.
 */
export function fillPlaceholders(text: string, state: Omit<PanelState, 'verifiedSteps' | 'tenantVersion'>): string {
  const from = fillValues({});
  const to = fillValues(state);
  const names = [...fillNames].sort((a, b) => from[b].length - from[a].length);
  const pattern = new RegExp(names.map((name) => escapeRegExp(from[name])).join('|'), 'g');
  return text.replace(pattern, (found) => {
    const name = names.find((candidate) => from[candidate] === found);
    return name ? to[name] : found;
  });
}
