// Each surface (the facilitator's dashboard, the beamer, a phone) makes its live connection once
// and shares it with its parts, the step kinds' views among them, through one typed context.
import { createContext } from 'svelte';
import type { Language } from '$lib/language';
import type { LiveWorkshop } from './client.svelte';
import type {
	BeamerSnapshot,
	ClientToServerEvents,
	DashboardSnapshot,
	FacilitatorEvent,
	ParticipantSnapshot
} from './events';

/** Sends one facilitator command; resolves true when the server committed it. */
export type Act = <E extends FacilitatorEvent>(
	event: E,
	payload: Parameters<ClientToServerEvents[E]>[0]
) => Promise<boolean>;

interface DashboardSurface {
	live: LiveWorkshop<DashboardSnapshot>;
	act: Act;
	/** The facilitator's own language. */
	readonly locale: Language;
}

interface BeamerSurface {
	live: LiveWorkshop<BeamerSnapshot>;
	/** The workshop's language: the room reads it, whatever the facilitator's screen uses. */
	readonly locale: Language;
}

interface PhoneSurface {
	live: LiveWorkshop<ParticipantSnapshot>;
	/** The participant's chosen language. */
	readonly locale: Language;
	caseDescription: string;
}

export const [dashboardSurface, provideDashboard] = createContext<DashboardSurface>();
export const [beamerSurface, provideBeamer] = createContext<BeamerSurface>();
export const [phoneSurface, providePhone] = createContext<PhoneSurface>();
