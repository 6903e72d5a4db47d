import type { ArgTypes } from '@storybook/web-components-vite';

/**
 * The Controls panel and the autodocs tables, read from custom-elements.json.
 *
 * Storybook's own reader (`extractArgTypesFromElements`) puts members, attributes, events, slots,
 * custom properties and parts into one object keyed by bare name, so a part called `item` or
 * `type` replaced the attribute of that name, and every part got an object control ("Set
 * object"). Here each kind has its own keys and table category:
 *
 * - an attribute is keyed by its property (`headingLevel`, the name stories use for the arg),
 *   shown under its attribute name (`heading-level`), with a control chosen from its type: a
 *   union of string literals is a select of exactly those strings, `number` a number field,
 *   `boolean` a toggle, anything that takes a string a text field;
 * - a property without an attribute (`.feed`) and a read-only one (`.state`) are listed, with no
 *   control: they are set from script, not typed in;
 * - events, slots and `::part(…)` are documentation only: no control;
 * - a custom property (`--mlo-accent`) gets a colour picker when its syntax is `<color>` and a
 *   text field otherwise; the page decorator (preview.ts) sets the values a story has.
 */

export interface ManifestItem {
  name: string;
  description?: string;
  type?: { text: string };
  default?: string;
  syntax?: string;
  inheritedFrom?: { name: string };
  kind?: string;
  privacy?: string;
  static?: boolean;
  readonly?: boolean;
  attribute?: string;
  fieldName?: string;
}
export interface Declaration {
  name: string;
  tagName?: string;
  members?: ManifestItem[];
  attributes?: ManifestItem[];
  events?: ManifestItem[];
  slots?: ManifestItem[];
  cssProperties?: ManifestItem[];
  cssParts?: ManifestItem[];
}
export interface Manifest {
  modules: { declarations?: Declaration[] }[];
}

export const CATEGORY = {
  attributes: 'attributes',
  properties: 'properties',
  events: 'events',
  slots: 'slots',
  cssProperties: 'CSS custom properties',
  cssParts: 'CSS shadow parts',
} as const;

/** The declaration of a tag, or undefined. */
export function declarationOf(manifest: Manifest, tagName: string): Declaration | undefined {
  return manifest.modules
    .flatMap((mod) => mod.declarations ?? [])
    .find((decl) => decl.tagName === tagName);
}

/** `'list' | 'grid' | 'compact'` → the strings; undefined when the type is anything else. */
export function stringLiterals(typeText: string | undefined): string[] | undefined {
  const parts = (typeText ?? '')
    .split('|')
    .map((part) => part.trim())
    .filter((part) => part !== 'undefined' && part !== 'null');
  const literals: string[] = [];
  for (const part of parts) {
    const match = /^'([^']*)'$|^"([^"]*)"$/.exec(part);
    if (!match) return undefined;
    literals.push(match[1] ?? match[2] ?? '');
  }
  return literals.length > 0 ? literals : undefined;
}

function attributeArgType(attr: ManifestItem): ArgTypes[string] {
  const typeText = attr.type?.text;
  const types = (typeText ?? 'string').split('|').map((part) => part.trim());
  const options = stringLiterals(typeText);
  const control = options
    ? { type: options.length <= 3 ? ('inline-radio' as const) : ('select' as const) }
    : types.includes('boolean')
      ? { type: 'boolean' as const }
      : types.includes('number') && !types.includes('string')
        ? { type: 'number' as const }
        : types.includes('string')
          ? { type: 'text' as const }
          : false;
  return {
    name: attr.name,
    description: attr.description,
    ...(options ? { options } : {}),
    control,
    table: {
      category: CATEGORY.attributes,
      // An attribute without a declared type (`type = DEFAULTS.join(' ')`) is a string.
      type: { summary: typeText ?? 'string' },
      defaultValue: attr.default === undefined ? undefined : { summary: attr.default },
    },
  };
}

/** A custom property's control: a colour picker for a `<color>`, else a text field. */
export function cssPropertyArgType(
  prop: ManifestItem,
  category: string = CATEGORY.cssProperties,
): ArgTypes[string] {
  return {
    name: prop.name,
    description: prop.description,
    control: prop.syntax === '<color>' ? { type: 'color' } : { type: 'text' },
    table: {
      category,
      type: prop.syntax ? { summary: prop.syntax } : undefined,
      defaultValue: prop.default === undefined ? undefined : { summary: prop.default },
    },
  };
}

const documentation = (
  item: ManifestItem,
  category: string,
  name: string,
  type?: string,
): ArgTypes[string] => ({
  name,
  description: item.description,
  control: false,
  table: {
    category,
    type: type ? { summary: type } : undefined,
    defaultValue: item.default === undefined ? undefined : { summary: item.default },
  },
});

/** Every arg type of a tag; the key of a custom property is its name (`--mlo-accent`). */
export function argTypesOf(manifest: Manifest, tagName: string): ArgTypes | null {
  const decl = declarationOf(manifest, tagName);
  if (!decl) return null;
  const argTypes: ArgTypes = {};
  for (const attr of decl.attributes ?? []) {
    argTypes[attr.fieldName ?? attr.name] = attributeArgType(attr);
  }
  for (const member of decl.members ?? []) {
    const hidden = member.kind !== 'field' || member.static || member.privacy;
    if (hidden || member.attribute || argTypes[member.name]) continue;
    const description = member.readonly
      ? `Read-only. ${member.description ?? ''}`.trim()
      : member.description;
    argTypes[member.name] = documentation(
      { ...member, description },
      CATEGORY.properties,
      `.${member.name}`,
      member.type?.text,
    );
  }
  for (const event of decl.events ?? []) {
    argTypes[`event:${event.name}`] = documentation(event, CATEGORY.events, event.name);
  }
  for (const slot of decl.slots ?? []) {
    argTypes[`slot:${slot.name}`] = documentation(slot, CATEGORY.slots, slot.name || '(default)');
  }
  for (const prop of decl.cssProperties ?? []) argTypes[prop.name] = cssPropertyArgType(prop);
  for (const part of decl.cssParts ?? []) {
    argTypes[`::part(${part.name})`] = documentation(
      part,
      CATEGORY.cssParts,
      `::part(${part.name})`,
    );
  }
  return argTypes;
}
