/**
 * The playground panel's shape as rendered HTML says it, parsed (hast-util-from-html, as a browser would):
 * its sections (`data-panel-section`, src/playground/panel-sections.ts) in document order with the elements
 * each holds, and the headings' outline. For the standalone page, the guide's server island and the no-JS
 * fallback alike.
 */
import { fromHtml } from 'hast-util-from-html';
import type { Element, Nodes } from 'hast';

export interface RenderedSection {
  id: string;
  /** Every element inside the section, in document order. */
  elements: Element[];
}

export interface Heading {
  level: number;
  text: string;
}

function children(node: Nodes): Nodes[] {
  return 'children' in node ? (node.children as Nodes[]) : [];
}

function* walk(node: Nodes): Generator<Element> {
  if (node.type === 'element') yield node;
  for (const child of children(node)) yield* walk(child);
}

/** A node's text, whitespace collapsed, as a reader reads it. */
export function textIn(node: Nodes | undefined): string {
  return node ? textWithin(node).replace(/\s+/g, ' ').trim() : '';
}

function textWithin(node: Nodes): string {
  if (node.type === 'text') return node.value;
  return children(node).map(textWithin).join('');
}

/** The first element among `elements` with the given hast property. */
export function findWith(elements: Element[] | undefined, property: string): Element | undefined {
  return (elements ?? []).find((element) => property in element.properties);
}

/** The parsed HTML's first element with the given hast property (`dataPlaygroundPanel` for `data-playground-panel`). */
export function elementWith(html: string, property: string): Element | undefined {
  for (const element of walk(fromHtml(html))) if (property in element.properties) return element;
  return undefined;
}

/** The sections inside `root`, in document order (a section inside a section is not expected, and would count too). */
export function sectionsIn(root: Element): RenderedSection[] {
  const sections: RenderedSection[] = [];
  for (const element of walk(root)) {
    const id = element.properties['dataPanelSection'];
    if (typeof id === 'string') sections.push({ id, elements: [...walk(element)].slice(1) });
  }
  return sections;
}

/** Whether the section holds an element with the hast property (and, if given, that value). */
export function holds(section: RenderedSection | undefined, property: string, value?: string): boolean {
  return (section?.elements ?? []).some((element) => property in element.properties && (value === undefined || element.properties[property] === value));
}

/** The headings inside `root`, in order, with their level and text. */
export function headingsIn(root: Element): Heading[] {
  return [...walk(root)]
    .filter((element) => /^h[1-6]$/.test(element.tagName))
    .map((element) => ({ level: Number(element.tagName.slice(1)), text: textIn(element) }));
}

/** The outline's faults: a heading more than one level below the one before it, or above the root's own. */
export function outlineFaults(headings: Heading[]): string[] {
  const [first, ...rest] = headings;
  if (!first) return ['no headings'];
  const faults: string[] = [];
  let previous = first;
  for (const heading of rest) {
    if (heading.level > previous.level + 1) faults.push(`h${heading.level} “${heading.text}” follows h${previous.level} “${previous.text}”`);
    if (heading.level <= first.level) faults.push(`h${heading.level} “${heading.text}” is not below the panel's h${first.level}`);
    previous = heading;
  }
  return faults;
}
