// How a status report waits on an offline phone: the last one per commitment.
import type { OutboxRules } from '../../workshop/outbox-rules';

export default {
	'status:report': { key: (p) => p.commitmentId as string }
} satisfies OutboxRules;
