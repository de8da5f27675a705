import type { Component } from 'svelte';
import type { PhoneProps, Views } from './views';

/** Every kind's phone screen, each its own chunk, loaded when the room reaches a step. */
export const phoneViews: Views<PhoneProps> = import.meta.glob<{
	default: Component<PhoneProps>;
}>('./*/Phone.svelte');
