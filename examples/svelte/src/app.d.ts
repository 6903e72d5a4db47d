// The <mlo-…> tags in svelte-check: typed attributes and `onmlo-…` events.
import type {} from 'mlo-newsroom/jsx/svelte';
