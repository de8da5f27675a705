// Which Chromium the tests and benchmarks drive, in this order: CHROMIUM_PATH; Debian's
// /usr/bin/chromium; Playwright's own browser, if one was installed (`npx playwright install
// chromium`). Without any, stop with one line that says what to install, instead of Playwright's
// "Executable doesn't exist" with a stack trace.
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

/**
 * The candidates, in order, each with where it came from.
 * @param {Record<string, string | undefined>} env
 */
export function chromiumCandidates(env = process.env) {
	const candidates = [];
	if (env.CHROMIUM_PATH) candidates.push({ from: 'CHROMIUM_PATH', path: env.CHROMIUM_PATH });
	candidates.push({ from: 'Debian', path: '/usr/bin/chromium' });
	try {
		candidates.push({ from: 'Playwright', path: chromium.executablePath() });
	} catch {
		// Playwright knows no browser for this platform.
	}
	return candidates;
}

export const NO_CHROMIUM =
	"No Chromium found: set CHROMIUM_PATH, install Debian's (apt-get install chromium) or Playwright's (npx playwright install chromium).";

/**
 * The first candidate that exists; a CHROMIUM_PATH that does not exist is an error of its own.
 * @param {Record<string, string | undefined>} env
 * @param {(path: string) => boolean} exists
 */
export function findChromium(env = process.env, exists = (path) => existsSync(path)) {
	if (env.CHROMIUM_PATH && !exists(env.CHROMIUM_PATH)) {
		return { error: `CHROMIUM_PATH is set to ${env.CHROMIUM_PATH}, which does not exist.` };
	}
	const found = chromiumCandidates(env).find((c) => exists(c.path));
	return found ? { path: found.path, from: found.from } : { error: NO_CHROMIUM };
}

/** For configs and scripts: the path, or one clear line and exit code 1. */
export function chromiumPathOrExit() {
	const found = findChromium();
	if ('error' in found) {
		console.error(found.error);
		process.exit(1);
	}
	return found.path;
}
