// How the values step's writes wait on an offline phone: dots per value (shown at once), a value's
// new name.
import type { OutboxRules } from '../../workshop/outbox-rules';

export default {
	'vote:set': {
		key: (p) => p.valueId as string,
		show(mine, p) {
			if (p.dots === 0) delete mine.votes[p.valueId as string];
			else mine.votes[p.valueId as string] = p.dots as number;
		}
	},
	'value:edit-own': { key: (p) => p.id as string }
} satisfies OutboxRules;
