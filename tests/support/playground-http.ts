/**
 * A reader's browser on the playground without a browser: the panel's form posts as its no-JS forms send
 * them (hidden `lang` and `returnTo`, the site's own Origin), the redirects hop by hop with a cookie jar,
 * and the sign-in through the local tenant and the Naver mock by the sandbox driver. What the panel then
 * shows is read from the standalone playground page's HTML, which renders the panel on demand.
 *
 * For the tests where a browser adds nothing (the diagnosis is the site's and the tenant's business, not
 * the page script's): the fault lab's scenarios that come back to the callback. The browser keeps one run
 * per kind of reader action at Naver (tests/e2e/fault-lab.spec.ts).
 */
import { panelParts, partFragmentHref, type PanelPart } from '../../src/playground/parts/panel-parts.ts';
import type { FaultScenarioId } from '../../src/lib/fault-lab.ts';
import type { Lang } from '../../src/i18n/languages.ts';
import { LOCAL_DEMO_APP } from '../../src/lib/local-tenant-defaults.ts';
import { browserRequest, CookieJar, signInThroughTenant, type NaverChoice } from '../../src/sandbox-driver/index.ts';
import { ExperienceError } from '../../src/local-tenant/pages/client/experience-flow.ts';
import { testTenantEndpoint } from './ports.ts';

export interface ShownDiagnosisHtml {
  code: string;
  step: string;
  title: string;
  href: string;
}

export interface ChecklistItemHtml {
  id: string;
  status: string;
  stepLinks: string[];
}

export class PlaygroundReader {
  readonly jar: CookieJar;
  readonly siteOrigin: string;
  readonly lang: Lang;

  /** `jar`: the reader's browser (a fresh one by default; one with a dispatcher to reach names not in DNS). */
  constructor(siteOrigin: string, lang: Lang, jar: CookieJar = new CookieJar()) {
    this.siteOrigin = siteOrigin;
    this.lang = lang;
    this.jar = jar;
  }

  get playgroundPath(): string {
    return `/${this.lang}/playground/`;
  }

  /** A panel form post, as the browser sends it: 303 back to the playground, or to Logto for a sign-in. */
  async post(action: string, fields: Record<string, string> = {}): Promise<{ status: number; location: string }> {
    const response = await browserRequest(this.jar, new URL(action, this.siteOrigin).toString(), {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', origin: this.siteOrigin },
      body: new URLSearchParams({ lang: this.lang, returnTo: this.playgroundPath, ...fields }).toString(),
    });
    await response.body?.cancel();
    return { status: response.status, location: new URL(response.headers.get('location') ?? '', this.siteOrigin).toString() };
  }

  /** "Break it on purpose": the scenario's settings saved. */
  async chooseScenario(id: FaultScenarioId): Promise<void> {
    const { status, location } = await this.post('/playground/scenario', { scenario: id });
    if (status !== 303 || new URL(location).pathname !== this.playgroundPath) throw new Error(`choosing ${id} answered ${status} → ${location}`);
  }

  /** "Run checks". */
  async runChecks(): Promise<void> {
    const { status } = await this.post('/playground/preflight');
    if (status !== 303) throw new Error(`Run checks answered ${status}`);
  }

  /**
   * "Sign in with Naver": either the site's own checks stop it (back to the playground) or the browser
   * goes through Logto and Naver, doing `atNaver` there, and comes back to the callback, which is followed.
   */
  async signIn(atNaver: NaverChoice): Promise<'stopped before Logto' | 'came back'> {
    try {
      return await this.signInOnce(atNaver);
    } catch (error) {
      // The suite's tests share one tenant and its Naver test users: two first sign-ins of one account at
      // once both find no user, both register, and the later one gets real Logto's 422
      // user.identity_already_in_use. A reader who never races themselves would, by then, simply sign in;
      // so does this reader, once, from the site's Sign in again. Nothing else is retried.
      if (!(error instanceof ExperienceError) || error.code !== 'user.identity_already_in_use') throw error;
      return this.signInOnce(atNaver);
    }
  }

  private async signInOnce(atNaver: NaverChoice): Promise<'stopped before Logto' | 'came back'> {
    const start = await this.post('/playground/sign-in');
    if (start.status !== 303) throw new Error(`sign-in answered ${start.status}`);
    if (new URL(start.location).origin === this.siteOrigin) return 'stopped before Logto';
    const { callbackUrl } = await signInThroughTenant(this.jar, start.location, { appOrigin: this.siteOrigin, naver: atNaver });
    const back = await browserRequest(this.jar, callbackUrl);
    await back.body?.cancel();
    if (back.status !== 303) throw new Error(`the callback answered ${back.status}`);
    return 'came back';
  }

  /** The standalone playground page, as the reader sees it next; `?show=` parts rendered in place, as without JavaScript. */
  async panelHtml(show: readonly PanelPart[] = []): Promise<string> {
    const query = show.map((part) => `show=${part}`).join('&');
    const response = await browserRequest(this.jar, new URL(`${this.playgroundPath}${query ? `?${query}` : ''}`, this.siteOrigin).toString());
    if (response.status !== 200) throw new Error(`the playground page answered ${response.status}`);
    return response.text();
  }

  /** A part of the panel as its script fetches it once opened (the fragment page), with this reader's cookies. */
  async partResponse(part: PanelPart | string, lang: Lang = this.lang): Promise<{ status: number; headers: Headers; html: string }> {
    const href = panelParts.includes(part as PanelPart) ? partFragmentHref(part as PanelPart, lang) : `/${lang}/playground/part?part=${part}`;
    const response = await browserRequest(this.jar, new URL(href, this.siteOrigin).toString());
    return { status: response.status, headers: response.headers, html: await response.text() };
  }
}

/** The settings form's fields for the test tenant's demo app, as a reader fills them in, with these changes. */
export function demoSettingsFields(fields: Record<string, string> = {}): Record<string, string> {
  return {
    endpoint: testTenantEndpoint,
    appId: LOCAL_DEMO_APP.id,
    appSecret: LOCAL_DEMO_APP.secret,
    directSignInTarget: 'naver',
    interactionMode: 'signIn',
    ...fields,
  };
}

/**
 * The guide's server island for this reader's cookies, from the guide page's HTML (a URL of the caller's
 * own, so no kept render answers it).
 */
export async function islandHtml(reader: PlaygroundReader, guideHtml: string): Promise<string> {
  const island = /\/_server-islands\/[^"'\s]+/.exec(guideHtml)?.[0]?.replace(/&amp;/g, '&');
  if (!island) throw new Error('the guide page embeds no server island');
  const response = await browserRequest(reader.jar, `${reader.siteOrigin}${island}&test=${Math.random().toString(36).slice(2)}`);
  if (response.status !== 200) throw new Error(`the server island answered ${response.status}`);
  return response.text();
}

/** The text of some HTML, tags dropped and entities our pages use decoded, as a reader reads it. */
export function textOf(html: string): string {
  return html
    .replace(/<[^>]+>/g, '')
    .replace(/&#(\d+);/g, (_, code: string) => String.fromCodePoint(Number(code)))
    .replace(/&#x([\da-f]+);/gi, (_, code: string) => String.fromCodePoint(Number.parseInt(code, 16)))
    .replaceAll('&quot;', '"')
    .replaceAll('&#39;', "'")
    .replaceAll('&lt;', '<')
    .replaceAll('&gt;', '>')
    .replaceAll('&amp;', '&')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Each `<article data-diagnosis>` of the panel (DiagnosisList.astro): its cause, step, title and step link. */
export function diagnosesIn(html: string): ShownDiagnosisHtml[] {
  return [...html.matchAll(/<article\b[^>]*\bdata-diagnosis="([^"]+)"[^>]*>([\s\S]*?)<\/article>/g)].map(([whole, code = '', body = '']) => ({
    code,
    step: /\bdata-step="([^"]*)"/.exec(whole)?.[1] ?? '',
    title: textOf(/<(h[2-6])\b[^>]*>([\s\S]*?)<\/\1>/.exec(body)?.[2] ?? ''),
    href: [...body.matchAll(/<a\b[^>]*\bhref="([^"]*)"/g)].at(-1)?.[1]?.replaceAll('&amp;', '&') ?? '',
  }));
}

/** The preflight checklist's items (PreflightChecklist.astro): id, status and the steps they link to. */
export function checklistIn(html: string): ChecklistItemHtml[] {
  return [...html.matchAll(/<li\b[^>]*\bdata-check-id="([^"]+)"[^>]*\bdata-status="([^"]+)"[^>]*>([\s\S]*?)<\/li>/g)].map(([, id = '', status = '', body = '']) => ({
    id,
    status,
    stepLinks: [...body.matchAll(/\bdata-step-link="([^"]+)"/g)].map((match) => match[1] ?? ''),
  }));
}

/** The panel's `data-signed-in` ('true' or 'false'), undefined if the panel is not on the page. */
export function signedInIn(html: string): string | undefined {
  return /<[^>]*\bdata-playground-panel\b[^>]*\bdata-signed-in="([^"]+)"/.exec(html)?.[1];
}
