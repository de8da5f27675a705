import { beforeEach, describe, expect, it } from 'vitest';
import { createFacilitator } from '../auth';
import { closeDb, getDb } from '../db';
import { workshopRow } from '../read-model/rows';
import * as c from '../testing/fixtures';
import { DomainError } from './command';
import { addInvitee } from './preparation';
import { purgeExpiredParticipantData } from './retention';
import { createWorkshop } from './workshops';

const { addParticipant, addValue, setRetentionDays } = c;
const isJoinLocked = (id: string) => workshopRow(id)?.joinLocked === 1;

beforeEach(() => closeDb());

const NOW = Date.parse('2026-11-22T12:00:00Z');
const SECRET = 'Zoë-van-Dijk';

/** A workshop where a participant named SECRET wrote something of every kind, with SECRET in it. */
async function workshopWithEverything(scheduledOn: string) {
	const owner = await createFacilitator({
		email: `r${Math.random()}@gemeente.nl`,
		displayName: 'Begeleider',
		password: 'a long test password'
	});
	const workshop = createWorkshop(owner.id, {
		title: 'Cameratoezicht',
		organisation: 'Gemeente',
		caseDescription: '',
		scheduledOn,
		language: 'nl'
	});
	setRetentionDays(workshop.id, 30);
	const { participant } = addParticipant(workshop.id, SECRET);
	const author = (clientId: string) => ({ participantId: participant.id, clientId });
	c.setProfile(participant.id, 'external', `Buurtvereniging van ${SECRET}`);
	for (const kind of ['stakeholder', 'risk', 'dilemma'] as const) {
		c.addCard(workshop.id, kind, `${kind} van ${SECRET}`, author(`card-${kind}`));
	}
	const values = getDb()
		.prepare('SELECT id FROM workshop_values WHERE workshop_id = ? ORDER BY position LIMIT 2')
		.pluck()
		.all(workshop.id) as string[];
	const chosenOwn = addValue(
		workshop.id,
		{ principleKey: 'human_rights', nameNl: 'Proportionaliteit', nameEn: 'Proportionality' },
		author('value-chosen')
	);
	addValue(
		workshop.id,
		{ principleKey: 'human_rights', nameNl: `Waarde van ${SECRET}`, nameEn: 'x' },
		author('value-other')
	);
	getDb().prepare('UPDATE workshop_values SET selected = 1 WHERE id = ?').run(chosenOwn);
	c.setVote(workshop.id, participant.id, values[0]!, 2);
	c.addTension(workshop.id, values[0]!, values[1]!, `Spanning van ${SECRET}`, author('tension'));
	const agreed = c.addCard(workshop.id, 'action', 'Camera’s alleen bij evenementen', author('a1'), [
		chosenOwn
	]);
	c.addCard(workshop.id, 'action', `Actie van ${SECRET}`, author('a2'), [values[0]!]);
	c.setRating(workshop.id, participant.id, agreed, 5, 4);
	c.selectAction(workshop.id, agreed, true);
	const commitment = getDb()
		.prepare('SELECT id FROM commitments WHERE action_id = ?')
		.pluck()
		.get(agreed) as string;
	c.updateCommitment(workshop.id, commitment, { owner: SECRET, dueOn: '2027-02-01' }, SECRET);
	c.updateCommitment(
		workshop.id,
		commitment,
		{ ownerEmail: 'zoe@gemeente.nl', status: 'delayed', note: `Notitie van ${SECRET}` },
		SECRET,
		Date.now(),
		'link'
	);
	c.createStatusLink(workshop.id, commitment);
	c.createFeedLink(workshop.id);
	c.seed(workshop.id, { kind: 'facilitator', facilitatorId: 'x', displayName: 'X' }, (ctx) =>
		addInvitee(ctx, {
			name: SECRET,
			email: 'zoe.invite@gemeente.nl',
			role: 'Privacy officer',
			side: 'internal',
			seat: 'privacy'
		})
	);
	getDb()
		.prepare("INSERT INTO reminders_sent VALUES (?, 'before', '2027-02-01', 0)")
		.run(commitment);
	c.setVolunteer(workshop.id, participant.id, commitment, true);
	c.setReflection(workshop.id, participant.id, 'human_rights', 3, `Opmerking van ${SECRET}`);
	c.setClosingNote(participant.id, `Slotwoord van ${SECRET}`);
	return workshop;
}

/** Every text and id column of the workshop's rows, as one string. */
function everythingOf(workshopId: string): string {
	const db = getDb();
	const dump = (sql: string) => JSON.stringify(db.prepare(sql).all({ id: workshopId }));
	// Reflections and closing notes hang off a participant only; the workshop's are those of its
	// participants, and of participants that no longer exist (which would be a dangling row).
	const mine = `participant_id IN (SELECT id FROM participants WHERE workshop_id = :id)
		OR participant_id NOT IN (SELECT id FROM participants)`;
	return [
		'SELECT * FROM participants WHERE workshop_id = :id',
		'SELECT * FROM cards WHERE workshop_id = :id',
		'SELECT * FROM workshop_values WHERE workshop_id = :id',
		'SELECT * FROM value_tensions WHERE workshop_id = :id',
		'SELECT * FROM commitments WHERE workshop_id = :id',
		`SELECT h.* FROM commitment_history h JOIN commitments m ON m.id = h.commitment_id
			WHERE m.workshop_id = :id`,
		`SELECT * FROM reflections WHERE ${mine}`,
		`SELECT * FROM closing_notes WHERE ${mine}`,
		`SELECT v.* FROM value_votes v JOIN workshop_values w ON w.id = v.value_id WHERE w.workshop_id = :id`,
		`SELECT r.* FROM action_ratings r JOIN cards a ON a.id = r.action_id WHERE a.workshop_id = :id`,
		`SELECT v.* FROM commitment_volunteers v JOIN commitments m ON m.id = v.commitment_id
			WHERE m.workshop_id = :id`,
		'SELECT * FROM secret_links WHERE workshop_id = :id',
		'SELECT * FROM invitees WHERE workshop_id = :id',
		`SELECT r.* FROM reminders_sent r JOIN commitments m ON m.id = r.commitment_id
			WHERE m.workshop_id = :id`
	]
		.map(dump)
		.join('\n');
}

describe('the retention purge', () => {
	it('leaves nothing of who took part or what they typed, and keeps what was agreed', async () => {
		const old = await workshopWithEverything('2025-01-10');
		const recent = await workshopWithEverything('2026-11-01');
		const participantId = getDb()
			.prepare('SELECT id FROM participants WHERE workshop_id = ?')
			.pluck()
			.get(old.id) as string;
		expect(everythingOf(old.id)).toContain(SECRET);

		expect(purgeExpiredParticipantData(NOW)).toBe(1);
		const left = everythingOf(old.id);
		expect(left).not.toContain(SECRET);
		expect(left).not.toContain('zoe@gemeente.nl');
		expect(left).not.toMatch(/secret_links|"kind":"before"|"purpose"/);
		expect(left).not.toContain(participantId);
		// What the workshop agreed on stays: the commitment's action, its date, the chosen value.
		expect(left).toContain('Camera’s alleen bij evenementen');
		expect(left).toContain('2027-02-01');
		expect(left).toContain('Proportionaliteit');
		expect(isJoinLocked(old.id)).toBe(true);
		// A workshop still within its period is untouched.
		expect(everythingOf(recent.id)).toContain(SECRET);
		expect(purgeExpiredParticipantData(NOW)).toBe(0);
	});

	it('refuses a join after the purge, and purges a participant found there anyway', async () => {
		const old = await workshopWithEverything('2025-01-10');
		expect(purgeExpiredParticipantData(NOW)).toBe(1);
		expect(() => addParticipant(old.id, 'Laatkomer')).toThrow(DomainError);
		// One who got in regardless (an older version let a reopened workshop take joiners).
		getDb()
			.prepare(
				`INSERT INTO participants (id, workshop_id, display_name, token_hash, joined_at, last_seen_at)
				VALUES ('late', ?, 'Laatkomer', 'x', 0, 0)`
			)
			.run(old.id);
		c.addCard(old.id, 'risk', 'Te laat', { participantId: 'late', clientId: 'late-card' });
		expect(purgeExpiredParticipantData(NOW + 3_600_000)).toBe(1);
		expect(everythingOf(old.id)).not.toMatch(/Laatkomer|Te laat/);
	});
});
