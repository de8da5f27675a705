// Signing in, with OWASP's advice against brute force that does not let a stranger lock the owner
// out: wrong passwords are limited per (account, address), so one attacker gets 10 tries per 15
// minutes per address, while the owner, from their own address, can always try; every address is
// limited in how many sign-ins it tries at all (spraying many accounts); and wrong passwords for an
// account from anywhere slow down each further attempt on it, up to 8 seconds, instead of
// refusing. A password hash (Argon2id) makes each attempt cost the attacker's target as well.
import { verifyCredentials, type Facilitator } from './auth';
import {
	SIGN_IN_FAILURES_PER_ACCOUNT,
	SIGN_IN_FAILURES_PER_ACCOUNT_AND_ADDRESS,
	SIGN_IN_PER_ADDRESS,
	hitRateLimit,
	hitsOf,
	peekRateLimit,
	resetRateLimit
} from './rate-limit';

type SignInResult =
	| { ok: true; facilitator: Facilitator }
	| { ok: false; error: 'rate_limited'; retryAfterSeconds: number }
	| { ok: false; error: 'invalid_credentials' };

/** Failures for an account that cost nothing extra; each one past these doubles the wait. */
const FREE_FAILURES = 5;
/** The first wait; the end-to-end tests shorten it (SIGN_IN_SLOWDOWN_MS), the policy stays. */
const FIRST_DELAY_MS = Number(process.env.SIGN_IN_SLOWDOWN_MS ?? 1000);
export const MAX_DELAY_MS = 8 * FIRST_DELAY_MS;

/** How long an attempt on an account waits, given its recent wrong passwords from anywhere. */
export function slowDownMs(failures: number): number {
	if (failures < FREE_FAILURES) return 0;
	return Math.min(MAX_DELAY_MS, FIRST_DELAY_MS * 2 ** (failures - FREE_FAILURES));
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export async function signIn(
	email: string,
	password: string,
	address: string,
	wait: (ms: number) => Promise<void> = sleep
): Promise<SignInResult> {
	const pair = `${email}\n${address}`;
	for (const [limit, key, count] of [
		[SIGN_IN_FAILURES_PER_ACCOUNT_AND_ADDRESS, pair, false],
		[SIGN_IN_PER_ADDRESS, address, true]
	] as const) {
		const result = count ? hitRateLimit(limit, key) : peekRateLimit(limit, key);
		if (!result.allowed) {
			return { ok: false, error: 'rate_limited', retryAfterSeconds: result.retryAfterSeconds };
		}
	}
	await wait(slowDownMs(hitsOf(SIGN_IN_FAILURES_PER_ACCOUNT, email)));
	const facilitator = await verifyCredentials(email, password);
	if (!facilitator) {
		hitRateLimit(SIGN_IN_FAILURES_PER_ACCOUNT_AND_ADDRESS, pair);
		hitRateLimit(SIGN_IN_FAILURES_PER_ACCOUNT, email);
		return { ok: false, error: 'invalid_credentials' };
	}
	resetRateLimit(SIGN_IN_FAILURES_PER_ACCOUNT_AND_ADDRESS, pair);
	resetRateLimit(SIGN_IN_FAILURES_PER_ACCOUNT, email);
	return { ok: true, facilitator };
}
