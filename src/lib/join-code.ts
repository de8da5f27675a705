// Join codes: six characters from an alphabet without look-alikes (no 0/O, no 1/I), so a code
// read from a beamer at the back of a room is typed right the first time.

export const JOIN_CODE_ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';
export const JOIN_CODE_LENGTH = 6;

const JOIN_CODE_PATTERN = new RegExp(`^[${JOIN_CODE_ALPHABET}]{${JOIN_CODE_LENGTH}}$`);

/** The phone pages of a workshop: its join form, and the participant view after joining. */
export const joinPath = (code: string) => `/j/${code}`;
export const livePath = (code: string) => `${joinPath(code)}/live`;

/** A uniformly random join code: 32 symbols, so each random byte's low 5 bits carry no bias. */
export function generateJoinCode(
	randomBytes: (length: number) => Uint8Array = (length) =>
		crypto.getRandomValues(new Uint8Array(length))
): string {
	const bytes = randomBytes(JOIN_CODE_LENGTH);
	let code = '';
	for (const byte of bytes) code += JOIN_CODE_ALPHABET[byte & 31];
	return code;
}

/** What people type (lower case, spaces, dashes) turned into the canonical code, or null. */
export function normalizeJoinCode(input: string): string | null {
	const code = input.toUpperCase().replace(/[\s-]/g, '');
	return JOIN_CODE_PATTERN.test(code) ? code : null;
}

/** For display: ABC 123 reads better aloud and on a beamer than ABC123. */
export function formatJoinCode(code: string): string {
	return `${code.slice(0, 3)} ${code.slice(3)}`;
}
