import type { Component } from 'svelte';
import type { BeamerProps, Views } from './views';

/** Every kind's beamer view. */
export const beamerViews: Views<BeamerProps> = import.meta.glob<{
	default: Component<BeamerProps>;
}>('./*/Beamer.svelte', { eager: true });
