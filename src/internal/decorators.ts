/**
 * Lit's `@property` and `@state`, with every options object on a null prototype (see own.ts): a
 * host page that left `state`, `noAccessor`, `attribute` or `hasChanged` on `Object.prototype`
 * cannot turn our attributes into internal state or change how a property compares.
 *
 * Lit reads the options object it was given (legacy and standard decorators alike), so giving
 * it a prototype-free one is enough. This replaces an override of `createProperty`, which Lit
 * deprecates (a dev-mode warning in every app) and does not call with standard decorators.
 * Elements import these, never `lit/decorators.js` (ESLint enforces it in src/).
 */
import type { PropertyDeclaration } from 'lit';
// eslint-disable-next-line no-restricted-imports -- the one place that wraps them
import { property as litProperty } from 'lit/decorators.js';
import { own } from './own.js';

/** `@property(options)`, the options read only from their own keys. */
export const property = (options: PropertyDeclaration = {}) => litProperty(own(options));

/** `@state()`: internal reactive state, no attribute, same guard. */
export const state = (options: Pick<PropertyDeclaration, 'hasChanged'> = {}) =>
  litProperty(own({ ...options, state: true, attribute: false }));
