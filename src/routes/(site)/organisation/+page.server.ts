import { fail, redirect } from '@sveltejs/kit';
import { z } from 'zod';
import { mayManage } from '$lib/organisations';
import {
	answerSchema,
	inviteEmailSchema,
	memberInviteSchema,
	memberRoleSchema,
	memberSchema,
	organisationNameSchema,
	retentionSchema,
	signInKeySchema,
	signInSettingsSchema
} from '$lib/schemas/organisation';
import { fieldErrors } from '$lib/schemas/form-errors';
import { roleLabel } from '$lib/i18n/organisation-labels';
import { m } from '$lib/paraglide/messages';
import { readForm } from '$lib/server/form';
import { sendAccountMail } from '$lib/server/mail-policy';
import { requireBeheerder, requireFacilitator } from '$lib/server/guards';
import { oidcSettings } from '$lib/server/oidc';
import { actOrganisation } from '$lib/server/organisations/act';
import {
	answerInvite,
	changeRole,
	ORGANISATION_INVITE_DAYS,
	foundOrganisation,
	inviteMember,
	removeMember,
	revokeInvite
} from '$lib/server/organisations/members';
import {
	linkSignIn,
	renameOrganisation,
	setRetentionDefault,
	setSignInSettings,
	unlinkSignIn
} from '$lib/server/organisations/settings';
import { DomainError } from '$lib/server/workshops/command';
import {
	invitesFor,
	invitesOf,
	membersOf,
	membershipOf,
	organisationRow,
	signInKeysOf
} from '$lib/server/read-model/organisations';
import type { Actions, PageServerLoad } from './$types';

/** The account's organisation: founding one or answering an invitation; for a beheerder, managing it. */
export const load: PageServerLoad = ({ locals, url }) => {
	const facilitator = requireFacilitator(locals, url);
	const membership = membershipOf(facilitator.id);
	if (!membership) {
		return {
			membership: null,
			confirmed: facilitator.emailConfirmed,
			invites: facilitator.emailConfirmed ? invitesFor(facilitator.email) : []
		};
	}
	const manage = mayManage(membership.role);
	const organisation = organisationRow(membership.organisationId)!;
	return {
		membership,
		manage: manage
			? {
					organisation,
					members: membersOf(membership.organisationId),
					invites: invitesOf(membership.organisationId),
					signIn: oidcSettings() ? { keys: signInKeysOf(facilitator.id) } : null
				}
			: null
	};
};

type Schema = z.ZodType<Record<string, unknown>>;

/** The form's fields through the schema, or the form's refusal with an error per field. */
async function parse<S extends Schema>(request: Request, schema: S) {
	const form = Object.fromEntries(await readForm(request));
	const parsed = schema.safeParse(form);
	if (!parsed.success) return { refusal: fail(400, { errors: fieldErrors(parsed.error) }) };
	return { data: parsed.data as z.output<S> };
}

/** A beheerder's action: guard, parse, one command on their organisation. */
function manage<S extends Schema>(
	schema: S,
	run: (data: z.output<S>) => Parameters<typeof actOrganisation>[2]
): Actions[string] {
	return async ({ locals, url, request }) => {
		const { facilitator, membership } = requireBeheerder(locals, url);
		const { data, refusal } = await parse(request, schema);
		if (refusal) return refusal;
		return actOrganisation(facilitator, membership, run(data!));
	};
}

export const actions: Actions = {
	found: async ({ locals, url, request }) => {
		const facilitator = requireFacilitator(locals, url);
		const { data, refusal } = await parse(request, organisationNameSchema);
		if (refusal) return refusal;
		try {
			foundOrganisation(facilitator, data!.name);
		} catch (err) {
			if (err instanceof DomainError) return fail(400, { error: err.code });
			throw err;
		}
		redirect(303, '/organisation');
	},
	accept: (event) => answer(event, true),
	decline: (event) => answer(event, false),
	rename: manage(organisationNameSchema, (d) => (ctx) => renameOrganisation(ctx, d.name)),
	invite: async ({ locals, url, request }) => {
		const { facilitator, membership } = requireBeheerder(locals, url);
		const { data, refusal } = await parse(request, memberInviteSchema);
		if (refusal) return refusal;
		const { email, role } = data!;
		const outcome = actOrganisation(facilitator, membership, (ctx) =>
			inviteMember(ctx, email, role)
		);
		if (!('done' in outcome)) return outcome;
		const link = new URL(`/organisation/invitations/${outcome.result}`, url.origin).href;
		const mail = await sendAccountMail({
			accountId: facilitator.id,
			purpose: 'invitation',
			subjectKey: `organisation:${membership.organisationId}:${email}`,
			mail: {
				to: email,
				subject: m.organisation_invite_mail_subject({ organisation: membership.organisation }),
				text: [
					m.organisation_invite_mail_text({
						inviter: facilitator.displayName,
						organisation: membership.organisation,
						role: roleLabel(role),
						link,
						days: ORGANISATION_INVITE_DAYS
					}),
					'',
					m.mail_sent_for({ name: facilitator.displayName, email: facilitator.email })
				].join('\n')
			}
		});
		return { invited: { email, link, mail, days: ORGANISATION_INVITE_DAYS } };
	},
	revoke: manage(inviteEmailSchema, (d) => (ctx) => revokeInvite(ctx, d.email)),
	role: manage(memberRoleSchema, (d) => (ctx) => changeRole(ctx, d.member, d.role)),
	remove: manage(memberSchema, (d) => (ctx) => removeMember(ctx, d.member)),
	link: manage(signInKeySchema, (d) => (ctx) => linkSignIn(ctx, d.key)),
	unlink: manage(z.object({}), () => (ctx) => unlinkSignIn(ctx)),
	signIn: manage(signInSettingsSchema, (d) => (ctx) => {
		const { defaultRole, ...claims } = d;
		setSignInSettings(ctx, defaultRole, claims);
	}),
	retention: manage(retentionSchema, (d) => (ctx) => setRetentionDefault(ctx, d.days))
};

async function answer({ locals, url, request }: Parameters<Actions[string]>[0], accept: boolean) {
	const facilitator = requireFacilitator(locals, url);
	const { data, refusal } = await parse(request, answerSchema);
	if (refusal) return refusal;
	try {
		answerInvite(facilitator, data!.organisation, accept);
	} catch (err) {
		if (err instanceof DomainError) return fail(400, { error: err.code });
		throw err;
	}
	redirect(303, accept ? '/organisation' : '/organisation?declined=1');
}
