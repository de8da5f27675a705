import { defineConfig, devices } from '@playwright/test';
import { chromiumPathOrExit } from './scripts/find-chromium.mjs';
import { METRICS_TOKEN, SERVER_LOG } from './tests/e2e/operations-env';

const PORT = Number(process.env.E2E_PORT ?? 4173);

/**
 * CHROMIUM_PATH, else Debian's Chromium, else Playwright's own if installed; without any, one clear
 * line and exit code 1 (scripts/find-chromium.mjs).
 */
export const chromiumLaunch = {
	executablePath: chromiumPathOrExit(),
	args: [
		'--no-sandbox',
		'--disable-gpu',
		'--disable-background-networking',
		'--disable-component-update',
		'--disable-sync',
		'--no-first-run'
	]
};

export default defineConfig({
	testDir: 'tests',
	testMatch: '**/*.e2e.ts',
	forbidOnly: !!process.env.CI,
	// A test that passes only on its retry is flaky, and a flaky test is a bug: CI fails on it.
	failOnFlakyTests: !!process.env.CI,
	workers: process.env.CI ? 1 : 2,
	retries: process.env.CI ? 1 : 0,
	reporter: process.env.CI ? [['list']] : 'list',
	// The server's log of the whole run holds no personal data (tests/e2e/log-check.ts).
	globalTeardown: './tests/e2e/log-check.ts',
	use: {
		baseURL: `http://localhost:${PORT}`,
		trace: 'retain-on-failure',
		launchOptions: chromiumLaunch
	},
	projects: [
		{ name: 'chromium', use: { ...devices['Desktop Chrome'], launchOptions: chromiumLaunch } }
	],
	webServer: {
		// The real production server: adapter-node build plus Socket.IO, on a fresh database.
		command: `rm -f data/e2e.sqlite* ${SERVER_LOG} && npm run build && node server.js`,
		port: PORT,
		env: {
			PORT: String(PORT),
			HOST: '127.0.0.1',
			DATABASE_PATH: 'data/e2e.sqlite',
			LOG_FILE: SERVER_LOG,
			METRICS_TOKEN,
			ORIGIN: `http://localhost:${PORT}`,
			PRESENCE_GRACE_MS: '1000',
			// Every test signs up and joins from 127.0.0.1; the per-account sign-in limit keeps its
			// default, its slow-down is cut to 1/20 (sign-in.spec.ts tests the real one).
			SIGN_IN_SLOWDOWN_MS: '50',
			SIGN_UP_LIMIT_PER_HOUR: '1000',
			// tests/seed.ts fills a room as a script does: far faster than people tap.
			CONTRIBUTION_LIMIT_PER_MINUTE: '100000',
			SOCKET_BUDGET_SCALE: '100',
			SIGN_IN_LIMIT_PER_ADDRESS: '1000',
			JOIN_LIMIT_PER_10_MINUTES: '1000',
			// The form fuzz test posts hundreds of made-up codes from the same address.
			JOIN_GUESS_LIMIT_PER_10_MINUTES: '10000',
			JOIN_GUESS_LIMIT_PER_DAY: '10000'
		},
		reuseExistingServer: false,
		timeout: 180_000
	}
});
