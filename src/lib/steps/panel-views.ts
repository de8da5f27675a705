import type { Component } from 'svelte';
import type { Views } from './views';

/** Every kind's dashboard panel. */
export const panelViews: Views<Record<string, never>> = import.meta.glob<{
	default: Component<Record<string, never>>;
}>('./*/Panel.svelte', { eager: true });
