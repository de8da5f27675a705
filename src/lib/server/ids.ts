import { sha256 } from '@oslojs/crypto/sha2';
import { encodeBase32LowerCaseNoPadding, encodeHexLowerCase } from '@oslojs/encoding';

function randomBytes(length: number): Uint8Array {
	const bytes = new Uint8Array(length);
	crypto.getRandomValues(bytes);
	return bytes;
}

/** A random, URL-safe identifier for a row (15 bytes, 120 bits). */
export function newId(): string {
	return encodeBase32LowerCaseNoPadding(randomBytes(15));
}

/** A random secret for a cookie (20 bytes, 160 bits). Store only hashToken(token). */
export function newToken(): string {
	return encodeBase32LowerCaseNoPadding(randomBytes(20));
}

/** Lowercase hex SHA-256 of a token: what the database keeps instead of the token. */
export function hashToken(token: string): string {
	return encodeHexLowerCase(sha256(new TextEncoder().encode(token)));
}
