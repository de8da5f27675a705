// What a step kind is, as the screens and the server share it. A kind is one folder,
// `src/lib/steps/<kind>/`:
//
//   index.ts          this definition: the participant events it takes while it is the current
//                     step, its cards, the results it keeps blind until revealed, its progress line
//   schemas.ts        zod schemas of its own events (phones' and the dashboard's)
//   state.ts          the fields it adds to each audience's state (types only)
//   outbox.ts         how a phone keeps its writes while offline (optional)
//   index.server.ts   its commands, its projection and patches per audience, its export sections,
//                     its rows in the record (server only)
//   migrations/       its own tables, numbered SQL (optional)
//   Phone.svelte, Panel.svelte, Beamer.svelte   its three views
//
// The index (./index.ts) lists the kinds, one line each; the server assembles the folders' server
// parts (src/lib/server/kinds/index.ts). Nothing else names a kind.
import type { Language } from '../language';
import type { EventMap } from '../schemas/event';
import type { CardKind } from '../vocabulary';

/** The fields a kind adds to each audience's state, and to a participant's own inputs. */
export interface StateSlice {
	facilitator: object;
	/** What phones and the beamer see. */
	room: object;
	/** What only the beamer adds to the room's view. */
	beamer: object;
	mine: object;
}

type Nothing = Record<never, never>;
/** The state of a kind that adds nothing of its own (it shows what other kinds and aggregates hold). */
export interface NoState {
	facilitator: Nothing;
	room: Nothing;
	beamer: Nothing;
	mine: Nothing;
}

/** The types a kind brings (its events and its state); only the compiler reads them. */
export interface KindTypes {
	participant: EventMap;
	facilitator: EventMap;
	state: StateSlice;
	/** The fields it adds to the canonical record (the JSON archive), with references for ids. */
	record: object;
}

/** A progress line's text ("4 of 5 present have voted"), as a Paraglide message takes it. */
type ProgressText = (
	counts: { done: number; present: number },
	options?: { locale?: Language }
) => string;

export interface StepKindDefinition<T extends KindTypes = KindTypes> {
	readonly name: string;
	/** Participant events taken while a step of this kind is current (others: WRONG_STEP). */
	readonly accepts: readonly (keyof T['participant'] & string)[];
	/** Which kinds of card participants add (and may edit or withdraw) in this step, if any. */
	readonly cards?: readonly CardKind[];
	/** Fields of the room's state that stay blind until a step of this kind is revealed. */
	readonly hides: readonly string[];
	/** What its progress line says, when it counts who has done something. */
	readonly progress?: ProgressText;
	/** Types only, never set: the kind's events and state. */
	readonly types?: T;
}

/** Declares a kind with its types: `defineKind<Types>()({ name, accepts, ... })`. */
export const defineKind =
	<T extends KindTypes>() =>
	<const D extends StepKindDefinition<T>>(definition: D): D & { readonly types?: T } =>
		definition;
