// How a rating waits on an offline phone: the action's rating, shown at once.
import type { OutboxRules } from '../../workshop/outbox-rules';

export default {
	'rating:set': {
		key: (p) => p.actionId as string,
		show(mine, p) {
			mine.ratings[p.actionId as string] = {
				necessity: p.necessity as number,
				importance: p.importance as number
			};
		}
	}
} satisfies OutboxRules;
