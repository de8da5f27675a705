import { describe, expect, it } from 'vitest';
import { problemsIn } from './e2e/log-check';

const line = (fields: Record<string, unknown>) =>
	JSON.stringify({ level: 'info', time: '2026-12-07T10:00:00.000Z', msg: 'request', ...fields });

describe("the e2e run's log check", () => {
	it('passes a log of routes, ids and numbers', () => {
		const log = [
			line({ reqId: 'a1b2c3d4-0000', route: '/(phone)/s/[token]', status: 200, ms: 3 }),
			line({ route: '/(site)/workshops/[id]/briefing.pdf' }),
			line({ route: '/(phone)/j/[code=joincode]/live' }),
			line({ route: '/_app/*' }),
			line({ msg: 'socket connected', socket: 'x', view: 'participant', workshop: 'w1' })
		].join('\n');
		expect(problemsIn(log)).toEqual([]);
	});

	it('finds an address, a name, a path with a token, a field nobody chose and local time', () => {
		const problems = problemsIn(
			[
				line({ route: '/(site)/workshops' }),
				line({ msg: 'mail not sent to anne@gemeente.nl' }),
				line({ msg: 'Zoë joined' }),
				line({ route: '/s/k3j4h5g6f7d8s9a0' }),
				line({ route: '/j/ABCDEF' }),
				line({ displayName: 'x' }),
				JSON.stringify({ level: 'info', time: '2026-12-07T11:00:00+01:00', msg: 'request' }),
				'not json'
			].join('\n')
		);
		expect(problems).toEqual([
			'line 2 holds personal data (/@/)',
			'line 2 holds personal data (/gemeente\\.nl/i)',
			'line 3 holds personal data (/Zoë/)',
			'line 4: route is not a route id: /s/k3j4h5g6f7d8s9a0',
			'line 5: route is not a route id: /j/ABCDEF',
			'line 6 has a field nobody chose: displayName',
			'line 7: time not in UTC',
			'line 8 is not JSON'
		]);
	});

	it('refuses a log without a single request', () => {
		expect(problemsIn(line({ msg: 'listening' }))).toEqual(['no request was logged']);
	});
});
