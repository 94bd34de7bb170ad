/**
 * The literal values the guide shows where the reader's own settings belong, until the playground
 * tells the page the real ones. The code samples in the MDX use these exact strings, so the page script
 * can swap them; the App secret is never filled in, so it only ever appears as its placeholder.
 */
export const placeholders = {
  endpoint: 'https://your-tenant.logto.app',
  appId: 'your-app-id',
  siteOrigin: 'https://your-app.example.com',
  connectorId: 'your-connector-id',
} as const;

export const secretPlaceholder = 'your-app-secret';

/** The settings the page can fill in: in code samples only the endpoint and the App ID appear. */
export type SnippetValues = Partial<Record<'endpoint' | 'appId', string>>;

/** Replaces the endpoint and App ID placeholders that have a value; leaves the others as written. */
export function fillSnippet(template: string, values: SnippetValues): string {
  let text = template;
  for (const key of ['endpoint', 'appId'] as const) {
    const value = values[key];
    if (value) text = text.split(placeholders[key]).join(value);
  }
  return text;
}
