// What one phone (or one dashboard) may ask of the server, counted in memory per identity, so a
// flood is refused for the price of a map lookup and never reaches zod, SQLite or a snapshot.
// Token buckets: each event takes a token, tokens come back at a steady rate up to a burst. A
// participant's tabs and reconnects share one budget (it is kept by participant, not by socket).

export interface Rate {
	/** Tokens when full: the burst allowed at once. */
	burst: number;
	/** Tokens returned per second. */
	perSecond: number;
}

const env = (name: string, fallback: number) => Number(process.env[name] ?? fallback);
const perMinute = env('CONTRIBUTION_LIMIT_PER_MINUTE', 120);
/** Scripted rooms (the end-to-end tests' seeding, the benchmarks) raise the event budgets. */
const scale = env('SOCKET_BUDGET_SCALE', 1);
const rate = (burst: number, perSecond: number): Rate => ({
	burst: burst * scale,
	perSecond: perSecond * scale
});

export const RATES = {
	/** Any event from a phone: far above tapping, far below a script. */
	participantEvents: rate(40, 10),
	/** A phone's writes (CONTRIBUTION_LIMIT_PER_MINUTE, 120 a minute, in bursts of a quarter). */
	contributions: { burst: Math.max(5, Math.ceil(perMinute / 4)), perSecond: perMinute / 60 },
	/** Whole-state resyncs: a phone needs one per reconnect; each costs a snapshot. */
	participantSyncs: rate(4, 1 / 3),
	/** A dashboard or beamer: a facilitator clicks fast, and resyncs cost more (all the state). */
	facilitatorEvents: rate(60, 20),
	facilitatorSyncs: rate(6, 1 / 2)
} as const satisfies Record<string, Rate>;

class Bucket {
	#tokens: number;
	#at: number;
	constructor(
		private readonly rate: Rate,
		now: number
	) {
		this.#tokens = rate.burst;
		this.#at = now;
	}
	take(now: number): boolean {
		this.#tokens = Math.min(
			this.rate.burst,
			this.#tokens + ((now - this.#at) / 1000) * this.rate.perSecond
		);
		this.#at = now;
		if (this.#tokens < 1) return false;
		this.#tokens -= 1;
		return true;
	}
	/** Full again: nothing to remember. */
	full(now: number): boolean {
		return this.#tokens + ((now - this.#at) / 1000) * this.rate.perSecond >= this.rate.burst;
	}
}

/** Buckets by "what:who", dropped again once full (see sweep). */
export class Budgets {
	#buckets = new Map<string, Bucket>();
	constructor(private readonly rates: Record<keyof typeof RATES, Rate> = RATES) {}

	/** Takes one token from this identity's bucket for this rate; false: over budget. */
	take(rate: keyof typeof RATES, who: string, now = Date.now()): boolean {
		const key = `${rate}:${who}`;
		let bucket = this.#buckets.get(key);
		if (!bucket) this.#buckets.set(key, (bucket = new Bucket(this.rates[rate], now)));
		return bucket.take(now);
	}

	/** Forgets the buckets that have filled up again; returns how many are left. */
	sweep(now = Date.now()): number {
		for (const [key, bucket] of this.#buckets) if (bucket.full(now)) this.#buckets.delete(key);
		return this.#buckets.size;
	}
}
