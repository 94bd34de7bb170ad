import type { Element } from 'hast';
import { LOCAL_DEMO_APP, LOCAL_NAVER_CONNECTOR } from '../../src/lib/local-tenant-defaults.ts';
import { languages, type Lang } from '../../src/i18n/languages.ts';
import { panelSections } from '../../src/playground/panel-sections.ts';
import { playgroundStrings } from '../../src/playground/strings.ts';
import { scenarioText } from '../../src/playground/fault-lab/strings.ts';
import { expect, test } from '../support/fixtures.ts';
import { elementWith, findWith, headingsIn, holds, outlineFaults, sectionsIn, textIn, type RenderedSection } from '../support/panel-outline.ts';
import { demoSettingsFields, islandHtml, PlaygroundReader } from '../support/playground-http.ts';
import { testSiteOrigin, testTenantEndpoint } from '../support/ports.ts';

/**
 * The panel in the order a reader works (src/playground/panel-sections.ts, the one statement of it): read
 * from the rendered HTML of the standalone page, of the guide's server island and of the guide's no-JS
 * fallback, over HTTP as the no-JS forms post. Which elements each section holds, and that the headings
 * form an outline, say that the order is the one the reader sees, not only the attributes'.
 */

function panelOf(html: string, where: string): Element {
  const panel = elementWith(html, 'dataPlaygroundPanel');
  expect(panel, `${where}: the panel is there`).toBeDefined();
  return panel as Element;
}

const ids = (sections: RenderedSection[]) => sections.map((section) => section.id);
const section = (sections: RenderedSection[], id: string) => sections.find((found) => found.id === id);

async function guidePage(lang: Lang): Promise<string> {
  const response = await fetch(`${testSiteOrigin}/${lang}/`);
  expect(response.status).toBe(200);
  return response.text();
}

async function saveDemoSettings(reader: PlaygroundReader, fields: Record<string, string> = {}) {
  return reader.post('/playground/settings', demoSettingsFields(fields));
}

for (const lang of languages) {
  test(`${lang}: a new reader's panel, standalone and beside the guide, has every section in the declared order; the fallback the first ones`, async () => {
    const reader = new PlaygroundReader(testSiteOrigin, lang);
    const guide = await guidePage(lang);
    for (const [where, html] of [['standalone', await reader.panelHtml()], ['island', await islandHtml(reader, guide)]] as const) {
      const sections = sectionsIn(panelOf(html, where));
      expect(ids(sections), where).toEqual([...panelSections]);
      // Nothing saved: the form itself comes first, not a summary.
      expect(holds(section(sections, 'tenant'), 'dataTenantSummary'), where).toBe(false);
      expect(holds(section(sections, 'tenant'), 'dataSettingsEdit'), where).toBe(false);
    }
    const fallback = elementWith(guide, 'dataPlaygroundFallback');
    expect(fallback, 'the guide has its no-JS fallback').toBeDefined();
    const shown = ids(sectionsIn(fallback as Element));
    expect(shown.length).toBeGreaterThanOrEqual(2);
    expect(shown, 'the fallback shows the panel’s first sections, in its order').toEqual(panelSections.slice(0, shown.length));
    expect(holds(sectionsIn(fallback as Element)[0], 'action', '/playground/settings')).toBe(true);
  });
}

test('signed in with saved settings and checks run: each part sits in its section, the order and the outline hold (en)', async () => {
  const reader = new PlaygroundReader(testSiteOrigin, 'en');
  expect((await saveDemoSettings(reader, { naverClientId: LOCAL_NAVER_CONNECTOR.clientId })).status).toBe(303);
  await reader.runChecks();
  expect(await reader.signIn({ action: 'agree', shareEmail: true })).toBe('came back');
  const guide = await guidePage('en');
  for (const [where, html] of [['standalone', await reader.panelHtml()], ['island', await islandHtml(reader, guide)]] as const) {
    const panel = panelOf(html, where);
    const sections = sectionsIn(panel);
    expect(ids(sections), where).toEqual([...panelSections]);
    const [tenant, actions, outcome, register, support] = panelSections.map((id) => section(sections, id));
    expect(holds(tenant, 'dataTenantSummary'), `${where}: the summary`).toBe(true);
    expect(holds(tenant, 'dataSettingsEdit'), `${where}: Edit`).toBe(true);
    expect(holds(tenant, 'dataPanelPart', 'settings'), `${where}: the form, behind Edit, fetched once opened`).toBe(true);
    expect(holds(tenant, 'action', '/playground/settings'), `${where}: the form not rendered until Edit is opened`).toBe(false);
    expect(holds(tenant, 'dataFaultLab'), `${where}: Break it on purpose`).toBe(true);
    expect(holds(actions, 'dataSignOut'), `${where}: Sign out`).toBe(true);
    expect(holds(actions, 'action', '/playground/preflight'), `${where}: Run checks`).toBe(true);
    expect(holds(outcome, 'dataResult'), `${where}: the result`).toBe(true);
    expect(holds(outcome, 'dataTrace'), `${where}: the trace`).toBe(true);
    expect(holds(register, 'dataCopyValue'), `${where}: the URIs`).toBe(true);
    expect(holds(register, 'dataNaverUris'), `${where}: the Naver Callback URLs`).toBe(true);
    expect(holds(support, 'dataSupportBundle'), `${where}: the support bundle`).toBe(true);
    expect(outlineFaults(headingsIn(panel)), where).toEqual([]);
    // Every section opens with a heading one level below the panel's own.
    const panelLevel = headingsIn(panel)[0]?.level ?? 0;
    for (const shown of sections) {
      const first = shown.elements.find((element) => /^h[1-6]$/.test(element.tagName));
      expect(first?.tagName, `${where}: ${shown.id}'s heading`).toBe(`h${panelLevel + 1}`);
    }
  }
});

test('saved settings read as one line with Edit; a refused save opens the form; a scenario is named (no JS, ko)', async () => {
  const t = playgroundStrings.ko;
  const reader = new PlaygroundReader(testSiteOrigin, 'ko');
  expect((await saveDemoSettings(reader)).status).toBe(303);
  let tenant = section(sectionsIn(panelOf(await reader.panelHtml(), 'saved')), 'tenant');
  const text = textIn(findWith(tenant?.elements, 'dataTenantSummary'));
  expect(text).toContain(testTenantEndpoint);
  expect(text).toContain(LOCAL_DEMO_APP.id);
  expect(holds(tenant, 'dataSummaryApp', 'demo')).toBe(true);
  const edit = findWith(tenant?.elements, 'dataSettingsEdit');
  expect(edit?.tagName).toBe('details');
  expect(edit?.properties['open'], 'the form starts closed').toBeUndefined();
  expect(textIn(edit?.children.find((child) => child.type === 'element' && child.tagName === 'summary'))).toBe(t.editSettings);

  // A refused save: the saved settings still summarised, the form open with its messages.
  await saveDemoSettings(reader, { endpoint: 'http://example.com/console' });
  tenant = section(sectionsIn(panelOf(await reader.panelHtml(), 'refused')), 'tenant');
  expect(textIn(findWith(tenant?.elements, 'dataTenantSummary'))).toContain(testTenantEndpoint);
  expect(findWith(tenant?.elements, 'dataSettingsEdit')?.properties['open']).toBe(true);
  expect(holds(tenant, 'id', 'pg-endpoint-error')).toBe(true);

  // Break it on purpose is one way of choosing the app: the summary then names the scenario.
  await reader.chooseScenario('wrong-app-secret');
  tenant = section(sectionsIn(panelOf(await reader.panelHtml(), 'scenario')), 'tenant');
  expect(holds(tenant, 'dataSummaryApp', 'wrong-app-secret')).toBe(true);
  expect(textIn(findWith(tenant?.elements, 'dataTenantSummary'))).toContain(scenarioText('ko', 'wrong-app-secret').name);

  // Starting over forgets the settings: the form itself again.
  await reader.post('/playground/reset');
  tenant = section(sectionsIn(panelOf(await reader.panelHtml(), 'reset')), 'tenant');
  expect(holds(tenant, 'dataTenantSummary')).toBe(false);
  expect(holds(tenant, 'action', '/playground/settings')).toBe(true);
});
