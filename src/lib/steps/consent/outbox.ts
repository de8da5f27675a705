// How a consent answer waits on an offline phone: the last one for its step, shown at once.
import type { OutboxRules } from '../../workshop/outbox-rules';

export default {
	'consent:set': {
		key: (p) => String(p.step),
		show(mine, p) {
			mine.consent[String(p.step)] = {
				position: p.position as 'agree' | 'accept' | 'object',
				reason: (p.reason as string | undefined) ?? ''
			};
		}
	}
} satisfies OutboxRules;
