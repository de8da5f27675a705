// How a closing note waits on an offline phone: the last one written, shown at once.
import type { OutboxRules } from '../../workshop/outbox-rules';

export default {
	'closing:set': {
		key: () => '',
		show(mine, p) {
			mine.closing = p.text as string;
		}
	}
} satisfies OutboxRules;
