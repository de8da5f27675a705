import { redirect } from '@sveltejs/kit';
import { ARCHIVE_MAX_BYTES } from '$lib/server/body-limits.js';
import {
	ImportError,
	UnknownMethodImportError,
	importWorkshopRecord
} from '$lib/server/workshops/import';
import { archiveFingerprintOf } from '$lib/server/export/record';
import { anyRecordSchema } from '$lib/server/export/record-schema';
import { invalid, readForm } from '$lib/server/form';
import { requireMayFacilitate } from '$lib/server/guards';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = ({ locals, url }) => {
	requireMayFacilitate(locals, url);
};

export const actions: Actions = {
	default: async ({ request, locals, url }) => {
		const facilitator = requireMayFacilitate(locals, url);
		const file = (await readForm(request)).get('archive');
		if (!(file instanceof File) || file.size === 0)
			return invalid(400, {}, { archive: 'import_missing' });
		if (file.size > ARCHIVE_MAX_BYTES) return invalid(400, {}, { archive: 'import_invalid' });
		let json: unknown;
		try {
			json = JSON.parse(await file.text());
		} catch {
			return invalid(400, {}, { archive: 'import_invalid' });
		}
		const parsed = anyRecordSchema.safeParse(json);
		if (!parsed.success) return invalid(400, {}, { archive: 'import_invalid' });
		let workshopId: string;
		try {
			const archiveFingerprint = archiveFingerprintOf(
				parsed.data,
				(json as { version: number }).version
			);
			workshopId = importWorkshopRecord(facilitator.id, parsed.data, { archiveFingerprint });
		} catch (error) {
			if (error instanceof UnknownMethodImportError) {
				return invalid(400, { method: error.method }, { archive: 'import_unknown_method' });
			}
			// Dangling references or rows the database refuses: the archive is not consistent.
			const code = (error as { code?: string }).code ?? '';
			if (error instanceof ImportError || code.startsWith('SQLITE_CONSTRAINT')) {
				return invalid(400, {}, { archive: 'import_invalid' });
			}
			throw error;
		}
		redirect(303, `/workshops/${workshopId}`);
	}
};
