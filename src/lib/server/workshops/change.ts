// What a domain command changed, item by item. The publisher turns it into a small patch per
// audience (src/lib/server/read-model/patches.ts): each slice of the state (the core's and each step
// kind's) reads the keys it knows. The command never decides who sees what.
//
// A key is an object, made once where its slice lives (`changeKey('tallies', { coalesce: true })`):
// a typo cannot compile, and a new kind brings its own keys without touching this file.

type Id = string | number;

interface ChangeKey<K extends Id = string> {
	readonly name: string;
	/** Results of many people's inputs: sent together at the end of the coalescing window. */
	readonly coalesce: boolean;
	/** Types only: the kind of id this key collects. */
	readonly ids?: K;
}

/** Every key made, for the specs that check what a change of each key costs. */
export const CHANGE_KEYS: ChangeKey<Id>[] = [];

export function changeKey<K extends Id = string>(
	name: string,
	{ coalesce = false } = {}
): ChangeKey<K> {
	const key = { name, coalesce };
	CHANGE_KEYS.push(key);
	return key;
}

export class Change {
	readonly #items = new Map<ChangeKey<Id>, Set<Id>>();
	/** Results whose visibility may have changed: the room gets them whole (or blind). */
	readonly revealed = new Set<string>();
	/** Participants whose own inputs changed. */
	readonly mine = new Set<string>();
	/** Participants the facilitator removed: their phones are cut off. */
	readonly removed = new Set<string>();
	/** Participants who joined, left or were removed (and so how many are present): coalesced. */
	readonly presence = new Set<string>();
	/** How far the room is ("4 of 5 have voted"): coalesced. */
	progress = false;
	currentStep = false;
	joinLock = false;
	/** The facilitator turns the beamer's page. */
	beamerPage: 1 | -1 | null = null;

	/** Notes that an item of this key changed (was added, edited or removed). */
	touch<K extends Id>(key: ChangeKey<K>, ...ids: K[]): this {
		let set = this.#items.get(key as ChangeKey<Id>);
		if (!set) this.#items.set(key as ChangeKey<Id>, (set = new Set()));
		for (const id of ids) set.add(id);
		return this;
	}

	/** Notes that something of this key changed as a whole (the seats, the voting rules). */
	mark(key: ChangeKey<string>): this {
		return this.touch(key, '');
	}

	/** The items of this key that changed. */
	ids<K extends Id>(key: ChangeKey<K>): ReadonlySet<K> {
		return (this.#items.get(key as ChangeKey<Id>) ?? EMPTY) as ReadonlySet<K>;
	}

	has(key: ChangeKey<Id>): boolean {
		return (this.#items.get(key)?.size ?? 0) > 0;
	}

	/** Adds everything another change touched. */
	merge(other: Change): this {
		for (const [key, ids] of other.#items) this.touch(key, ...ids);
		for (const name of SETS) for (const id of other[name]) (this[name] as Set<unknown>).add(id);
		for (const name of FLAGS) if (other[name]) this[name] = true;
		this.beamerPage = other.beamerPage ?? this.beamerPage;
		return this;
	}

	/** The part that may wait for the coalescing window, taken out of this change. */
	takeCoalesced(): Change {
		const later = new Change();
		for (const [key, ids] of this.#items) {
			if (!key.coalesce) continue;
			later.touch(key, ...ids);
			this.#items.delete(key);
		}
		for (const id of this.presence) later.presence.add(id);
		this.presence.clear();
		later.progress = this.progress;
		this.progress = false;
		return later;
	}

	get isEmpty(): boolean {
		return (
			[...this.#items.values()].every((ids) => ids.size === 0) &&
			SETS.every((name) => this[name].size === 0) &&
			FLAGS.every((name) => !this[name]) &&
			this.beamerPage === null
		);
	}
}

const EMPTY: ReadonlySet<Id> = new Set();
const SETS = ['revealed', 'mine', 'removed', 'presence'] as const;
const FLAGS = ['progress', 'currentStep', 'joinLock'] as const;

/** The core's keys: what the core slice of the read model (read-model/core.ts) publishes. */
export const CORE = {
	steps: changeKey<number>('steps'),
	values: changeKey('values'),
	cards: changeKey('cards'),
	commitments: changeKey('commitments'),
	/** Commitments their owner changed through a status link: coalesced, so a burst is one patch. */
	reported: changeKey('reported', { coalesce: true }),
	/** The perspectives worth having at the table, as a whole. */
	seats: changeKey('seats'),
	/** Participants' profiles (the facilitator's list): coalesced with presence. */
	profiles: changeKey('profiles', { coalesce: true }),
	/** What the beamer shows besides the step. */
	display: changeKey('display')
};
