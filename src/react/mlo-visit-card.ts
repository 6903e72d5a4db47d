'use client';
/**
 * `<mlo-visit-card>` for React: one official visit. Registers this element only.
 *
 * ```tsx
 * import { MloVisitCard } from 'mlo-newsroom/react/mlo-visit-card.js';
 * ```
 */
// Generated from src/elements.json by `npm run elements`: edit the list, not this.
import { MloVisitCard as VisitCardElement } from '../components/visit-card/mlo-visit-card.js';
import { selectEvents, wrap } from './wrap.js';

export const MloVisitCard = wrap('mlo-visit-card', VisitCardElement, selectEvents);
