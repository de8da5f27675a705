// The canonical record of a workshop (the JSON archive, and the source of every export): the same
// rows as the live state, with references (p1, v1, c1) instead of database ids, so that it can be
// imported again and fingerprinted. The core's fields come from here, each step kind's from its
// record part. Participants appear by reference; names only in their list.
import { RECORD_FORMAT, RECORD_VERSION, type WorkshopRecord } from '$lib/schemas/record';
import { msToMinutes } from '$lib/format';
import { RECORD_PARTS, sliceOfRecordPart } from '../kinds';
import type { WorkshopRows } from './load';
import type { RecordRefs } from './record-part';

export function recordOf(rows: WorkshopRows): WorkshopRecord {
	const { workshop } = rows;
	const refs = <Row extends { id: string }>(list: readonly Row[], prefix: string) =>
		new Map(list.map((row, i) => [row.id, `${prefix}${i + 1}`]));
	const participantRef = refs(rows.participants, 'p');
	const valueRef = refs(rows.values, 'v');
	const cardRef = refs(rows.cards, 'c');
	const references: RecordRefs = {
		participant: (id) => participantRef.get(id)!,
		value: (id) => valueRef.get(id)!,
		card: (id) => cardRef.get(id)!,
		addedBy: (id) => (id ? (participantRef.get(id) ?? null) : null)
	};
	const p = references.participant;

	const core = {
		format: RECORD_FORMAT,
		version: RECORD_VERSION,
		method: workshop.method,
		workshop: {
			title: workshop.title,
			organisation: workshop.organisation,
			caseDescription: workshop.caseDescription,
			scheduledOn: workshop.scheduledOn,
			language: workshop.language,
			facilitator: workshop.facilitator,
			currentStep: workshop.currentStep,
			dotBudget: workshop.dotBudget,
			maxDotsPerValue: workshop.maxDotsPerValue
		},
		steps: rows.steps.map((s) => ({
			number: s.number,
			kind: s.kind,
			titleNl: s.titleNl,
			titleEn: s.titleEn,
			questionNl: s.questionNl,
			questionEn: s.questionEn,
			minutes: msToMinutes(s.durationMs),
			notes: s.notes,
			locked: s.locked === 1,
			revealed: s.revealed === 1
		})),
		principles: rows.principles.map((pr) => ({
			key: pr.key,
			foundationKey: pr.foundationKey,
			foundationNl: pr.foundationNl,
			foundationEn: pr.foundationEn,
			nameNl: pr.nameNl,
			nameEn: pr.nameEn
		})),
		participants: rows.participants.map((pa) => ({
			ref: p(pa.id),
			name: pa.displayName,
			perspective: pa.perspective,
			role: pa.role
		})),
		values: rows.values.map((v) => ({
			ref: valueRef.get(v.id)!,
			principleKey: v.principleKey,
			nameNl: v.nameNl,
			nameEn: v.nameEn,
			descriptionNl: v.descriptionNl,
			descriptionEn: v.descriptionEn,
			hidden: v.hidden === 1,
			selected: v.selected === 1,
			addedBy: references.addedBy(v.addedBy)
		})),
		cards: rows.cards.map((c) => ({
			ref: cardRef.get(c.id)!,
			kind: c.kind,
			text: c.text,
			cluster: c.cluster,
			hidden: c.hidden === 1,
			mergedInto: c.mergedInto ? (cardRef.get(c.mergedInto) ?? null) : null,
			selected: c.selected === 1,
			values: rows.links
				.filter((l) => l.actionId === c.id)
				.map((l) => valueRef.get(l.valueId)!)
				.sort(),
			addedBy: references.addedBy(c.addedBy)
		})),
		commitments: rows.commitments.map((m) => ({
			card: cardRef.get(m.actionId)!,
			owner: m.owner,
			dueOn: m.dueOn,
			status: m.status,
			note: m.note,
			volunteers: rows.volunteers
				.filter((v) => v.commitmentId === m.id)
				.map((v) => p(v.participantId))
		}))
	};
	const kinds = RECORD_PARTS.map((part) =>
		part.write(rows.kinds.get(sliceOfRecordPart.get(part)!), references)
	);
	return Object.assign(core, ...kinds) as WorkshopRecord;
}
