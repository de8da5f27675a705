// An organisation's own look, changed by a beheerder: its theme (checked by theme-file.ts before
// it comes here) and its logo (a PNG or JPEG, checked by its bytes). The only writers of
// `organisation_themes`; each writes its line of the audit log.
import { statement } from '../db/statements';
import { DomainError } from '../workshops/command';
import type { OrganisationContext } from './command';

/** Logos larger than this are refused: a header's logo, not a poster. */
export const MAX_LOGO_BYTES = 200 * 1024;

const PNG = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const JPEG = [0xff, 0xd8, 0xff];

/** What a logo file is by its first bytes (not by its name or the browser's word), or null. */
export function logoType(bytes: Uint8Array): 'image/png' | 'image/jpeg' | null {
	const starts = (magic: number[]) => magic.every((byte, i) => bytes[i] === byte);
	return starts(PNG) ? 'image/png' : starts(JPEG) ? 'image/jpeg' : null;
}

function ensureRow(ctx: OrganisationContext) {
	statement(
		`INSERT INTO organisation_themes (organisation_id, updated_at) VALUES (?, ?)
		ON CONFLICT (organisation_id) DO UPDATE SET updated_at = excluded.updated_at`
	).run(ctx.organisationId, ctx.now);
}

export function setTheme(
	ctx: OrganisationContext,
	theme: { css: string; accent: string; fileName: string }
): void {
	ensureRow(ctx);
	statement(
		'UPDATE organisation_themes SET css = ?, accent = ?, file_name = ? WHERE organisation_id = ?'
	).run(theme.css, theme.accent, theme.fileName, ctx.organisationId);
	ctx.audit('theme_set', theme.fileName, theme.accent);
}

export function removeTheme(ctx: OrganisationContext): void {
	ensureRow(ctx);
	statement(
		'UPDATE organisation_themes SET css = NULL, accent = NULL, file_name = NULL WHERE organisation_id = ?'
	).run(ctx.organisationId);
	ctx.audit('theme_removed');
}

export function setLogo(ctx: OrganisationContext, bytes: Uint8Array, fileName: string): void {
	const type = logoType(bytes);
	if (!type || bytes.length > MAX_LOGO_BYTES) throw new DomainError('INVALID_PAYLOAD');
	ensureRow(ctx);
	statement('UPDATE organisation_themes SET logo = ?, logo_type = ? WHERE organisation_id = ?').run(
		Buffer.from(bytes),
		type,
		ctx.organisationId
	);
	ctx.audit('logo_set', fileName, `${type}, ${bytes.length} bytes`);
}

export function removeLogo(ctx: OrganisationContext): void {
	ensureRow(ctx);
	statement(
		'UPDATE organisation_themes SET logo = NULL, logo_type = NULL WHERE organisation_id = ?'
	).run(ctx.organisationId);
	ctx.audit('logo_removed');
}
