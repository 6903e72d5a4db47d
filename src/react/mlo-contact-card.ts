'use client';
/**
 * `<mlo-contact-card>` for React: the office's contact points. Registers this element only.
 *
 * ```tsx
 * import { MloContactCard } from 'mlo-newsroom/react/mlo-contact-card.js';
 * ```
 */
// Generated from src/elements.json by `npm run elements`: edit the list, not this.
import { MloContactCard as ContactCardElement } from '../components/contact-card/mlo-contact-card.js';
import { feedEvents, wrap } from './wrap.js';

export const MloContactCard = wrap('mlo-contact-card', ContactCardElement, feedEvents);
