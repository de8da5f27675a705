// A decision step's events: the facilitator writes the advice (with its conditions and reasons)
// and the residual risks, each with who accepts or rejects it; the room answers with the consent
// kind's event (agree, can live with it, object with a reason).
import { z } from 'zod';
import { event } from '../../schemas/event';

export const ADVICES = ['deploy', 'conditions', 'no'] as const;
export type Advice = (typeof ADVICES)[number];
export const VERDICTS = ['open', 'accepted', 'rejected'] as const;
export type Verdict = (typeof VERDICTS)[number];

export const TEXT_MAX = 4000;
export const RISK_MAX = 500;

const step = z.int().min(1).max(100);

export const adviceSchema = z
	.strictObject({
		step,
		advice: z.enum(ADVICES).nullable(),
		conditions: z.string().trim().max(TEXT_MAX).default(''),
		rationale: z.string().trim().max(TEXT_MAX).default('')
	})
	.refine((d) => d.advice !== 'conditions' || d.conditions.length > 0, {
		error: 'deploying under conditions needs the conditions',
		path: ['conditions']
	});

export const riskSchema = z.strictObject({
	step,
	/** The risk to change; a new one without. */
	id: z.string().max(64).optional(),
	text: z.string().trim().min(1).max(RISK_MAX),
	acceptor: z.string().trim().max(200).default(''),
	verdict: z.enum(VERDICTS).default('open')
});

export const riskRemoveSchema = z.strictObject({ id: z.string().max(64) });

export const facilitatorEvents = {
	'decision:advice': event(adviceSchema, 'none'),
	'decision:risk': event(riskSchema, 'added'),
	'decision:risk-remove': event(riskRemoveSchema, 'none')
};
