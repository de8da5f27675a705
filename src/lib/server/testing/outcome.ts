// Test support for the export specs: a workshop with an outcome (values voted on, a tension,
// cards with hostile text, actions rated and chosen as commitments, a reflection and a closing
// note), made through the commands, and ways to read what an export gives back.
import { execFileSync } from 'node:child_process';
import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createFacilitator } from '../auth';
import { getDb } from '../db';
import { createWorkshop } from '../workshops/workshops';
import { facilitatorActor } from './act';
import { facilitator } from './commands';
import * as contributions from './fixtures';

const { addParticipant, addValue } = contributions;

/** How the specs ask for an export: as the workshop's owner (set by `workshopWithOutcome`). */
export const options = {
	includeNames: false,
	separator: ';' as ';' | ',',
	verifyUrl: 'https://gdb.example/verify',
	actor: facilitatorActor({ id: '', displayName: '' })
};
export const text = (body: Uint8Array | string) =>
	typeof body === 'string' ? body : Buffer.from(body).toString('utf8');

export async function workshopWithOutcome(commitmentCount = 3) {
	const owner = await createFacilitator({
		email: `begeleider${Math.random()}@gemeente.nl`,
		displayName: 'Joëlle van IJsselstein',
		password: 'a long test password'
	});
	const workshop = createWorkshop(owner.id, {
		title: 'Cameratoezicht in de binnenstad',
		organisation: 'Gemeente ’s-Hertogenbosch',
		caseDescription: 'Camera’s met gezichtsherkenning? Café-eigenaren en bewoners praten mee.',
		scheduledOn: '2026-12-01',
		language: 'nl'
	});
	options.actor = facilitatorActor(owner);
	const [zoe, bram, chantal] = ['Zoë', 'Bram', 'Chantal'].map(
		(name) => addParticipant(workshop.id, name).participant
	);
	const db = getDb();
	const valueId = (name: string) =>
		db
			.prepare('SELECT id FROM workshop_values WHERE workshop_id = ? AND name_nl = ?')
			.pluck()
			.get(workshop.id, name) as string;
	const privacy = valueId('Privacy');
	const transparency = valueId('Transparantie');
	const own = addValue(
		workshop.id,
		{ principleKey: 'human_rights', nameNl: 'Proportionaliteit', nameEn: 'Proportionaliteit' },
		{ participantId: chantal!.id, clientId: 'own-value-1' }
	);
	for (const id of [privacy, transparency, own])
		db.prepare('UPDATE workshop_values SET selected = 1 WHERE id = ?').run(id);
	contributions.setVote(workshop.id, zoe!.id, privacy, 2);
	contributions.setVote(workshop.id, bram!.id, privacy, 1);
	contributions.setVote(workshop.id, bram!.id, transparency, 2);
	contributions.addTension(
		workshop.id,
		transparency,
		privacy,
		'Openheid over locaties vs. herleidbaarheid',
		{ participantId: zoe!.id, clientId: 'tension-1' }
	);
	contributions.addCard(workshop.id, 'stakeholder', '<script>alert("x")</script>', {
		participantId: bram!.id,
		clientId: 'card-1'
	});
	contributions.addCard(workshop.id, 'risk', '=HYPERLINK("http://evil.example","klik")', {
		participantId: chantal!.id,
		clientId: 'card-2'
	});
	const actionIds: string[] = [];
	for (let i = 1; i <= commitmentCount; i++) {
		const label = String(i).padStart(3, '0');
		const id = contributions.addCard(
			workshop.id,
			'action',
			i === 1
				? '=HYPERLINK("http://evil.example","klik") — actie'
				: `Actie ${label}: privacyverklaring bijwerken voor café’s`,
			null,
			[i % 2 ? privacy : transparency]
		);
		actionIds.push(id);
		contributions.setRating(workshop.id, zoe!.id, id, (i % 5) + 1, ((i + 2) % 5) + 1);
		contributions.setRating(workshop.id, bram!.id, id, ((i + 1) % 5) + 1, (i % 5) + 1);
		contributions.selectAction(workshop.id, id, true);
	}
	const commitments = db
		.prepare('SELECT id FROM commitments WHERE workshop_id = ? ORDER BY created_at, rowid')
		.pluck()
		.all(workshop.id) as string[];
	commitments.forEach((id, i) =>
		contributions.updateCommitment(
			workshop.id,
			id,
			{
				owner: i === 0 ? 'Zoë de Bruĳn' : `Team ${i % 7}`,
				dueOn: `2027-0${(i % 9) + 1}-15`,
				status: i % 3 === 0 ? 'on_track' : 'open'
			},
			'Joëlle'
		)
	);
	contributions.setReflection(workshop.id, zoe!.id, 'human_rights', 2, 'Nog geen DPIA’s');
	contributions.setReflection(workshop.id, bram!.id, 'human_rights', 4, '');
	contributions.setClosingNote(bram!.id, 'Privacy vraagt om eigenaarschap.');
	contributions.seed(workshop.id, options.actor, (ctx) =>
		facilitator.setStepFlags(ctx, { step: 3, revealed: true })
	);
	return { owner, workshop, actionIds, commitments };
}

export function pdfText(
	pdf: Uint8Array,
	dir: string,
	name = 'out'
): { text: string; pages: number; pngs: number } {
	const path = join(dir, `${name}.pdf`);
	writeFileSync(path, pdf);
	const info = execFileSync('pdfinfo', [path]).toString();
	const pages = Number(/Pages:\s+(\d+)/.exec(info)![1]);
	execFileSync('pdftoppm', ['-png', '-r', '40', path, join(dir, name)]);
	const pngs = readdirSync(dir).filter((f) => f.startsWith(name) && f.endsWith('.png')).length;
	return { text: execFileSync('pdftotext', ['-layout', path, '-']).toString(), pages, pngs };
}

export const commitmentIdOf = (workshopId: string) =>
	getDb()
		.prepare('SELECT id FROM commitments WHERE workshop_id = ? ORDER BY created_at, rowid LIMIT 1')
		.pluck()
		.get(workshopId) as string;
