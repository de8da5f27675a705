import { getDb } from './db';

export interface RateLimit {
	/** Name of what is limited, such as `sign-in:ip`. */
	bucket: string;
	/** Most hits allowed per window. */
	max: number;
	windowMs: number;
}

export const SIGN_IN_PER_ADDRESS: RateLimit = {
	bucket: 'sign-in:address',
	max: Number(process.env.SIGN_IN_LIMIT_PER_ADDRESS ?? 30),
	windowMs: 15 * 60_000
};
/** Wrong passwords for one account from one address: the brute force of one attacker. */
export const SIGN_IN_FAILURES_PER_ACCOUNT_AND_ADDRESS: RateLimit = {
	bucket: 'sign-in-failure:account-address',
	max: 10,
	windowMs: 15 * 60_000
};
/**
 * Wrong passwords for one account from anywhere. Never a refusal (that would let anyone lock the
 * owner out): past a few, each further attempt on the account is slowed down (./sign-in.ts).
 */
export const SIGN_IN_FAILURES_PER_ACCOUNT: RateLimit = {
	bucket: 'sign-in-failure:account',
	max: Number.MAX_SAFE_INTEGER,
	windowMs: 15 * 60_000
};
/**
 * Reports through one status link. An owner changes the status a few times a week; a link that
 * posts on a loop is refused, so it cannot flood the history and every open screen.
 */
export const STATUS_REPORTS_PER_LINK: RateLimit = {
	bucket: 'status-report:link',
	max: 10,
	windowMs: 10 * 60_000
};
export const STATUS_REPORTS_PER_LINK_PER_DAY: RateLimit = {
	bucket: 'status-report:link-day',
	max: 50,
	windowMs: 24 * 60 * 60_000
};
export const SIGN_UP_PER_ADDRESS: RateLimit = {
	bucket: 'sign-up:address',
	max: Number(process.env.SIGN_UP_LIMIT_PER_HOUR ?? 10),
	windowMs: 60 * 60_000
};
/**
 * Unknown join codes tried from one address. A room of 40 people behind one NAT address who each
 * mistype once stays far below it; SECURITY.md works out what it means for guessing a code.
 */
export const JOIN_MISSES_PER_ADDRESS: RateLimit = {
	bucket: 'join-miss:address',
	max: Number(process.env.JOIN_GUESS_LIMIT_PER_10_MINUTES ?? 100),
	windowMs: 10 * 60_000
};
export const JOIN_MISSES_PER_ADDRESS_PER_DAY: RateLimit = {
	bucket: 'join-miss:address:day',
	max: Number(process.env.JOIN_GUESS_LIMIT_PER_DAY ?? 300),
	windowMs: 24 * 60 * 60_000
};
/** New participants from one address: several full rooms behind one NAT address fit. */
export const JOINS_PER_ADDRESS: RateLimit = {
	bucket: 'join:address',
	max: Number(process.env.JOIN_LIMIT_PER_10_MINUTES ?? 200),
	windowMs: 10 * 60_000
};

/**
 * Fingerprint checks (/verify and /api/fingerprints) from one address: the fingerprint is public,
 * printed on every PDF; someone checking a pile of copies stays far below this.
 */
export const FINGERPRINT_CHECKS_PER_ADDRESS: RateLimit = {
	bucket: 'fingerprint-check:address',
	max: Number(process.env.FINGERPRINT_CHECK_LIMIT_PER_10_MINUTES ?? 60),
	windowMs: 10 * 60_000
};

/** The longest window above: rows older than this count for nothing and are deleted. */
const LONGEST_WINDOW_MS = 24 * 60 * 60_000;

type RateLimitResult = { allowed: true } | { allowed: false; retryAfterSeconds: number };

function windowOf(limit: RateLimit, key: string, now: number) {
	const row = getDb()
		.prepare(
			'SELECT window_started_at AS startedAt, hits FROM rate_limits WHERE bucket = ? AND key = ?'
		)
		.get(limit.bucket, key) as { startedAt: number; hits: number } | undefined;
	if (!row || now - row.startedAt >= limit.windowMs) return { startedAt: now, hits: 0 };
	return row;
}

/** Whether another hit fits in this window, and if not, when the window ends. */
function verdict(
	limit: RateLimit,
	window: { startedAt: number; hits: number },
	now: number
): RateLimitResult {
	if (window.hits < limit.max) return { allowed: true };
	return {
		allowed: false,
		retryAfterSeconds: Math.ceil((window.startedAt + limit.windowMs - now) / 1000)
	};
}

/** Whether another hit would still be allowed, without counting one. */
export function peekRateLimit(limit: RateLimit, key: string, now = Date.now()): RateLimitResult {
	return verdict(limit, windowOf(limit, key, now), now);
}

/** Counts one hit (fixed window, kept in SQLite) and says whether it was within the limit. */
export function hitRateLimit(limit: RateLimit, key: string, now = Date.now()): RateLimitResult {
	const db = getDb();
	return db
		.transaction((): RateLimitResult => {
			const window = windowOf(limit, key, now);
			const result = verdict(limit, window, now);
			if (!result.allowed) return result;
			db.prepare(
				`INSERT INTO rate_limits (bucket, key, window_started_at, hits) VALUES (?, ?, ?, ?)
			ON CONFLICT (bucket, key) DO UPDATE SET window_started_at = excluded.window_started_at, hits = excluded.hits`
			).run(limit.bucket, key, window.startedAt, window.hits + 1);
			return { allowed: true };
		})
		.immediate();
}

/** How many hits a key has in its current window. */
export function hitsOf(limit: RateLimit, key: string, now = Date.now()): number {
	return windowOf(limit, key, now).hits;
}

/**
 * Deletes the windows that have ended (they hold addresses and participant ids): nothing is kept
 * longer than the longest window, a day.
 */
export function purgeRateLimits(now = Date.now()): number {
	return getDb()
		.prepare('DELETE FROM rate_limits WHERE window_started_at <= ?')
		.run(now - LONGEST_WINDOW_MS).changes;
}

/** Forgets the hits for a key, e.g. the account's sign-in failures after a successful sign-in. */
export function resetRateLimit(limit: RateLimit, key: string): void {
	getDb().prepare('DELETE FROM rate_limits WHERE bucket = ? AND key = ?').run(limit.bucket, key);
}
