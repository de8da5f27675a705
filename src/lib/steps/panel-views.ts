import type { Component } from 'svelte';
import type { PanelProps, Views } from './views';

/** Every kind's dashboard panel. */
export const panelViews: Views<PanelProps> = import.meta.glob<{
	default: Component<PanelProps>;
}>('./*/Panel.svelte', { eager: true });
