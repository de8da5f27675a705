import type { Component } from 'svelte';
import type { Views } from './views';

/** Every kind's beamer view. */
export const beamerViews: Views<Record<string, never>> = import.meta.glob<{
	default: Component<Record<string, never>>;
}>('./*/Beamer.svelte', { eager: true });
