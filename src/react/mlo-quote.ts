'use client';
/**
 * `<mlo-quote>` for React: one quote, or a rotation of them. Registers this element only.
 *
 * ```tsx
 * import { MloQuote } from 'mlo-newsroom/react/mlo-quote.js';
 * ```
 */
// Generated from src/elements.json by `npm run elements`: edit the list, not this.
import { MloQuote as QuoteElement } from '../components/quote/mlo-quote.js';
import { selectEvents, wrap } from './wrap.js';

export const MloQuote = wrap('mlo-quote', QuoteElement, selectEvents);
