/**
 * One request per page for the lazily loaded search engine (`search-chunk.ts`, with `src/search`).
 * Nothing here imports the engine itself, only its types, which the compiler erases.
 */
import type * as EngineModule from './search-chunk.js';

export type SearchEngine = typeof EngineModule;

let request: Promise<SearchEngine> | undefined;

/** Loads the engine once; a failed load (a network blip on the chunk) may be tried again. */
export function loadEngine(): Promise<SearchEngine> {
  request ??= import('./search-chunk.js').catch((error: unknown) => {
    request = undefined;
    throw error;
  });
  return request;
}

/** Whether any `<mlo-search>` on this page has asked for the engine yet. */
export const engineRequested = (): boolean => request !== undefined;
