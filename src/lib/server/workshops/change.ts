// What a domain command changed, item by item. The publisher turns it into a small patch per
// audience (src/lib/server/read-model/patches.ts); the command never decides who sees what.
import type { HiddenResult } from '$lib/steps/registry';

export class Change {
	// Items: sent at once.
	readonly steps = new Set<number>();
	readonly cards = new Set<string>();
	readonly values = new Set<string>();
	readonly tensions = new Set<string>();
	readonly commitments = new Set<string>();
	voting = false;
	/** The perspectives worth having at the table (edited while preparing). */
	seats = false;
	/** Results whose visibility may have changed: the room gets them whole (or null). */
	readonly revealed = new Set<HiddenResult>();
	/** Participants whose own inputs changed. */
	readonly mine = new Set<string>();
	/** Participants the facilitator removed: their phones are cut off. */
	readonly removed = new Set<string>();
	currentStep = false;
	joinLock = false;
	/** What the beamer shows besides the step (join panel, shared notes, chime). */
	display = false;
	/** The facilitator turns the beamer's page. */
	beamerPage: 1 | -1 | null = null;

	// Results of many people's inputs, and the facilitator-only view of them: coalesced.
	readonly tallies = new Set<string>();
	readonly ratings = new Set<string>();
	readonly reflections = new Set<string>();
	readonly profiles = new Set<string>();
	readonly closingNotes = new Set<string>();
	progress = false;
	/** Participants who joined, left or were removed (and so how many are present). */
	readonly presence = new Set<string>();

	/** Adds everything another change touched. */
	merge(other: Change): this {
		for (const key of SET_KEYS)
			for (const item of other[key]) (this[key] as Set<unknown>).add(item);
		for (const key of FLAG_KEYS) if (other[key]) this[key] = true;
		this.beamerPage = other.beamerPage ?? this.beamerPage;
		return this;
	}

	/** The part that may wait for the coalescing window, taken out of this change. */
	takeCoalesced(): Change {
		const later = new Change();
		for (const key of COALESCED_SETS) {
			for (const item of this[key]) later[key].add(item);
			this[key].clear();
		}
		for (const key of COALESCED_FLAGS) {
			later[key] = this[key];
			this[key] = false;
		}
		return later;
	}

	get isEmpty(): boolean {
		return (
			SET_KEYS.every((key) => this[key].size === 0) &&
			FLAG_KEYS.every((key) => !this[key]) &&
			this.beamerPage === null
		);
	}
}

const COALESCED_SETS = [
	'tallies',
	'ratings',
	'reflections',
	'profiles',
	'closingNotes',
	'presence'
] as const;
const SET_KEYS = [
	'steps',
	'cards',
	'values',
	'tensions',
	'commitments',
	'revealed',
	'mine',
	'removed',
	...COALESCED_SETS
] as const;
const COALESCED_FLAGS = ['progress'] as const;
const FLAG_KEYS = [
	'voting',
	'seats',
	'currentStep',
	'joinLock',
	'display',
	...COALESCED_FLAGS
] as const;
