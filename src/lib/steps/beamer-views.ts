import type { Component } from 'svelte';
import type { BeamerProps } from './registry';
import type { Views } from './views';

/** Every kind's beamer view. */
export const beamerViews: Views<BeamerProps> = import.meta.glob<{
	default: Component<BeamerProps>;
}>('./*/Beamer.svelte', { eager: true });
