import { beforeEach, describe, expect, it } from 'vitest';
import { closeDb } from './db';
import {
	hitRateLimit,
	hitsOf,
	peekRateLimit,
	purgeRateLimits,
	resetRateLimit,
	type RateLimit
} from './rate-limit';

beforeEach(() => closeDb());
const limit: RateLimit = { bucket: 'test', max: 3, windowMs: 60_000 };

describe('rate limits', () => {
	it('allow up to the maximum per window, per key', () => {
		const now = 5_000_000;
		for (let i = 0; i < 3; i++) expect(hitRateLimit(limit, 'a', now + i).allowed).toBe(true);
		expect(hitRateLimit(limit, 'a', now + 10)).toEqual({ allowed: false, retryAfterSeconds: 60 });
		expect(peekRateLimit(limit, 'a', now + 10).allowed).toBe(false);
		expect(hitRateLimit(limit, 'b', now + 10).allowed).toBe(true);
	});

	it('open again when the window has passed, or when reset', () => {
		const now = 5_000_000;
		for (let i = 0; i < 4; i++) hitRateLimit(limit, 'a', now);
		expect(hitRateLimit(limit, 'a', now + 60_000).allowed).toBe(true);
		for (let i = 0; i < 4; i++) hitRateLimit(limit, 'c', now);
		resetRateLimit(limit, 'c');
		expect(hitRateLimit(limit, 'c', now).allowed).toBe(true);
	});

	it('count nothing when only peeking', () => {
		for (let i = 0; i < 10; i++) expect(peekRateLimit(limit, 'p').allowed).toBe(true);
	});
});

describe('rate-limit rows', () => {
	it('are deleted once a day has passed since their window began, so no address is kept longer', () => {
		const now = 10 * 86_400_000;
		hitRateLimit(limit, '203.0.113.9', now - 86_400_000);
		hitRateLimit(limit, '198.51.100.7', now - 86_400_000 + 1);
		expect(purgeRateLimits(now)).toBe(1);
		expect(hitsOf({ ...limit, windowMs: 2 * 86_400_000 }, '203.0.113.9', now)).toBe(0);
		expect(hitsOf({ ...limit, windowMs: 2 * 86_400_000 }, '198.51.100.7', now)).toBe(1);
	});
});
