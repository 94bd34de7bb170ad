/**
 * The sign-in pages' script (served type-stripped as /assets/sign-in-page.js): the buttons, direct
 * sign-in, and the connector callback, each doing the experience API calls of experience-flow.ts.
 */
import { ExperienceError, failureMessageKey, finishSocialSignIn, listSocialConnectors, startSocialSignIn } from './experience-flow.ts';
import type { ExperienceHttp, InteractionEvent } from './experience-flow.ts';
import type { PageStringKey, PageStrings } from '../strings.ts';

type PageData = {
  page: 'sign-in' | 'register' | 'direct' | 'callback';
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

const errorStorageKey = 'local-tenant:error';
const socialStorageKey = (connectorId: string) => `local-tenant:social:${connectorId}`;

const http: ExperienceHttp = (method, path, body) =>
  fetch(path, {
    method,
    credentials: 'same-origin',
    headers: body === undefined ? {} : { 'content-type': 'application/json' },
    body: body === undefined ? null : JSON.stringify(body),
  });

function readPageData(): PageData {
  const element = document.getElementById('page-data');
  return JSON.parse(element?.textContent ?? '{}') as PageData;
}

function randomState(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(8));
  return btoa(String.fromCharCode(...bytes)).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function setStatus(text: string): void {
  const status = document.getElementById('status');
  if (status) status.textContent = text;
}

function showError(data: PageData, key: PageStringKey, detail = ''): void {
  const region = document.getElementById('error');
  if (!region) return;
  const heading = document.createElement('h2');
  heading.textContent = data.strings.errorTitle;
  const text = document.createElement('p');
  text.textContent = data.strings[key].replace('{message}', detail);
  region.replaceChildren(heading, text);
  // Logto's own words as its toast shows them, so what the reader sees matches a real tenant; except after
  // a cancel, where Logto's toast is raw JSON and the sentence above says all of it.
  if (detail && key !== 'errorCancelled' && !data.strings[key].includes('{message}')) {
    const logto = document.createElement('p');
    logto.className = 'logto-message';
    logto.textContent = data.strings.logtoSaid.replace('{message}', detail);
    region.append(logto);
  }
  region.focus();
}

function signInPath(appId: string | undefined): string {
  return appId ? `/sign-in?${new URLSearchParams({ app_id: appId }).toString()}` : '/sign-in';
}

async function goToConnector(data: PageData, connectorId: string, connectorName: string): Promise<void> {
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

function reportFailure(data: PageData, error: unknown, connectorData: Record<string, string> = {}): void {
  setStatus('');
  showError(data, failureMessageKey(error, connectorData), error instanceof Error ? error.message : '');
}

function setUpButtons(data: PageData): void {
  const stored = sessionStorage.getItem(errorStorageKey);
  if (stored) {
    sessionStorage.removeItem(errorStorageKey);
    const parsed = JSON.parse(stored) as { key: PageStringKey; detail: string };
    showError(data, parsed.key, parsed.detail);
  }
  for (const button of document.querySelectorAll<HTMLButtonElement>('button[data-connector-id]')) {
    button.addEventListener('click', () => {
      const connectorId = button.dataset['connectorId'] ?? '';
      button.disabled = true;
      goToConnector(data, connectorId, button.dataset['connectorName'] ?? connectorId).catch((error: unknown) => {
        button.disabled = false;
        reportFailure(data, error);
      });
    });
  }
}

async function directSignIn(data: PageData): Promise<void> {
  const connectors = await listSocialConnectors(http, data.appId);
  const connector = connectors.find((candidate) => candidate.target === data.target);
  if (!connector) {
    // As Logto: no enabled connector has this target, so fall back silently to the first screen.
    setStatus(data.strings.fallingBack);
    location.replace(`/${data.fallback ?? 'sign-in'}`);
    return;
  }
  await goToConnector(data, connector.id, data.connectorName ?? connector.target);
}

function askForUsername(data: PageData): (problem?: ExperienceError) => Promise<string> {
  return (problem) =>
    new Promise((resolve) => {
      const form = document.getElementById('username-form') as HTMLFormElement | null;
      const input = document.getElementById('username') as HTMLInputElement | null;
      if (!form || !input) return;
      form.hidden = false;
      setStatus('');
      if (problem) showError(data, failureMessageKey(problem));
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

async function socialCallback(data: PageData): Promise<void> {
  const connectorId = data.connectorId ?? '';
  const connectorData = Object.fromEntries(new URLSearchParams(location.search));
  const savedText = sessionStorage.getItem(socialStorageKey(connectorId));
  const saved = savedText ? (JSON.parse(savedText) as SavedSocialState) : undefined;
  const appId = saved?.appId ?? data.appId;
  const fail = (key: PageStringKey, detail: string) => {
    sessionStorage.setItem(errorStorageKey, JSON.stringify({ key, detail }));
    location.replace(signInPath(appId));
  };
  if (!saved || saved.state !== connectorData['state']) {
    fail('errorState', '');
    return;
  }
  sessionStorage.removeItem(socialStorageKey(connectorId));
  setStatus(data.strings.finishing);
  try {
    const redirectTo = await finishSocialSignIn(http, {
      connectorId,
      verificationId: saved.verificationId,
      connectorData: { ...connectorData, redirectUri: `${location.origin}/callback/${connectorId}` },
      chooseUsername: askForUsername(data),
      signInMode: data.signInMode,
    });
    location.replace(redirectTo);
  } catch (error) {
    fail(failureMessageKey(error, connectorData), error instanceof Error ? error.message : '');
  }
}

const data = readPageData();
if (data.page === 'direct') {
  directSignIn(data).catch((error: unknown) => reportFailure(data, error));
} else if (data.page === 'callback') {
  void socialCallback(data);
} else {
  setUpButtons(data);
}
