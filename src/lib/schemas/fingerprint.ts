import { z } from 'zod';

export const fingerprintSchema = z
	.string()
	.trim()
	.toLowerCase()
	.regex(/^[0-9a-f]{64}$/, { error: 'fingerprint_invalid' });
