// How a reflection waits on an offline phone: the principle's score and comment, shown at once.
import type { OutboxRules } from '../../workshop/outbox-rules';

export default {
	'reflection:set': {
		key: (p) => p.principleKey as string,
		show(mine, p) {
			mine.reflections[p.principleKey as string] = {
				score: p.score as number,
				comment: (p.comment as string | undefined) ?? ''
			};
		}
	}
} satisfies OutboxRules;
