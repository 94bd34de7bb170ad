/**
 * The sign-in pages' script (served type-stripped as /assets/sign-in-page.js): the buttons, direct
 * sign-in, the connector callback and the account-linking page, each doing the experience API calls of
 * experience-flow.ts. What goes wrong is shown as real Logto shows it: the API's own message in a toast
 * that fades (toast.ts), on the sign-in page the reader is sent back to.
 */
import {
  callbackConnectorData,
  ExperienceError,
  finishSocialSignIn,
  linkSocialAccount,
  listSocialConnectors,
  registerWithSocial,
  relatedUserOf,
  startSocialSignIn,
} from './experience-flow.ts';
import type { ExperienceHttp, InteractionEvent } from './experience-flow.ts';
import { maskEmail } from './mask-email.ts';
import { showPendingToast, showToast, showToastOnNextPage } from './toast.ts';
import type { PageStrings } from '../strings.ts';

type PageData = {
  page: 'sign-in' | 'register' | 'direct' | 'callback' | 'link';
  /** The page's language: the API answers its errors in it, as Logto's page asks for. */
  lang: string;
  appId?: string;
  interactionEvent: InteractionEvent;
  connectorId?: string;
  connectorName?: string;
  target?: string;
  fallback?: string;
  signInMode?: string;
  strings: PageStrings;
};

type SavedSocialState = { state: string; verificationId: string; appId?: string };
type SavedLink = { verificationId: string; relatedUser: { type: string; value: string }; appId?: string };

const socialStorageKey = (connectorId: string) => `local-tenant:social:${connectorId}`;
const linkStorageKey = (connectorId: string) => `local-tenant:link:${connectorId}`;

function readPageData(): PageData {
  const element = document.getElementById('page-data');
  return JSON.parse(element?.textContent ?? '{}') as PageData;
}

const data = readPageData();

const http: ExperienceHttp = (method, path, body) =>
  fetch(path, {
    method,
    credentials: 'same-origin',
    headers: { 'accept-language': data.lang, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
    body: body === undefined ? null : JSON.stringify(body),
  });

function randomState(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(8));
  return btoa(String.fromCharCode(...bytes)).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function setStatus(text: string): void {
  const status = document.getElementById('status');
  if (status) status.textContent = text;
}

/** What Logto's toast says for a failure: the API's message ("Internal server error." for a 500), or its own words. */
function messageOf(error: unknown): string {
  return error instanceof ExperienceError && error.message ? error.message : data.strings.unknownError;
}

function withApp(path: string, appId: string | undefined): string {
  return appId ? `${path}?${new URLSearchParams({ app_id: appId }).toString()}` : path;
}

async function goToConnector(connectorId: string, connectorName: string): Promise<void> {
  setStatus(data.strings.redirecting.replace('{connector}', connectorName));
  const state = randomState();
  const { authorizationUri, verificationId } = await startSocialSignIn(http, {
    connectorId,
    redirectUri: `${location.origin}/callback/${connectorId}`,
    state,
    interactionEvent: data.interactionEvent,
  });
  const saved: SavedSocialState = { state, verificationId, ...(data.appId ? { appId: data.appId } : {}) };
  sessionStorage.setItem(socialStorageKey(connectorId), JSON.stringify(saved));
  location.assign(authorizationUri);
}

function setUpButtons(): void {
  showPendingToast();
  for (const button of document.querySelectorAll<HTMLButtonElement>('button[data-connector-id]')) {
    button.addEventListener('click', () => {
      const connectorId = button.dataset['connectorId'] ?? '';
      button.disabled = true;
      goToConnector(connectorId, button.dataset['connectorName'] ?? connectorId).catch((error: unknown) => {
        button.disabled = false;
        setStatus('');
        showToast(messageOf(error));
      });
    });
  }
}

async function directSignIn(): Promise<void> {
  const connectors = await listSocialConnectors(http, data.appId);
  const connector = connectors.find((candidate) => candidate.target === data.target);
  if (!connector) {
    // As Logto: no enabled connector has this target, so fall back silently to the first screen.
    setStatus(data.strings.fallingBack);
    location.replace(`/${data.fallback ?? 'sign-in'}`);
    return;
  }
  await goToConnector(connector.id, data.connectorName ?? connector.target);
}

/** The username step (Logto's `/continue/username`): shown when the tenant needs one; a refused name is toasted. */
function askForUsername(problem?: ExperienceError): Promise<string> {
  return new Promise((resolve) => {
    const form = document.getElementById('username-form') as HTMLFormElement | null;
    const input = document.getElementById('username') as HTMLInputElement | null;
    if (!form || !input) return;
    form.hidden = false;
    setStatus('');
    if (problem) showToast(problem.message);
    input.focus();
    form.addEventListener(
      'submit',
      (event) => {
        event.preventDefault();
        form.hidden = true;
        setStatus(data.strings.finishing);
        resolve(input.value.trim());
      },
      { once: true },
    );
  });
}

async function socialCallback(): Promise<void> {
  const connectorId = data.connectorId ?? '';
  const query = new URLSearchParams(location.search);
  const savedText = sessionStorage.getItem(socialStorageKey(connectorId));
  const saved = savedText ? (JSON.parse(savedText) as SavedSocialState) : undefined;
  const appId = saved?.appId ?? data.appId;
  // As Logto's page: whatever failed, the reader is back on the sign-in page with the toast.
  const backToSignIn = (message: string) => {
    showToastOnNextPage(message);
    location.replace(withApp('/sign-in', appId));
  };
  if (!saved || saved.state !== query.get('state')) {
    backToSignIn(data.strings.invalidConnectorAuth);
    return;
  }
  sessionStorage.removeItem(socialStorageKey(connectorId));
  setStatus(data.strings.finishing);
  try {
    const redirectTo = await finishSocialSignIn(http, {
      connectorId,
      verificationId: saved.verificationId,
      connectorData: callbackConnectorData(query, `${location.origin}/callback/${connectorId}`, appId),
      chooseUsername: askForUsername,
      signInMode: data.signInMode,
    });
    location.replace(redirectTo);
  } catch (error) {
    const relatedUser = relatedUserOf(error);
    if (relatedUser) {
      // A user already has this email: Logto's page offers to link the accounts.
      const link: SavedLink = { verificationId: saved.verificationId, relatedUser, ...(appId ? { appId } : {}) };
      sessionStorage.setItem(linkStorageKey(connectorId), JSON.stringify(link));
      location.replace(withApp(`/social/link/${encodeURIComponent(connectorId)}`, appId));
      return;
    }
    backToSignIn(messageOf(error));
  }
}

/** `/social/link/<connector id>`: link the social account to the related user, or (where registering is allowed) create a new one. */
function linkAccount(): void {
  const connectorId = data.connectorId ?? '';
  const savedText = sessionStorage.getItem(linkStorageKey(connectorId));
  const saved = savedText ? (JSON.parse(savedText) as SavedLink) : undefined;
  const linkButton = document.getElementById('link-account') as HTMLButtonElement | null;
  if (!saved || !linkButton) {
    showToastOnNextPage(data.strings.unknownError);
    location.replace(withApp('/sign-in', data.appId));
    return;
  }
  const { type, value } = saved.relatedUser;
  linkButton.textContent = data.strings.bindWith.replace('{address}', type === 'email' ? maskEmail(value) : `****${value.slice(-4)}`);
  linkButton.hidden = false;
  const finish = (run: () => Promise<string>, control: HTMLButtonElement) => {
    control.disabled = true;
    run().then(
      (redirectTo) => {
        sessionStorage.removeItem(linkStorageKey(connectorId));
        location.replace(redirectTo);
      },
      (error: unknown) => {
        control.disabled = false;
        showToast(messageOf(error));
      },
    );
  };
  linkButton.addEventListener('click', () => finish(() => linkSocialAccount(http, saved.verificationId), linkButton));
  const createButton = document.getElementById('create-account') as HTMLButtonElement | null;
  createButton?.addEventListener('click', () =>
    finish(() => registerWithSocial(http, saved.verificationId, askForUsername), createButton),
  );
}

if (data.page === 'direct') {
  directSignIn().catch((error: unknown) => {
    setStatus('');
    showToast(messageOf(error));
  });
} else if (data.page === 'callback') {
  void socialCallback();
} else if (data.page === 'link') {
  linkAccount();
} else {
  setUpButtons();
}
