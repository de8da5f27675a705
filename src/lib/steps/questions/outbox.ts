// How a draft waits on an offline phone: the last one for its item, shown at once as the phone's
// own, so nothing typed is lost while the connection is down.
import type { OutboxRules } from '../../workshop/outbox-rules';

export default {
	'question:draft': {
		key: (p) => String(p.item),
		show(mine, p) {
			mine.drafts[String(p.item)] = {
				text: (p.text as string | undefined) ?? '',
				choice: (p.choice as string[] | undefined) ?? []
			};
		}
	}
} satisfies OutboxRules;
