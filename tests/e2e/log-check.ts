// After the whole e2e run (playwright.config.ts's globalTeardown): the server's log of that run
// holds no personal data. Every test signs people up, joins phones, writes cards, mails links;
// none of it may reach the log. Each line is JSON with only the fields we chose, times in UTC.
import { existsSync, readFileSync } from 'node:fs';
import { SERVER_LOG } from './operations-env';

const FIELDS = new Set([
	'level',
	'time',
	'service',
	'msg',
	'reqId',
	'method',
	'route',
	'status',
	'ms',
	'socket',
	'view',
	'workshop',
	'transport',
	'reason',
	'seconds',
	'err',
	'job',
	'host',
	'port',
	'signal',
	'delayMs',
	'database',
	'applied',
	'schema',
	'bytes',
	'contentType',
	'event',
	'reference',
	'sent',
	'workshops',
	'failure'
]);

/** What the e2e tests type as people: names, addresses, card texts, passwords. */
const PERSONAL = [
	/@/,
	/Anne de Vries/,
	/Zoë/,
	/Deelnemer/i,
	/Meetbare deelnemer/,
	/Camerabeelden/,
	/Beelden worden/,
	/een lang wachtwoord/,
	/gemeente\.nl/i
];

/**
 * A route as SvelteKit names it (`/(phone)/s/[token]`: groups, parameters and lower-case words
 * without digits, which no token or join code is), or one of our names for the rest.
 */
const ROUTE =
	/^(\/(\([a-z]+\)|\[[\w=]+\](\.[a-z]+)?|[a-z][a-z.-]{0,30}))*\/?$|^\/_app\/\*$|^\/socket\.io\/$|^\([\w ]+\)$/;

export function problemsIn(log: string, options = { wholeRun: true }): string[] {
	const problems: string[] = [];
	const lines = log.split('\n').filter(Boolean);
	lines.forEach((line, index) => {
		const at = `line ${index + 1}`;
		let entry: Record<string, unknown>;
		try {
			entry = JSON.parse(line);
		} catch {
			problems.push(`${at} is not JSON`);
			return;
		}
		for (const key of Object.keys(entry)) {
			if (!FIELDS.has(key)) problems.push(`${at} has a field nobody chose: ${key}`);
		}
		if (typeof entry.time !== 'string' || !entry.time.endsWith('Z')) {
			problems.push(`${at}: time not in UTC`);
		}
		if (entry.route !== undefined && !ROUTE.test(String(entry.route))) {
			problems.push(`${at}: route is not a route id: ${String(entry.route).slice(0, 40)}`);
		}
		for (const pattern of PERSONAL) {
			if (pattern.test(line)) problems.push(`${at} holds personal data (${pattern})`);
		}
	});
	// Nothing logged proves nothing: the whole run (CI) asks for pages on every test's server.
	if (options.wholeRun && !lines.some((l) => l.includes('"msg":"request"'))) {
		problems.push('no request was logged');
	}
	return problems;
}

export default function checkServerLog(): void {
	if (!existsSync(SERVER_LOG)) throw new Error(`no server log at ${SERVER_LOG}`);
	const problems = problemsIn(readFileSync(SERVER_LOG, 'utf8'), {
		wholeRun: Boolean(process.env.CI)
	});
	if (problems.length > 0) {
		throw new Error(`The server's log of this run:\n${problems.slice(0, 20).join('\n')}`);
	}
}
