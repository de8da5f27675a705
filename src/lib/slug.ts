/** A text as a key or file name: ASCII, lower case, words joined by "-" (empty if nothing is left). */
export function slugify(text: string, max = 60): string {
	return text
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-|-$/g, '')
		.slice(0, max);
}

/** `base`, or `base-2`, `base-3`, ... whichever is not taken yet; it is taken from then on. */
export function uniqueKey(base: string, taken: Set<string>): string {
	let key = base;
	for (let n = 2; taken.has(key); n++) key = `${base}-${n}`;
	taken.add(key);
	return key;
}
