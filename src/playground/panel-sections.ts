/**
 * The playground panel's sections, in the order a reader works: the tenant (and the app, Break it on
 * purpose among the ways to choose it), the actions (Sign in, Run checks), what happened, what to
 * register, and the support bundle. The one statement of that order: the panel, its no-JavaScript
 * stand-in and the texts that name a section follow it, and the tests read the rendered pages against it.
 * Each section's element carries `data-panel-section` with its id.
 */
export const panelSections = ['tenant', 'actions', 'outcome', 'register', 'support'] as const;

export type PanelSection = (typeof panelSections)[number];

/** The attribute that marks a section's element (typed, so a misspelt id fails the typecheck). */
export function panelSectionAttribute(section: PanelSection): { 'data-panel-section': PanelSection } {
  return { 'data-panel-section': section };
}
